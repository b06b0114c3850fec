'use client';

import { useLocale, useTranslations } from 'next-intl';
import { unstable_rethrow, useRouter } from 'next/navigation';
import { startTransition, useEffect, useMemo, useRef, useState, type FormEvent } from 'react';
import { saveStoryAction } from '@/lib/editorial/actions';
import type { TranslationStatus } from '@/lib/db/schema';
import { MAX_LENGTH } from '@/lib/editorial/shared/limits';
import type { Option } from '@/lib/editorial/shared/options';
import type { ActionErrors } from '@/lib/editorial/shared/result';
import type { TypedTag } from '@/lib/editorial/shared/typed-tag';
import type { SavedTranslation } from '@/lib/editorial/reads/saved-translation';
import { formatDateTime } from '@/lib/i18n/format';
import type { Locale } from '@/lib/i18n/locales';
import { slugify } from '@/lib/i18n/slugify';
import { MAX_UPLOAD_BYTES } from '@/lib/http/body-limits.mjs';
import { CoverFields } from './CoverForm';
import { DetailsFields } from './DetailsForm';
import { FieldError, FormStatus } from './FormMessages';
import { LimitedField } from './LimitedField';
import { MergePanel, type Merge } from './MergePanel';
import { RichTextEditor, type RichTextHandle } from './RichTextEditor';
import { StatusControls } from './StatusControls';
import { buttonClass } from './styles';
import { bodyDocument, formValues, readDraft, sameTexts, writeDraft, type Draft, type TranslationValues } from './translation-text';
import { defaultSnapshot, formSnapshot, useLeaveGuard } from './useLeaveGuard';

export type { TranslationValues } from './translation-text';

/** The version the form's text was written on, and that version's text as saved. */
type Base = { version: number; values: TranslationValues };

/** What every language shares, as the form loaded it: a field left so is not written over another editor's change. */
interface SharedBase {
  categoryId: number;
  authorId: number;
  tagIds: number[];
  coverMediaId: number | null;
}

const AUTOSAVE_MS = 5_000;

type Outcome = { moved: TranslationStatus | null } | null;
type AutosaveNote = { at: Date } | { failed: 'conflict' | 'refused' } | null;

/**
 * One language of a story, and everything it shares with the others, as one form with one Save. The moves (publish,
 * schedule, unpublish…) are buttons of the same form: the server saves what is on the screen and moves it in one
 * transaction. A draft is autosaved every few seconds while it has changes; leaving with unsaved work asks first.
 * What the editor types is also kept in this browser until saved. Every save is made on top of the version the text
 * was written on; when someone else saved since, the two are merged in the merge view, never written over.
 */
export function TranslationForm(props: {
  articleId: number;
  locale: Locale;
  language: string;
  /** The translation as saved now; null while there is none in this language. */
  saved: SavedTranslation | null;
  empty: TranslationValues;
  status: TranslationStatus | null;
  moves: readonly TranslationStatus[];
  readOnly: boolean;
  articleVersion: number;
  /** Editors only: the fields every language shares, and the cover. */
  shared: {
    categoryId: number;
    authorId: number;
    tags: TypedTag[];
    options: { categories: Option[]; authors: Option[] };
    cover: { mediaId: number | null; alt: string; caption: string };
  } | null;
}) {
  const t = useTranslations('Admin.editor');
  const uiLocale = useLocale() as Locale;
  const router = useRouter();
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
  // The versions the next save is made on: read when it is sent, since saves queue behind one another.
  const versions = useRef({ version: savedVersion, articleVersion: props.articleVersion });
  const sharedBase = useRef<SharedBase | null>(
    props.shared && { categoryId: props.shared.categoryId, authorId: props.shared.authorId, tagIds: props.shared.tags.map((tag) => tag.id), coverMediaId: props.shared.cover.mediaId },
  );
  const [coverMediaId, setCoverMediaId] = useState(props.shared?.cover.mediaId ?? null);
  const [coverKey, setCoverKey] = useState(0);
  const [draft, setDraft] = useState<Draft | null>(null);
  const [merge, setMerge] = useState<Merge | null>(null);
  const [outcome, setOutcome] = useState<Outcome>(null);
  const [errors, setErrors] = useState<ActionErrors>({});
  const [pending, setPending] = useState(false);
  const [autosaveNote, setAutosaveNote] = useState<AutosaveNote>(null);
  const savedSnapshot = useRef('');
  const [dirty, setDirty] = useState(false);
  const queue = useRef<Promise<void>>(Promise.resolve());
  const busy = useRef(0);
  const autosaveBlocked = useRef(false);
  // A read-only form has nothing to save (and its disabled fields are not in its FormData).
  const unsaved = dirty && !props.readOnly;
  useLeaveGuard(() => !props.readOnly && formRef.current !== null && formSnapshot(new FormData(formRef.current)) !== savedSnapshot.current, t('leave'));

  // Another editor's status change (or our own, from another tab) is a newer version with the same text: it becomes
  // the base. A newer text stays theirs until the editor has seen it in the merge view.
  if (savedVersion > base.version && sameTexts(savedValues, base.values)) setBase({ version: savedVersion, values: savedValues });
  useEffect(() => {
    if (savedVersion > versions.current.version && sameTexts(savedValues, base.values)) versions.current.version = savedVersion;
  }, [savedVersion, savedValues, base.values]);

  const refreshDirty = () => {
    if (formRef.current) setDirty(formSnapshot(new FormData(formRef.current)) !== savedSnapshot.current);
  };
  useEffect(() => {
    if (!formRef.current) return;
    savedSnapshot.current = defaultSnapshot(formRef.current);
    // Typed before hydration: unsaved from the start, and the autosave and the question on leaving know it.
    refreshDirty();
    // Only on mount: what was rendered from the server is the saved state.
  }, []);

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

  const startMerge = (next: Merge) => setMerge(next);

  /** One save, after any still running: the versions it is made on are those the previous one left. */
  const send = (data: FormData, auto: boolean) => {
    busy.current += 1;
    if (!auto) setPending(true);
    const run = async () => {
      data.set('version', String(versions.current.version));
      data.set('articleVersion', String(versions.current.articleVersion));
      if (sharedBase.current) data.set('sharedBase', JSON.stringify(sharedBase.current));
      if (auto) data.set('autosave', '1');
      const file = data.get('coverFile');
      if (file instanceof File && file.size > MAX_UPLOAD_BYTES) {
        setErrors({ coverFile: 'tooLarge' });
        return;
      }
      const values = { ...formValues(data) };
      let result: Awaited<ReturnType<typeof saveStoryAction>>;
      try {
        // Inside a transition, as a form action would be: the router applies what the action refreshed.
        result = await new Promise<Awaited<ReturnType<typeof saveStoryAction>>>((resolve, reject) =>
          startTransition(async () => {
            try {
              resolve(await saveStoryAction(null, data));
            } catch (error) {
              reject(error);
            }
          }),
        );
      } catch (error) {
        // Next's own signals (a redirect to sign-in) go on to the router.
        unstable_rethrow(error);
        result = { ok: false, errors: { form: 'notSent' } };
      }
      if (!result.ok) {
        if (auto) {
          autosaveBlocked.current = result.errors.form === 'conflict';
          setAutosaveNote({ failed: result.errors.form === 'conflict' ? 'conflict' : 'refused' });
          return;
        }
        setErrors(result.errors);
        setOutcome(null);
        if (result.conflict) startMerge({ theirs: result.conflict, yours: values, base: base.values, reason: 'stale' });
        return;
      }
      const saved = result.data;
      versions.current = { version: saved.version, articleVersion: saved.articleVersion };
      if (sharedBase.current) {
        sharedBase.current = {
          categoryId: Number(data.get('categoryId')),
          authorId: Number(data.get('authorId')),
          tagIds: [...new Set(data.getAll('tagIds').map(Number))],
          coverMediaId: saved.mediaId,
        };
      }
      autosaveBlocked.current = false;
      setBase({ version: saved.version, values });
      if (file instanceof File && file.size > 0) {
        // The upload is the cover now: the field shows it, and its file input is empty again.
        setCoverMediaId(saved.mediaId);
        setCoverKey((key) => key + 1);
      }
      // What was sent is saved; what was typed meanwhile is still unsaved.
      const withCover = new FormData();
      for (const [key, value] of data.entries()) if (key !== 'coverMediaId') withCover.append(key, value);
      withCover.set('coverMediaId', saved.mediaId === null ? '' : String(saved.mediaId));
      savedSnapshot.current = formSnapshot(withCover);
      if (formRef.current && sameTexts(formValues(new FormData(formRef.current)), values)) localStorage.removeItem(storageKey);
      if (auto) setAutosaveNote({ at: new Date() });
      else {
        setErrors({});
        setOutcome({ moved: saved.moved });
        setAutosaveNote(null);
      }
      startTransition(() => router.refresh());
    };
    queue.current = queue.current.then(run).finally(() => {
      busy.current -= 1;
      if (!busy.current) setPending(false);
      refreshDirty();
    });
  };

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const submitter = (event.nativeEvent as SubmitEvent).submitter;
    send(new FormData(event.currentTarget, submitter instanceof HTMLElement ? submitter : null), false);
  };

  // Drafts only: a published text's edit would go live, and this model keeps one text per language.
  const autosaves = props.status === 'draft' && !props.readOnly;
  const state = useRef({ dirty, merge, autosaves });
  useEffect(() => {
    state.current = { dirty, merge, autosaves };
  });
  useEffect(() => {
    const timer = setInterval(() => {
      const form = formRef.current;
      const now = state.current;
      if (!form || !now.autosaves || !now.dirty || now.merge || busy.current || autosaveBlocked.current) return;
      const data = new FormData(form);
      const file = data.get('coverFile');
      // An upload is the editor's own decision, made with Save.
      if (file instanceof File && file.size > 0) return;
      send(data, true);
    }, AUTOSAVE_MS);
    return () => clearInterval(timer);
    // The timer reads the form and its state through refs.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  // Every keystroke clears the confirmation; the browser's copy and the "unsaved" mark follow a moment later, once
  // per burst of typing rather than once per key.
  const pendingChange = useRef<ReturnType<typeof setTimeout> | null>(null);
  const changed = () => {
    setOutcome(null);
    if (pendingChange.current) return;
    pendingChange.current = setTimeout(() => {
      pendingChange.current = null;
      if (formRef.current) writeDraft(storageKey, { values: formValues(new FormData(formRef.current)), basedOn: base });
      refreshDirty();
    }, 150);
  };
  useEffect(() => () => clearTimeout(pendingChange.current ?? undefined), []);

  const restore = () => {
    if (!draft) return;
    setDraft(null);
    const basedOn = draft.basedOn;
    // Written on the version saved now, or on one whose text is still the saved text: nobody else's work is in between.
    if (!props.saved || (basedOn && (basedOn.version === base.version || sameTexts(basedOn.values, base.values)))) {
      setStart((current) => ({ key: current.key + 1, values: draft.values }));
      setTitle(draft.values.title);
      setBody(draft.values.body);
      setTimeout(refreshDirty);
      return;
    }
    startMerge({ theirs: props.saved, yours: draft.values, base: basedOn?.values ?? null, reason: 'draft' });
  };

  const onMerged = (version: number, values: TranslationValues) => {
    localStorage.removeItem(storageKey);
    versions.current.version = version;
    setMerge(null);
    setErrors({});
    setOutcome({ moved: null });
    setBase({ version, values });
    setTitle(values.title);
    setBody(values.body);
    setStart((current) => ({ key: current.key + 1, values }));
    autosaveBlocked.current = false;
    startTransition(() => router.refresh());
  };
  // After a merge the fields are new elements: what they hold is what was saved, apart from the shared fields.
  useEffect(() => {
    if (start.key > 0) refreshDirty();
  }, [start.key]);

  const id = (field: string) => `${props.locale}-${field}`;
  const conflictShown = errors.form === 'conflict';
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
      <form
        ref={formRef}
        onSubmit={onSubmit}
        onInput={changed}
        noValidate
        className={merge !== null ? 'hidden' : `grid gap-6 ${props.shared ? 'lg:grid-cols-[minmax(0,1fr)_18rem]' : ''}`}
        lang={props.locale}
        hidden={merge !== null}
        aria-label={props.language}
      >
        <input type="hidden" name="articleId" value={props.articleId} />
        <input type="hidden" name="locale" value={props.locale} />
        <section className="min-w-0 space-y-4">
          {draft ? (
            <div className="rounded border border-amber-300 bg-amber-50 p-3 text-sm" role="status">
              {t('unsaved')}{' '}
              <button type="button" onClick={restore} className="underline">
                {t('restore')}
              </button>
            </div>
          ) : null}
          {merge === null && !conflictShown ? (
            // Stays until the next change: the page's data refreshes under it without taking it away.
            <FormStatus errors={errors} saved={outcome !== null} savedText={outcome?.moved ? t(`done.${outcome.moved}`) : t('saved')} />
          ) : null}
          <StatusControls key={props.status ?? 'none'} moves={props.readOnly ? [] : props.moves} pending={pending} errors={errors} />
          {props.status === null ? <p className="text-sm text-neutral-700">{t('noText')}</p> : null}
          <fieldset key={start.key} disabled={props.readOnly} className="min-w-0 space-y-4">
            <LimitedField id={id('title')} name="title" label={t('title')} max={MAX_LENGTH.title} defaultValue={start.values.title} errors={errors} onValue={setTitle} className="text-lg" />
            <LimitedField
              id={id('slug')}
              name="slug"
              label={t('slug')}
              max={MAX_LENGTH.slug}
              defaultValue={start.values.slug}
              errors={errors}
              placeholder={slugify(title, props.locale)}
              hint={t('slugHint')}
              className="font-mono text-sm"
            />
            <LimitedField id={id('lead')} name="lead" label={t('lead')} max={MAX_LENGTH.lead} defaultValue={start.values.lead} errors={errors} multiline rows={3} />
            <div className="min-w-0">
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
                  changed();
                }}
              />
              <span id={id('body-hint')} className="text-xs text-neutral-600">
                {t('bodyHint')}
              </span>
              <FieldError errors={errors} field="body" />
            </div>
            <div className="grid gap-4 md:grid-cols-2">
              <LimitedField id={id('seoTitle')} name="seoTitle" label={t('seoTitle')} max={MAX_LENGTH.seoTitle} defaultValue={start.values.seoTitle} errors={errors} />
              <LimitedField id={id('seoDescription')} name="seoDescription" label={t('seoDescription')} max={MAX_LENGTH.seoDescription} defaultValue={start.values.seoDescription} errors={errors} multiline rows={2} />
            </div>
          </fieldset>
          <div className="sticky bottom-0 z-10 -mx-1 flex flex-wrap items-center gap-x-4 gap-y-1 border-t border-neutral-200 bg-neutral-50/95 px-1 py-2">
            <button type="submit" disabled={pending || props.readOnly} className={buttonClass}>
              {props.status === null ? t('createTranslation') : t('save')}
            </button>
            <span className="text-sm text-neutral-700" aria-live="polite">
              {autosaveNote && 'failed' in autosaveNote
                ? t(autosaveNote.failed === 'conflict' ? 'autosaveConflict' : 'autosaveRefused')
                : unsaved
                  ? `${t('unsavedChanges')}${autosaves ? '' : ` · ${t('autosaveDrafts')}`}`
                  : autosaveNote
                    ? t('autosaved', { time: formatDateTime(autosaveNote.at, uiLocale) })
                    : null}
            </span>
          </div>
        </section>
        {props.shared ? (
          <aside className="min-w-0 rounded border border-neutral-200 bg-white p-4 text-sm">
            <h2 className="mb-3 font-bold">{t('shared')}</h2>
            <DetailsFields
              categoryId={props.shared.categoryId}
              authorId={props.shared.authorId}
              locale={props.locale}
              tags={props.shared.tags}
              options={props.shared.options}
              errors={errors}
              onChange={changed}
            />
            <CoverFields
              locale={props.locale}
              language={props.language}
              mediaId={coverMediaId}
              onMediaChange={setCoverMediaId}
              text={{ alt: props.shared.cover.alt, caption: props.shared.cover.caption }}
              errors={errors}
              fieldKey={coverKey}
            />
          </aside>
        ) : null}
      </form>
    </>
  );
}
