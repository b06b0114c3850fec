'use client';

import { useTranslations } from 'next-intl';
import { useRef } from 'react';
import { saveCoverAction } from '@/lib/editorial/actions';
import { MAX_LENGTH } from '@/lib/editorial/shared/limits';
import type { Locale } from '@/lib/i18n/locales';
import type { PickedImage } from '@/lib/editorial/shared/media-picker';
import { FieldError, FormStatus } from './FormMessages';
import { MediaPickerField } from './media-picker/MediaPickerField';
import { buttonClass, inputClass } from './styles';
import { useStaffForm } from './useStaffForm';

/**
 * The cover every translation shares, picked from the library or uploaded, described in each language: a picked
 * image's own texts fill the fields, and what the editor writes there is the article's.
 */
export function CoverForm(props: {
  articleId: number;
  version: number;
  mediaId: number | null;
  text: Record<Locale, { alt: string; caption: string }>;
  languages: { locale: Locale; name: string }[];
}) {
  const t = useTranslations('Admin.cover');
  const formRef = useRef<HTMLFormElement>(null);
  const { state, onSubmit, pending, errors } = useStaffForm(saveCoverAction, () => {
    const file = formRef.current?.elements.namedItem('file');
    if (file instanceof HTMLInputElement) file.value = '';
  });
  // A picked image brings its own alt text and caption: they fill each language's fields, which stay the article's to change.
  const offerTexts = (image: PickedImage | null) => {
    for (const { locale } of props.languages) {
      for (const [field, value] of [[`alt_${locale}`, image?.text[locale].alt], [`caption_${locale}`, image?.text[locale].caption]] as const) {
        const input = formRef.current?.elements.namedItem(field);
        if (value && input instanceof HTMLInputElement) input.value = value;
      }
    }
  };
  return (
    <form ref={formRef} onSubmit={onSubmit} className="space-y-3 text-sm">
      <input type="hidden" name="articleId" value={props.articleId} />
      <input type="hidden" name="version" value={props.version} />
      <FormStatus errors={errors} saved={Boolean(state?.ok)} savedText={t('saved')} />
      <MediaPickerField name="coverMediaId" initial={props.mediaId === null ? null : { id: props.mediaId }} label={t('library')} allowNone onChange={offerTexts} />
      <FieldError errors={errors} field="coverMediaId" />
      <label className="block">
        {t('upload')}
        <input name="file" type="file" accept="image/png,image/jpeg,image/gif,image/webp" className={inputClass} />
        <FieldError errors={errors} field="file" />
      </label>
      <p className="text-xs text-neutral-600">{t('altHint')}</p>
      {props.languages.map(({ locale, name }) => (
        <fieldset key={locale} className="space-y-2 border-t border-neutral-200 pt-2" lang={locale}>
          <label className="block">
            {t('alt', { language: name })}
            <input name={`alt_${locale}`} defaultValue={props.text[locale].alt} maxLength={MAX_LENGTH.coverAlt} className={inputClass} aria-describedby={`alt_${locale}-error`} />
            <FieldError errors={errors} field={`alt_${locale}`} id={`alt_${locale}-error`} />
          </label>
          <label className="block">
            {t('caption', { language: name })}
            <input name={`caption_${locale}`} defaultValue={props.text[locale].caption} maxLength={MAX_LENGTH.coverCaption} className={inputClass} />
            <FieldError errors={errors} field={`caption_${locale}`} />
          </label>
        </fieldset>
      ))}
      <button type="submit" disabled={pending} className={buttonClass}>
        {t('save')}
      </button>
    </form>
  );
}
