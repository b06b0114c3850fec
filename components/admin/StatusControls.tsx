'use client';

import { useTranslations } from 'next-intl';
import { setStatusAction } from '@/lib/editorial/actions';
import type { TranslationStatus } from '@/lib/db/schema';
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
        <label className="text-sm">
          {t('editor.publishAt')}
          <input type="datetime-local" name="publishAt" className={inputClass} />
          <FieldError errors={errors} field="publishAt" />
        </label>
      ) : null}
      {props.moves.map((move) => (
        <button key={move} type="submit" name="to" value={move} disabled={pending} className={buttonClass}>
          {t(`moves.${move}`)}
        </button>
      ))}
    </form>
  );
}
