'use client';

import { useTranslations } from 'next-intl';
import { clearBreakingAction, saveBreakingAction } from '@/lib/editorial/actions';
import { MAX_LENGTH } from '@/lib/editorial/shared/limits';
import type { Locale } from '@/lib/i18n/locales';
import { BakuDateTimeField } from './BakuDateTimeField';
import { FieldError, FormStatus } from './FormMessages';
import { buttonClass, inputClass } from './styles';
import { useStaffForm } from './useStaffForm';

export interface BreakingFormValues {
  text: string;
  link: string;
  /** Baku wall-clock times as the date and time fields show them (dd.mm.yyyy, hh:mm); empty: now. */
  startsAt: { date: string; time: string };
  expiresAt: { date: string; time: string };
  /** 0: there is no line in this language. */
  version: number;
}

/** One language's breaking line: set or replace it, or take it down. */
export function BreakingForm({ locale, language, values }: { locale: Locale; language: string; values: BreakingFormValues }) {
  const t = useTranslations('Admin.breaking');
  const save = useStaffForm(saveBreakingAction);
  const clear = useStaffForm(clearBreakingAction);
  const errors = save.errors;
  return (
    <section aria-labelledby={`breaking-${locale}`} className="space-y-3 rounded border border-neutral-200 bg-white p-4 text-sm">
      <h2 id={`breaking-${locale}`} className="font-bold">
        {language}
      </h2>
      <form onSubmit={save.onSubmit} className="space-y-3" lang={locale}>
        <input type="hidden" name="locale" value={locale} />
        <input type="hidden" name="version" value={values.version} />
        <FormStatus errors={errors} saved={Boolean(save.state?.ok)} savedText={t('saved')} />
        <label className="block">
          {t('text')}
          <input name="text" defaultValue={values.text} required maxLength={MAX_LENGTH.breakingText} className={inputClass} />
          <FieldError errors={errors} field="text" />
        </label>
        <label className="block">
          {t('link')}
          <input name="link" defaultValue={values.link} maxLength={MAX_LENGTH.breakingLink} className={inputClass} />
          <FieldError errors={errors} field="link" />
        </label>
        <div className="flex flex-wrap gap-x-6 gap-y-3">
          <BakuDateTimeField name="startsAt" idPrefix={`${locale}-`} legend={t('startsAt')} defaultValue={values.startsAt} errors={errors} />
          <BakuDateTimeField name="expiresAt" idPrefix={`${locale}-`} legend={t('expiresAt')} defaultValue={values.expiresAt} required errors={errors} />
        </div>
        <button type="submit" disabled={save.pending} className={buttonClass}>
          {t('save')}
        </button>
      </form>
      {values.version > 0 ? (
        <form onSubmit={clear.onSubmit}>
          <input type="hidden" name="locale" value={locale} />
          <input type="hidden" name="version" value={values.version} />
          <FormStatus errors={clear.errors} saved={Boolean(clear.state?.ok)} savedText={t('cleared')} />
          <button type="submit" disabled={clear.pending} className="underline">
            {t('clear')}
          </button>
        </form>
      ) : null}
    </section>
  );
}
