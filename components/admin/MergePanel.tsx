'use client';

import { useLocale, useTranslations } from 'next-intl';
import { useState } from 'react';
import { saveTranslationAction } from '@/lib/editorial/actions';
import { textDiff } from '@/lib/editorial/shared/diff';
import { documentToMarkup } from '@/lib/editorial/shared/markup';
import type { SavedTranslation } from '@/lib/editorial/reads/saved-translation';
import { formatDateTime } from '@/lib/i18n/format';
import type { Locale } from '@/lib/i18n/locales';
import { DiffText } from './DiffText';
import { FieldError, FormStatus } from './FormMessages';
import { buttonClass, inputClass } from './styles';
import { bodyDocument, FIELDS, presetChoice, sameValue, valuesBy, type Choice, type TranslationField, type TranslationValues } from './translation-text';
import { useStaffForm } from './useStaffForm';

export interface Merge {
  theirs: SavedTranslation;
  yours: TranslationValues;
  /** The text both started from, when known: a field only one side changed is then preset to that side. */
  base: TranslationValues | null;
  reason: 'stale' | 'draft';
}

function readable(field: TranslationField, value: string): string {
  return field === 'body' ? documentToMarkup(bodyDocument(value)) : value;
}

const secondaryButton = 'rounded border border-neutral-300 bg-white px-3 py-1.5 text-sm font-medium hover:bg-neutral-100';
const badge = 'ml-2 rounded bg-neutral-100 px-1.5 py-0.5 text-xs font-normal text-neutral-700';

/**
 * Two versions of one translation, field by field: the one saved meanwhile by someone else and the editor's own,
 * side by side with the words that differ marked. The editor keeps either or writes the merged text (the body is
 * kept whole from one side, then edited as usual), and the result is saved on top of the version they have now
 * seen; if yet another save came first, they are shown that one instead.
 */
export function MergePanel(props: {
  articleId: number;
  locale: Locale;
  merge: Merge;
  onMerged: (version: number, values: TranslationValues) => void;
  onStale: (merge: Merge) => void;
  onCancel: () => void;
}) {
  const t = useTranslations('Admin');
  const uiLocale = useLocale() as Locale;
  const { theirs, yours } = props.merge;
  const preset = { theirs: theirs.values, yours, base: props.merge.base };
  const differing = FIELDS.filter((field) => !sameValue(field, theirs.values[field], yours[field]));
  const [choices, setChoices] = useState<Partial<Record<TranslationField, Choice>>>(() =>
    Object.fromEntries(differing.map((field) => [field, presetChoice(field, preset)])),
  );
  const [edited, setEdited] = useState<Partial<Record<TranslationField, string>>>({});
  const merged = valuesBy((field) => {
    const choice = choices[field];
    return choice === 'yours' ? yours[field] : choice === 'edit' ? (edited[field] ?? yours[field]) : theirs.values[field];
  });
  const undecided = differing.filter((field) => !choices[field]);

  const save = async (previous: unknown, formData: FormData) => {
    const result = await saveTranslationAction(previous, formData);
    if (!result.ok && result.conflict) props.onStale({ theirs: result.conflict, yours: merged, base: theirs.values, reason: 'stale' });
    return result;
  };
  const { onSubmit, pending, errors } = useStaffForm(save, (saved) => props.onMerged(saved.version, merged));

  const who = theirs.savedBy ?? t('merge.unknown');
  const theirsHeading = t('merge.theirs', { name: who, time: formatDateTime(theirs.savedAt, uiLocale) });
  const changedBy = (field: TranslationField) => {
    if (!props.merge.base) return null;
    const side = presetChoice(field, preset);
    return side === 'yours' ? t('merge.changedByYou') : side === 'theirs' ? t('merge.changedByThem', { name: who }) : t('merge.changedByBoth');
  };
  const labels = { removed: t('merge.onlyTheirs'), added: t('merge.onlyYours') };

  return (
    <section aria-labelledby="merge-heading" className="mb-6 space-y-4 rounded border border-amber-300 bg-amber-50/60 p-3 sm:p-4" lang={props.locale}>
      <div className="space-y-1">
        <h2 id="merge-heading" className="text-lg font-bold">
          {t('merge.heading')}
        </h2>
        <p className="text-sm" role={props.merge.reason === 'stale' ? 'alert' : undefined}>
          {t(`merge.${props.merge.reason}`)}
        </p>
      </div>
      <form onSubmit={onSubmit} className="space-y-4">
        <input type="hidden" name="articleId" value={props.articleId} />
        <input type="hidden" name="locale" value={props.locale} />
        <input type="hidden" name="version" value={theirs.version} />
        {FIELDS.map((field) => (
          <input key={field} type="hidden" name={field} value={merged[field]} />
        ))}
        {differing.map((field) => {
          const label = t(`editor.${field}`);
          const lines = textDiff(readable(field, theirs.values[field]), readable(field, yours[field]));
          const by = changedBy(field);
          return (
            <fieldset key={field} className="min-w-0 rounded border border-neutral-200 bg-white p-3">
              <legend className="px-1 font-semibold">
                {label}
                {by ? <span className={badge}>{by}</span> : null}
              </legend>
              <div className="grid gap-3 md:grid-cols-2">
                {(['theirs', 'yours'] as const).map((side) => (
                  <section key={side} aria-label={`${label}: ${side === 'theirs' ? theirsHeading : t('merge.yours')}`} className="min-w-0 rounded border border-neutral-200 bg-neutral-50 p-2">
                    <h3 className="mb-1 text-xs font-medium uppercase tracking-wide text-neutral-600">{side === 'theirs' ? theirsHeading : t('merge.yours')}</h3>
                    <div className={field === 'body' ? 'max-h-96 overflow-y-auto' : ''}>
                      <DiffText lines={lines} side={side === 'theirs' ? 'before' : 'after'} labels={labels} />
                    </div>
                  </section>
                ))}
              </div>
              <div className="mt-3 flex flex-wrap gap-x-5 gap-y-2 text-sm">
                {(['theirs', 'yours', ...(field === 'body' ? [] : ['edit' as const])] as const).map((choice) => (
                  <label key={choice} className="flex items-center gap-1.5">
                    <input
                      type="radio"
                      name={`merge-${field}`}
                      checked={choices[field] === choice}
                      onChange={() => setChoices((current) => ({ ...current, [field]: choice }))}
                    />
                    {t(`merge.${choice === 'theirs' ? 'keepTheirs' : choice === 'yours' ? 'keepYours' : 'edit'}`)}
                  </label>
                ))}
              </div>
              {choices[field] === 'edit' ? (
                <label className="mt-3 block text-sm">
                  {t('merge.merged', { field: label })}
                  <textarea
                    value={merged[field]}
                    onChange={(event) => setEdited((current) => ({ ...current, [field]: event.target.value }))}
                    rows={field === 'lead' || field === 'seoDescription' ? 4 : 2}
                    className={inputClass}
                  />
                </label>
              ) : null}
              <FieldError errors={errors} field={field} />
            </fieldset>
          );
        })}
        <FormStatus errors={errors.form === 'conflict' ? {} : errors} saved={false} savedText="" />
        <div className="flex flex-wrap items-center gap-3">
          <button type="submit" disabled={pending || undecided.length > 0} className={buttonClass}>
            {t('merge.save')}
          </button>
          <button type="button" onClick={props.onCancel} className={secondaryButton}>
            {t('merge.cancel')}
          </button>
          {undecided.length ? <span className="text-sm text-neutral-700">{t('merge.choose')}</span> : null}
        </div>
      </form>
    </section>
  );
}
