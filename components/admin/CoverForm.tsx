'use client';

import { useTranslations } from 'next-intl';
import { useRef } from 'react';
import { saveCoverAction } from '@/lib/editorial/actions';
import { MAX_LENGTH } from '@/lib/editorial/shared/limits';
import type { Locale } from '@/lib/i18n/locales';
import { FieldError, FormStatus } from './FormMessages';
import { buttonClass, inputClass } from './styles';
import { useStaffForm } from './useStaffForm';

interface LibraryImage {
  id: number;
  width: number;
  height: number;
}

/** The cover every translation shares, picked from the library or uploaded, described in each language. */
export function CoverForm(props: {
  articleId: number;
  version: number;
  mediaId: number | null;
  text: Record<Locale, { alt: string; caption: string }>;
  library: LibraryImage[];
  languages: { locale: Locale; name: string }[];
}) {
  const t = useTranslations('Admin.cover');
  const formRef = useRef<HTMLFormElement>(null);
  const { state, onSubmit, pending, errors } = useStaffForm(saveCoverAction, () => {
    const file = formRef.current?.elements.namedItem('file');
    if (file instanceof HTMLInputElement) file.value = '';
  });
  return (
    <form ref={formRef} onSubmit={onSubmit} className="space-y-3 text-sm">
      <input type="hidden" name="articleId" value={props.articleId} />
      <input type="hidden" name="version" value={props.version} />
      <FormStatus errors={errors} saved={Boolean(state?.ok)} savedText={t('saved')} />
      {props.mediaId !== null ? (
        // eslint-disable-next-line @next/next/no-img-element -- our own media route
        <img src={`/media/${props.mediaId}`} alt={t('current')} className="max-h-40 w-full object-contain" />
      ) : null}
      <label className="block">
        {t('library')}
        <select name="coverMediaId" defaultValue={props.mediaId ?? ''} className={inputClass}>
          <option value="">{t('none')}</option>
          {props.library.map((image) => (
            <option key={image.id} value={image.id}>
              {t('image', { id: image.id, width: image.width, height: image.height })}
            </option>
          ))}
        </select>
        <FieldError errors={errors} field="coverMediaId" />
      </label>
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
