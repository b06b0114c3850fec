'use client';

import { useTranslations } from 'next-intl';
import { setStatusAction } from '@/lib/editorial/actions';
import type { TranslationStatus } from '@/lib/db/schema';
import { DATE_PATTERN, TIME_PATTERN } from '@/lib/editorial/shared/baku-time';
import type { Locale } from '@/lib/i18n/locales';
import { FieldError, FormStatus } from './FormMessages';
import { buttonClass, inputClass } from './styles';
import { useStaffForm } from './useStaffForm';

/** The moves the signed-in role may make from the translation's current state; each button sends its target. */
export function StatusControls(props: { articleId: number; locale: Locale; version: number; moves: readonly TranslationStatus[] }) {
  const t = useTranslations('Admin');
  const { onSubmit, pending, errors } = useStaffForm(setStatusAction);
  if (props.moves.length === 0) return null;
  return (
    <form onSubmit={onSubmit} className="flex flex-wrap items-end gap-3">
      <input type="hidden" name="articleId" value={props.articleId} />
      <input type="hidden" name="locale" value={props.locale} />
      <input type="hidden" name="version" value={props.version} />
      <div className="w-full">
        <FormStatus errors={errors} saved={false} savedText="" />
      </div>
      {props.moves.includes('scheduled') ? (
        <fieldset className="text-sm">
          <legend>{t('editor.publishAt')}</legend>
          {/* Text fields, not datetime-local: that one shows the browser's locale (mm/dd/yyyy, 12 h), not the newsroom's. */}
          <div className="flex gap-2">
            <label className="block">
              <span className="sr-only">{t('dateTime.date')}</span>
              <input name="publishDate" inputMode="numeric" autoComplete="off" pattern={DATE_PATTERN} placeholder={t('dateTime.datePlaceholder')} title={t('dateTime.date')} aria-describedby="publish-at-error" className={`${inputClass} w-32 tabular-nums`} />
            </label>
            <label className="block">
              <span className="sr-only">{t('dateTime.time')}</span>
              <input name="publishTime" inputMode="numeric" autoComplete="off" pattern={TIME_PATTERN} placeholder={t('dateTime.timePlaceholder')} title={t('dateTime.time')} aria-describedby="publish-at-error" className={`${inputClass} w-20 tabular-nums`} />
            </label>
          </div>
          <FieldError errors={errors} field="publishAt" id="publish-at-error" />
        </fieldset>
      ) : null}
      {props.moves.map((move) => (
        <button key={move} type="submit" name="to" value={move} disabled={pending} className={buttonClass}>
          {t(`moves.${move}`)}
        </button>
      ))}
    </form>
  );
}
