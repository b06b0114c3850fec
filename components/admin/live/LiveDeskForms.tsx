'use client';

import { useTranslations } from 'next-intl';
import { useRouter } from 'next/navigation';
import { useRef, useState, type KeyboardEvent } from 'react';
import {
  deleteLiveEntryAction,
  postLiveEntryAction,
  saveLiveEntryTextAction,
  setCoverageAction,
  setLiveEntryFlagsAction,
  startCoverageAction,
} from '@/lib/editorial/actions';
import { MAX_LENGTH } from '@/lib/editorial/shared/limits';
import type { Option } from '@/lib/editorial/shared/options';
import { LANGUAGE_NAMES, locales, type Locale } from '@/lib/i18n/locales';
import { FieldError, FormStatus } from '../FormMessages';
import { OptionSelect } from '../OptionSelect';
import { buttonClass, inputClass } from '../styles';
import { useStaffForm } from '../useStaffForm';

/** The short editor's text as the article document: paragraphs one blank line apart. */
function documentJson(text: string): string {
  const paragraphs = text
    .split(/\n\s*\n/)
    .map((paragraph) => paragraph.trim())
    .filter(Boolean);
  return JSON.stringify({ version: 1, blocks: paragraphs.map((paragraph) => ({ type: 'paragraph', content: [{ text: paragraph }] })) });
}

/** Ctrl+Enter (⌘+Enter) publishes or saves from anywhere in the form. */
function submitOnCtrlEnter(event: KeyboardEvent<HTMLFormElement>) {
  if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
    event.preventDefault();
    event.currentTarget.requestSubmit();
  }
}

type EntryFormProps =
  | { mode: 'new'; articleId: number; locale: Locale; editor: boolean }
  | { mode: 'edit'; entryId: number; locale: Locale; editor: boolean; version: number; title: string; text: string; published: boolean };

/**
 * A new entry in one language, an edit of one, or its translation (version 0). The text is plain paragraphs; the
 * form sends it as the document the server checks like any article's body.
 */
export function LiveEntryForm(props: EntryFormProps) {
  const t = useTranslations('Admin.live');
  const form = useRef<HTMLFormElement>(null);
  const [text, setText] = useState(props.mode === 'edit' ? props.text : '');
  const action = props.mode === 'new' ? postLiveEntryAction : saveLiveEntryTextAction;
  const { onSubmit, pending, errors, state } = useStaffForm<unknown>(action as typeof postLiveEntryAction, () => {
    if (props.mode === 'new') {
      form.current?.reset();
      setText('');
    }
  });
  const id = props.mode === 'new' ? `new-${props.locale}` : `edit-${props.entryId}-${props.locale}`;
  const lang = LANGUAGE_NAMES[props.locale];
  return (
    <form ref={form} onSubmit={onSubmit} onKeyDown={submitOnCtrlEnter} className="space-y-2" aria-label={props.mode === 'new' ? t('newEntry', { language: lang }) : t('editEntry', { language: lang })}>
      {props.mode === 'new' ? <input type="hidden" name="articleId" value={props.articleId} /> : <input type="hidden" name="entryId" value={props.entryId} />}
      {props.mode === 'edit' ? <input type="hidden" name="version" value={props.version} /> : null}
      <input type="hidden" name="locale" value={props.locale} />
      <input type="hidden" name="body" value={documentJson(text)} />
      <FormStatus errors={errors} saved={Boolean(state?.ok)} savedText={t('saved')} />
      <label className="block text-sm">
        {t('text')}
        <textarea
          lang={props.locale}
          value={text}
          onChange={(event) => setText(event.target.value)}
          rows={props.mode === 'new' ? 4 : 5}
          required
          className={inputClass}
          aria-describedby={`${id}-hint`}
        />
        <FieldError errors={errors} field="body" />
      </label>
      <label className="block text-sm">
        {t('title')}
        <input name="title" lang={props.locale} defaultValue={props.mode === 'edit' ? props.title : ''} maxLength={MAX_LENGTH.liveEntryTitle} className={inputClass} />
        <FieldError errors={errors} field="title" />
      </label>
      <div className="flex flex-wrap items-center gap-x-4 gap-y-1 text-sm">
        {props.mode === 'new' ? (
          <label className="flex items-center gap-1">
            <input type="checkbox" name="keyEvent" /> {t('keyEvent')}
          </label>
        ) : null}
        {props.mode === 'new' && props.editor ? (
          <label className="flex items-center gap-1">
            <input type="checkbox" name="pinned" /> {t('pin')}
          </label>
        ) : null}
        {props.editor && !(props.mode === 'edit' && props.published) ? (
          <label className="flex items-center gap-1">
            <input type="checkbox" name="publish" defaultChecked /> {t('publish')}
          </label>
        ) : null}
      </div>
      <p id={`${id}-hint`} className="text-xs text-neutral-600">
        {t('hint')}
      </p>
      <button type="submit" disabled={pending} className={buttonClass}>
        {props.mode === 'new' ? t('post') : t('save')}
      </button>
    </form>
  );
}

/** Key event and pinned, for an entry in every language. Editors. */
export function EntryFlagsForm({ entryId, version, keyEvent, pinned }: { entryId: number; version: number; keyEvent: boolean; pinned: boolean }) {
  const t = useTranslations('Admin.live');
  const { onSubmit, pending, errors } = useStaffForm(setLiveEntryFlagsAction);
  return (
    <form onSubmit={onSubmit} className="flex flex-wrap items-center gap-3 text-sm" aria-label={t('flags')}>
      <input type="hidden" name="entryId" value={entryId} />
      <input type="hidden" name="version" value={version} />
      <label className="flex items-center gap-1">
        <input type="checkbox" name="keyEvent" defaultChecked={keyEvent} /> {t('keyEvent')}
      </label>
      <label className="flex items-center gap-1">
        <input type="checkbox" name="pinned" defaultChecked={pinned} /> {t('pin')}
      </label>
      <button type="submit" disabled={pending} className="underline">
        {t('saveFlags')}
      </button>
      <FormStatus errors={errors} saved={false} savedText="" />
    </form>
  );
}

export function DeleteEntryForm({ entryId, version }: { entryId: number; version: number }) {
  const t = useTranslations('Admin.live');
  const { onSubmit, pending, errors } = useStaffForm(deleteLiveEntryAction);
  return (
    <form onSubmit={onSubmit} className="text-sm">
      <input type="hidden" name="entryId" value={entryId} />
      <input type="hidden" name="version" value={version} />
      <button type="submit" disabled={pending} className="text-red-800 underline">
        {t('delete')}
      </button>
      <FormStatus errors={errors} saved={false} savedText="" />
    </form>
  );
}

export function CoverageForm({ articleId, ended }: { articleId: number; ended: boolean }) {
  const t = useTranslations('Admin.live');
  const { onSubmit, pending, errors } = useStaffForm(setCoverageAction);
  return (
    <form onSubmit={onSubmit}>
      <input type="hidden" name="articleId" value={articleId} />
      <input type="hidden" name="state" value={ended ? 'live' : 'ended'} />
      <button type="submit" disabled={pending} className={buttonClass}>
        {ended ? t('resume') : t('end')}
      </button>
      <FormStatus errors={errors} saved={false} savedText="" />
    </form>
  );
}

export function StartCoverageForm({ categories, locale }: { categories: Option[]; locale: Locale }) {
  const t = useTranslations('Admin.live');
  const router = useRouter();
  const { onSubmit, pending, errors } = useStaffForm(startCoverageAction, (created) => router.push(`/admin/live/${created.id}`));
  return (
    <form onSubmit={onSubmit} className="space-y-3 rounded border border-neutral-200 bg-white p-4" aria-labelledby="start-coverage">
      <h2 id="start-coverage" className="font-bold">
        {t('start')}
      </h2>
      <FormStatus errors={errors} saved={false} savedText="" />
      <label className="block">
        {t('headline')}
        <input name="title" required maxLength={MAX_LENGTH.title} className={inputClass} />
        <FieldError errors={errors} field="title" />
      </label>
      <div className="flex flex-wrap gap-3">
        <OptionSelect label={t('language')} name="locale" options={locales.map((l) => ({ id: l, name: LANGUAGE_NAMES[l] }))} defaultValue={locale} />
        <OptionSelect label={t('category')} name="categoryId" options={categories}>
          <FieldError errors={errors} field="categoryId" />
        </OptionSelect>
      </div>
      <button type="submit" disabled={pending} className={buttonClass}>
        {t('startButton')}
      </button>
    </form>
  );
}
