'use client';

import { useLocale, useTranslations } from 'next-intl';
import { useCallback, useEffect, useRef, useState, type KeyboardEvent, type SyntheticEvent } from 'react';
import { createPortal } from 'react-dom';
import { uploadImageAction } from '@/lib/editorial/actions';
import { MAX_LENGTH } from '@/lib/editorial/shared/limits';
import { PICKER_MAX_ITEMS, thumbnailPath, type PickerImage, type PickerPage } from '@/lib/editorial/shared/media-picker';
import { isLocale } from '@/lib/i18n/locales';
import { FieldError, FormStatus } from '../FormMessages';
import { buttonClass, inputClass } from '../styles';
import { useStaffForm } from '../useStaffForm';
import { FileField } from '../FileField';

const SEARCH_DELAY_MS = 300;

/** Stops an event at the dialog: React bubbles it through the portal to the forms around the opener otherwise. */
const contain = (event: SyntheticEvent) => event.stopPropagation();

const FOCUSABLE = 'button:not([disabled]), input:not([disabled]), [href]';

/** Tab past the last control comes back to the first, and Shift+Tab the other way: focus never leaves for the page or the browser. */
function keepFocusInside(event: KeyboardEvent<HTMLDialogElement>) {
  event.stopPropagation();
  if (event.key !== 'Tab') return;
  const controls = [...event.currentTarget.querySelectorAll<HTMLElement>(FOCUSABLE)];
  const [first, last] = [controls[0], controls[controls.length - 1]];
  if (!first || !last) return;
  if (event.shiftKey && document.activeElement === first) {
    event.preventDefault();
    last.focus();
  } else if (!event.shiftKey && document.activeElement === last) {
    event.preventDefault();
    first.focus();
  }
}

/**
 * The media library as a modal dialog: thumbnails in a grid, searched (file name, alt text, caption, in the admin's
 * language), loaded a page at a time as it scrolls, with an upload of its own. The browser's modal dialog keeps focus
 * inside and closes on Escape; arrow keys move between tiles. Rendered into the body, so that its forms are never
 * nested in the form that opened it.
 */
export function MediaPicker(props: { open: boolean; onClose: () => void; onPick: (image: PickerImage) => void }) {
  if (!props.open) return null;
  return createPortal(<PickerDialog onClose={props.onClose} onPick={props.onPick} />, document.body);
}

function PickerDialog({ onClose, onPick }: { onClose: () => void; onPick: (image: PickerImage) => void }) {
  const t = useTranslations('Admin.picker');
  const locale = useLocale();
  const dialogRef = useRef<HTMLDialogElement>(null);
  const gridRef = useRef<HTMLUListElement>(null);
  const sentinelRef = useRef<HTMLDivElement>(null);
  const uploadRef = useRef<HTMLFormElement>(null);
  const searchRef = useRef<HTMLInputElement>(null);
  const [query, setQuery] = useState('');
  const [items, setItems] = useState<PickerImage[]>([]);
  const [next, setNext] = useState<number | null>(null);
  const [loading, setLoading] = useState(true);
  const [failed, setFailed] = useState(false);
  const [focusId, setFocusId] = useState<number | null>(null);
  const request = useRef<AbortController | null>(null);

  const load = useCallback(async (q: string, before: number | null) => {
    request.current?.abort();
    const controller = new AbortController();
    request.current = controller;
    setLoading(true);
    setFailed(false);
    const params = new URLSearchParams({ q, locale });
    if (before !== null) params.set('before', String(before));
    try {
      const response = await fetch(`/api/admin/media?${params}`, { signal: controller.signal, cache: 'no-store' });
      if (!response.ok) throw new Error(String(response.status));
      const page = (await response.json()) as PickerPage;
      setItems((shown) => (before === null ? page.items : [...shown, ...page.items]));
      setNext(page.next);
    } catch (error) {
      if (controller.signal.aborted) return;
      console.error('[media picker]', error);
      setFailed(true);
    }
    setLoading(false);
  }, [locale]);

  useEffect(() => {
    const dialog = dialogRef.current;
    const opener = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    dialog?.showModal();
    // The browser focuses the dialog's first control (the close button); the search is where a picker starts.
    searchRef.current?.focus();
    return () => {
      request.current?.abort();
      if (dialog?.open) dialog.close();
      // Back to the button that opened it, as the browser does for a dialog closed in place, not removed.
      if (opener?.isConnected) opener.focus();
    };
  }, []);

  useEffect(() => {
    const timer = setTimeout(() => void load(query.trim(), null), SEARCH_DELAY_MS);
    return () => clearTimeout(timer);
  }, [query, load]);

  const full = items.length >= PICKER_MAX_ITEMS;
  const more = next !== null && !full;
  const loadMore = useCallback(() => {
    if (more && !loading) void load(query.trim(), next);
  }, [more, loading, load, query, next]);

  useEffect(() => {
    const sentinel = sentinelRef.current;
    if (!sentinel) return;
    const observer = new IntersectionObserver((entries) => entries.some((e) => e.isIntersecting) && loadMore(), { root: gridRef.current?.parentElement ?? null });
    observer.observe(sentinel);
    return () => observer.disconnect();
  }, [loadMore]);

  useEffect(() => {
    if (focusId === null) return;
    const tile = gridRef.current?.querySelector<HTMLButtonElement>(`[data-media-id="${focusId}"]`);
    if (tile) {
      tile.focus();
      setFocusId(null);
    }
  }, [focusId, items]);

  const upload = useStaffForm(uploadImageAction, ({ id }) => {
    uploadRef.current?.reset();
    setQuery('');
    setFocusId(id);
    void load('', null);
  });

  const onGridKey = (event: KeyboardEvent<HTMLUListElement>) => {
    const tiles = [...(gridRef.current?.querySelectorAll<HTMLButtonElement>('[data-media-id]') ?? [])];
    const at = tiles.indexOf(document.activeElement as HTMLButtonElement);
    if (at < 0) return;
    const perRow = Math.max(1, tiles.filter((tile) => tile.offsetTop === tiles[0]!.offsetTop).length);
    const step: Record<string, number> = { ArrowRight: 1, ArrowLeft: -1, ArrowDown: perRow, ArrowUp: -perRow, Home: -at, End: tiles.length - 1 - at };
    if (!(event.key in step)) return;
    event.preventDefault();
    tiles[Math.min(tiles.length - 1, Math.max(0, at + step[event.key]!))]?.focus();
  };

  const label = (image: PickerImage) => {
    const alt = isLocale(locale) ? image.text[locale].alt : '';
    return t('tile', { id: image.id, width: image.width, height: image.height, description: alt || image.fileName || '' });
  };

  return (
    <dialog
      ref={dialogRef}
      aria-labelledby="media-picker-title"
      onClose={onClose}
      onKeyDown={keepFocusInside}
      onSubmit={contain}
      onInput={contain}
      onChange={contain}
      className="m-auto max-h-[92dvh] w-[min(60rem,calc(100vw-1rem))] flex-col rounded bg-white p-0 open:flex text-sm shadow-xl backdrop:bg-black/50"
    >
      <div className="flex items-center justify-between gap-2 border-b border-neutral-200 px-3 py-2">
        <h2 id="media-picker-title" className="text-base font-bold">
          {t('title')}
        </h2>
        <button type="button" onClick={onClose} className="rounded px-2 py-1 text-lg leading-none hover:bg-neutral-100" aria-label={t('close')}>
          ×
        </button>
      </div>
      <div className="px-3 pt-2">
        <label className="block">
          {t('search')}
          <input type="search" value={query} onChange={(e) => setQuery(e.target.value)} maxLength={MAX_LENGTH.mediaSearch} className={inputClass} ref={searchRef} />
        </label>
        <p className="mt-1 min-h-5 text-xs text-neutral-600" role="status">
          {loading ? t('loading') : failed ? t('failed') : items.length === 0 ? (query.trim() ? t('noResults', { query: query.trim() }) : t('empty')) : t('count', { count: items.length })}
        </p>
      </div>
      <div className="min-h-0 flex-1 overflow-y-auto px-3 pb-2">
        <ul ref={gridRef} onKeyDown={onGridKey} aria-label={t('grid')} className="grid grid-cols-3 gap-2 sm:grid-cols-4 md:grid-cols-6">
          {items.map((image) => (
            <li key={image.id}>
              <button
                type="button"
                data-media-id={image.id}
                aria-label={label(image)}
                onClick={() => onPick(image)}
                className="block w-full overflow-hidden rounded border border-neutral-200 bg-neutral-100 focus-visible:outline focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-blue-700 hover:border-neutral-500"
              >
                {/* eslint-disable-next-line @next/next/no-img-element -- our own variant route, the narrowest width */}
                <img src={thumbnailPath(image)} alt="" width={image.width} height={image.height} loading="lazy" decoding="async" className="aspect-square w-full object-cover" />
                <span className="block truncate px-1 py-0.5 text-left text-xs">#{image.id}</span>
              </button>
            </li>
          ))}
        </ul>
        <div ref={sentinelRef} className="h-px" />
        {more ? (
          <button type="button" onClick={loadMore} disabled={loading} className="mt-2 rounded border border-neutral-300 px-3 py-1 hover:bg-neutral-100 disabled:opacity-50">
            {t('more')}
          </button>
        ) : null}
        {full && next !== null ? <p className="mt-2 text-xs text-neutral-600">{t('narrow', { count: PICKER_MAX_ITEMS })}</p> : null}
      </div>
      <form ref={uploadRef} onSubmit={upload.onSubmit} aria-label={t('uploadForm')} className="flex flex-wrap items-end gap-2 border-t border-neutral-200 px-3 py-2">
        <FormStatus errors={upload.errors} saved={Boolean(upload.state?.ok)} savedText={t('uploaded')} />
        <div className="min-w-0 flex-1">
          <FileField label={t('file')} name="file" accept="image/png,image/jpeg,image/gif,image/webp" required />
          <FieldError errors={upload.errors} field="file" />
        </div>
        <button type="submit" disabled={upload.pending} className={buttonClass}>
          {t('upload')}
        </button>
      </form>
    </dialog>
  );
}
