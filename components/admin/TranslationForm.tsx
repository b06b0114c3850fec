'use client';

import { useTranslations } from 'next-intl';
import { useEffect, useMemo, useRef, useState } from 'react';
import { saveTranslationAction } from '@/lib/editorial/actions';
import { MAX_LENGTH } from '@/lib/editorial/shared/limits';
import type { SavedTranslation } from '@/lib/editorial/reads/saved-translation';
import type { Locale } from '@/lib/i18n/locales';
import { slugify } from '@/lib/i18n/slugify';
import { FieldError, FormStatus } from './FormMessages';
import { MergePanel, type Merge } from './MergePanel';
import { RichTextEditor, type RichTextHandle } from './RichTextEditor';
import { buttonClass, inputClass } from './styles';
import { bodyDocument, FIELDS, formValues, readDraft, sameTexts, writeDraft, type Draft, type TranslationValues } from './translation-text';
import { useStaffForm } from './useStaffForm';

export type { TranslationValues } from './translation-text';

/** The version the form's text was written on, and that version's text as saved. */
type Base = { version: number; values: TranslationValues };

/**
 * One language tab. What the editor types is also kept in this browser until it is saved, so a session that ends
 * mid-edit (or a closed tab) loses nothing: the text is offered again next time. Every save is made on top of the
 * version the text was written on; when someone else saved since, the two are merged in the merge view, never
 * written over.
 */
export function TranslationForm(props: {
  articleId: number;
  locale: Locale;
  /** The translation as saved now; null while there is none in this language. */
  saved: SavedTranslation | null;
  empty: TranslationValues;
  readOnly: boolean;
}) {
  const t = useTranslations('Admin.editor');
  const storageKey = `newsroom:unsaved:${props.articleId}:${props.locale}`;
  const savedValues = props.saved?.values ?? props.empty;
  const savedVersion = props.saved?.version ?? 0;
  const formRef = useRef<HTMLFormElement>(null);
  const bodyRef = useRef<HTMLInputElement>(null);
  const editorRef = useRef<RichTextHandle>(null);
  // The fields are uncontrolled; after a merge they start again from the merged text.
  const [start, setStart] = useState({ key: 0, values: savedValues });
  const initialBody = useMemo(() => bodyDocument(start.values.body), [start.values.body]);
  const [title, setTitle] = useState(start.values.title);
  // React puts a hidden input's defaultValue back on every render, so the body it holds must follow the editor.
  const [body, setBody] = useState(start.values.body);
  const [base, setBase] = useState<Base>({ version: savedVersion, values: savedValues });
  const [draft, setDraft] = useState<Draft | null>(null);
  const [merge, setMerge] = useState<Merge | null>(null);
  const [merged, setMerged] = useState(false);

  // The page's data is refreshed after every change. A newer version with the same text (a status change) is not
  // someone else's writing and becomes the base; a newer text stays theirs until the editor has seen it.
  const sameText = sameTexts(savedValues, base.values);
  if ((savedVersion > base.version && sameText) || (savedVersion === base.version && !sameText)) {
    setBase({ version: savedVersion, values: savedValues });
  }

  const startMerge = (next: Merge) => {
    setMerged(false);
    setMerge(next);
  };
  const save = async (previous: unknown, formData: FormData) => {
    setMerged(false);
    const result = await saveTranslationAction(previous, formData);
    if (!result.ok && result.conflict && formRef.current) {
      startMerge({ theirs: result.conflict, yours: formValues(formRef.current), base: base.values, reason: 'stale' });
    }
    return result;
  };
  const { state, onSubmit, pending, errors } = useStaffForm(save, (saved) => {
    localStorage.removeItem(storageKey);
    setMerged(false);
    if (formRef.current) setBase({ version: saved.version, values: formValues(formRef.current) });
  });

  useEffect(() => {
    const stored = readDraft(storageKey);
    if (!stored) return;
    // localStorage exists only after hydration: one extra render on mount, once, is the point here.
    // eslint-disable-next-line react-hooks/set-state-in-effect
    if (!sameTexts(stored.values, savedValues)) setDraft(stored);
    else localStorage.removeItem(storageKey);
    // Only on mount: later refreshes of the page's data must not offer the draft again.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [storageKey]);

  const remember = () => {
    if (formRef.current) writeDraft(storageKey, { values: formValues(formRef.current), basedOn: base });
  };

  const fill = (values: TranslationValues) => {
    const form = formRef.current;
    if (!form) return;
    for (const field of FIELDS) {
      const input = form.elements.namedItem(field);
      if (input instanceof HTMLInputElement || input instanceof HTMLTextAreaElement) input.value = values[field];
    }
    editorRef.current?.setDocument(bodyDocument(values.body));
    setTitle(values.title);
  };

  const restore = () => {
    if (!draft) return;
    setDraft(null);
    const basedOn = draft.basedOn;
    // Written on the version saved now, or on one whose text is still the saved text: nobody else's work is in between.
    if (basedOn && (basedOn.version === base.version || sameTexts(basedOn.values, base.values))) {
      fill(draft.values);
      return;
    }
    if (!props.saved) {
      fill(draft.values);
      return;
    }
    startMerge({ theirs: props.saved, yours: draft.values, base: basedOn?.values ?? null, reason: 'draft' });
  };

  const onMerged = (version: number, values: TranslationValues) => {
    localStorage.removeItem(storageKey);
    setMerge(null);
    setMerged(true);
    setBase({ version, values });
    setTitle(values.title);
    setBody(values.body);
    setStart((current) => ({ key: current.key + 1, values }));
  };

  const id = (field: string) => `${props.locale}-${field}`;
  return (
    <>
      {merge ? (
        <MergePanel
          key={`${merge.theirs.version}-${merge.reason}`}
          articleId={props.articleId}
          locale={props.locale}
          merge={merge}
          onMerged={onMerged}
          onStale={startMerge}
          onCancel={() => setMerge(null)}
        />
      ) : null}
      <form ref={formRef} onSubmit={onSubmit} onInput={remember} className="space-y-4" lang={props.locale} hidden={merge !== null}>
        <input type="hidden" name="articleId" value={props.articleId} />
        <input type="hidden" name="locale" value={props.locale} />
        <input type="hidden" name="version" value={base.version} />
        {draft ? (
          <div className="rounded border border-amber-300 bg-amber-50 p-3 text-sm" role="status">
            {t('unsaved')}{' '}
            <button type="button" onClick={restore} className="underline">
              {t('restore')}
            </button>
          </div>
        ) : null}
        {merge === null && (merged || !(state && !state.ok && state.conflict)) ? (
          // After a merge, the conflict this form last met is resolved: only the merge's outcome is news.
          <FormStatus errors={merged ? {} : errors} saved={Boolean(state?.ok) || merged} savedText={t('saved')} />
        ) : null}
        <fieldset key={start.key} disabled={props.readOnly} className="space-y-4">
          <label className="block" htmlFor={id('title')}>
            {t('title')}
          </label>
          <input id={id('title')} name="title" defaultValue={start.values.title} onChange={(e) => setTitle(e.target.value)} required maxLength={MAX_LENGTH.title} className={`${inputClass} text-lg`} aria-describedby={id('title-error')} />
          <FieldError errors={errors} field="title" id={id('title-error')} />
          <label className="block">
            {t('slug')}
            <input name="slug" defaultValue={start.values.slug} placeholder={slugify(title, props.locale)} maxLength={MAX_LENGTH.slug} className={`${inputClass} font-mono text-sm`} />
            <span className="text-xs text-neutral-600">{t('slugHint')}</span>
            <FieldError errors={errors} field="slug" />
          </label>
          <label className="block">
            {t('lead')}
            <textarea name="lead" defaultValue={start.values.lead} rows={3} maxLength={MAX_LENGTH.lead} className={inputClass} />
            <FieldError errors={errors} field="lead" />
          </label>
          <div>
            <span id={id('body-label')}>{t('body')}</span>
            <input ref={bodyRef} type="hidden" name="body" defaultValue={body} />
            <RichTextEditor
              ref={editorRef}
              initial={initialBody}
              labelledBy={id('body-label')}
              describedBy={id('body-hint')}
              readOnly={props.readOnly}
              lang={props.locale}
              onChange={(json) => {
                // The hidden field is what the form sends; the browser's copy of unsaved text follows every change.
                if (bodyRef.current) bodyRef.current.value = json;
                setBody(json);
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
              <input name="seoTitle" defaultValue={start.values.seoTitle} maxLength={MAX_LENGTH.seoTitle} className={inputClass} />
              <FieldError errors={errors} field="seoTitle" />
            </label>
            <label className="block">
              {t('seoDescription')}
              <input name="seoDescription" defaultValue={start.values.seoDescription} maxLength={MAX_LENGTH.seoDescription} className={inputClass} />
              <FieldError errors={errors} field="seoDescription" />
            </label>
          </div>
          <button type="submit" disabled={pending} className={buttonClass}>
            {base.version === 0 ? t('createTranslation') : t('save')}
          </button>
        </fieldset>
      </form>
    </>
  );
}
