'use client';

import { useTranslations } from 'next-intl';
import { saveMediaTextAction } from '@/lib/editorial/actions';
import { MAX_LENGTH } from '@/lib/editorial/shared/limits';
import type { MediaTexts } from '@/lib/editorial/shared/media-picker';
import type { Locale } from '@/lib/i18n/locales';
import { FieldError, FormStatus } from './FormMessages';
import { buttonClass, inputClass } from './styles';
import { useStaffForm } from './useStaffForm';

/** An image's own alt text and caption in each language: what the picker fills in when it becomes a cover or body image. */
export function MediaTextForm(props: { id: number; text: MediaTexts; languages: { locale: Locale; name: string }[]; readOnly: boolean }) {
  const t = useTranslations('Admin.library');
  const tCover = useTranslations('Admin.cover');
  const { state, onSubmit, pending, errors } = useStaffForm(saveMediaTextAction);
  return (
    <form onSubmit={onSubmit} aria-label={t('textsHeading')} className="space-y-3 text-sm">
      <input type="hidden" name="id" value={props.id} />
      <FormStatus errors={errors} saved={Boolean(state?.ok)} savedText={t('textsSaved')} />
      <fieldset disabled={props.readOnly} className="space-y-3">
        {props.languages.map(({ locale, name }) => (
          <fieldset key={locale} className="space-y-2 border-t border-neutral-200 pt-2" lang={locale}>
            <label className="block">
              {tCover('alt', { language: name })}
              <input name={`alt_${locale}`} defaultValue={props.text[locale].alt} maxLength={MAX_LENGTH.coverAlt} className={inputClass} />
              <FieldError errors={errors} field={`alt_${locale}`} />
            </label>
            <label className="block">
              {tCover('caption', { language: name })}
              <input name={`caption_${locale}`} defaultValue={props.text[locale].caption} maxLength={MAX_LENGTH.coverCaption} className={inputClass} />
              <FieldError errors={errors} field={`caption_${locale}`} />
            </label>
          </fieldset>
        ))}
        {props.readOnly ? null : (
          <button type="submit" disabled={pending} className={buttonClass}>
            {t('textsSave')}
          </button>
        )}
      </fieldset>
    </form>
  );
}
