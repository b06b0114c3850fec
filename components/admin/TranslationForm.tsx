'use client';

import { useTranslations } from 'next-intl';
import { useEffect, useMemo, useRef, useState } from 'react';
import { parseDocument, type ArticleDocument } from '@/lib/content/document';
import { saveTranslationAction } from '@/lib/editorial/actions';
import type { TranslationText } from '@/lib/editorial/queries';
import type { Locale } from '@/lib/i18n/locales';
import { slugify } from '@/lib/i18n/slugify';
import { FieldError, FormStatus } from './FormMessages';
import { RichTextEditor, type LibraryImage, type RichTextHandle } from './RichTextEditor';
import { buttonClass, inputClass } from './styles';
import { useStaffForm } from './useStaffForm';

export type TranslationValues = TranslationText;

/** The body as the page sends it: the article document's JSON, or empty for a new translation. */
function bodyDocument(json: string): ArticleDocument {
  try {
    return parseDocument(json ? JSON.parse(json) : null);
  } catch {
    return { version: 1, blocks: [] };
  }
}

const FIELDS = ['title', 'slug', 'lead', 'body', 'seoTitle', 'seoDescription'] as const;

/**
 * One language tab. What the editor types is also kept in this browser until it is saved, so a session that ends
 * mid-edit (or a closed tab) loses nothing: the text is offered again next time.
 */
export function TranslationForm(props: {
  articleId: number;
  locale: Locale;
  version: number;
  values: TranslationValues;
  readOnly: boolean;
  library: LibraryImage[];
}) {
  const t = useTranslations('Admin.editor');
  const storageKey = `newsroom:unsaved:${props.articleId}:${props.locale}`;
  const formRef = useRef<HTMLFormElement>(null);
  const bodyRef = useRef<HTMLInputElement>(null);
  const editorRef = useRef<RichTextHandle>(null);
  const initialBody = useMemo(() => bodyDocument(props.values.body), [props.values.body]);
  const [title, setTitle] = useState(props.values.title);
  const [unsaved, setUnsaved] = useState<TranslationValues | null>(null);
  // The form is not remounted by a save (that would drop its confirmation); it follows the version it last saved.
  const [savedVersion, setSavedVersion] = useState(0);
  const version = Math.max(props.version, savedVersion);
  const { state, onSubmit, pending, errors } = useStaffForm(saveTranslationAction, (saved) => {
    localStorage.removeItem(storageKey);
    setSavedVersion(saved.version);
  });

  useEffect(() => {
    const stored = localStorage.getItem(storageKey);
    if (!stored) return;
    const values = JSON.parse(stored) as TranslationValues;
    // localStorage exists only after hydration: one extra render on mount, once, is the point here.
    // eslint-disable-next-line react-hooks/set-state-in-effect
    if (FIELDS.some((field) => values[field] !== props.values[field])) setUnsaved(values);
    else localStorage.removeItem(storageKey);
  }, [storageKey, props.values]);

  const remember = () => {
    const form = formRef.current;
    if (!form) return;
    const data = new FormData(form);
    localStorage.setItem(storageKey, JSON.stringify(Object.fromEntries(FIELDS.map((field) => [field, String(data.get(field) ?? '')]))));
  };

  const restore = () => {
    const form = formRef.current;
    if (!form || !unsaved) return;
    for (const field of FIELDS) {
      const input = form.elements.namedItem(field);
      if (input instanceof HTMLInputElement || input instanceof HTMLTextAreaElement) input.value = unsaved[field];
    }
    editorRef.current?.setDocument(bodyDocument(unsaved.body));
    setTitle(unsaved.title);
    setUnsaved(null);
  };

  const id = (field: string) => `${props.locale}-${field}`;
  return (
    <form ref={formRef} onSubmit={onSubmit} onInput={remember} className="space-y-4" lang={props.locale}>
      <input type="hidden" name="articleId" value={props.articleId} />
      <input type="hidden" name="locale" value={props.locale} />
      <input type="hidden" name="version" value={version} />
      {unsaved ? (
        <div className="rounded border border-amber-300 bg-amber-50 p-3 text-sm" role="status">
          {t('unsaved')}{' '}
          <button type="button" onClick={restore} className="underline">
            {t('restore')}
          </button>
        </div>
      ) : null}
      <FormStatus errors={errors} saved={Boolean(state?.ok)} savedText={t('saved')} />
      <fieldset disabled={props.readOnly} className="space-y-4">
        <label className="block" htmlFor={id('title')}>
          {t('title')}
        </label>
        <input id={id('title')} name="title" defaultValue={props.values.title} onChange={(e) => setTitle(e.target.value)} required maxLength={300} className={`${inputClass} text-lg`} aria-describedby={id('title-error')} />
        <FieldError errors={errors} field="title" id={id('title-error')} />
        <label className="block">
          {t('slug')}
          <input name="slug" defaultValue={props.values.slug} placeholder={slugify(title, props.locale)} maxLength={120} className={`${inputClass} font-mono text-sm`} />
          <span className="text-xs text-neutral-600">{t('slugHint')}</span>
          <FieldError errors={errors} field="slug" />
        </label>
        <label className="block">
          {t('lead')}
          <textarea name="lead" defaultValue={props.values.lead} rows={3} maxLength={1_000} className={inputClass} />
          <FieldError errors={errors} field="lead" />
        </label>
        <div>
          <span id={id('body-label')}>{t('body')}</span>
          <input ref={bodyRef} type="hidden" name="body" defaultValue={props.values.body} />
          <RichTextEditor
            ref={editorRef}
            initial={initialBody}
            labelledBy={id('body-label')}
            describedBy={id('body-hint')}
            readOnly={props.readOnly}
            library={props.library}
            lang={props.locale}
            onChange={(json) => {
              // The hidden field is what the form sends; the browser's copy of unsaved text follows every change.
              if (bodyRef.current) bodyRef.current.value = json;
              remember();
            }}
          />
          <span id={id('body-hint')} className="text-xs text-neutral-600">
            {t('bodyHint')}
          </span>
          <FieldError errors={errors} field="body" />
        </div>
        <div className="grid gap-4 md:grid-cols-2">
          <label className="block">
            {t('seoTitle')}
            <input name="seoTitle" defaultValue={props.values.seoTitle} maxLength={200} className={inputClass} />
            <FieldError errors={errors} field="seoTitle" />
          </label>
          <label className="block">
            {t('seoDescription')}
            <input name="seoDescription" defaultValue={props.values.seoDescription} maxLength={400} className={inputClass} />
            <FieldError errors={errors} field="seoDescription" />
          </label>
        </div>
        <button type="submit" disabled={pending} className={buttonClass}>
          {version === 0 ? t('createTranslation') : t('save')}
        </button>
      </fieldset>
    </form>
  );
}
