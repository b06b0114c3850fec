'use client';

import { useTranslations } from 'next-intl';
import { MAX_LENGTH } from '@/lib/editorial/shared/limits';
import type { ActionErrors } from '@/lib/editorial/shared/result';
import type { Locale } from '@/lib/i18n/locales';
import { CoverField, type CoverImage } from './CoverField';
import { FieldError } from './FormMessages';
import { LimitedField } from './LimitedField';

/**
 * The cover every language shares, and its alt text and caption in this tab's language: part of the story's one
 * form, saved with the text. Kept even while this language has no text yet.
 */
export function CoverFields(props: {
  locale: Locale;
  language: string;
  mediaId: number | null;
  onMediaChange: (mediaId: number | null) => void;
  text: { alt: string; caption: string };
  library: CoverImage[];
  errors: ActionErrors;
  fieldKey: number;
}) {
  const t = useTranslations('Admin.cover');
  const id = (field: string) => `${props.locale}-${field}`;
  return (
    <section className="mt-6 space-y-3 border-t border-neutral-200 pt-4" aria-labelledby="cover-heading">
      <h2 id="cover-heading" className="font-bold">
        {t('heading')}
      </h2>
      {/* Keyed by the save that uploaded a file, so the file input is empty again after it. */}
      <CoverField key={props.fieldKey} name="coverMediaId" uploadName="coverFile" mediaId={props.mediaId} library={props.library} onChange={props.onMediaChange} />
      <FieldError errors={props.errors} field="coverMediaId" />
      <FieldError errors={props.errors} field="coverFile" />
      <p className="text-xs text-neutral-600">{t('altHint')}</p>
      <div lang={props.locale} className="space-y-2">
        <LimitedField id={id('coverAlt')} name="coverAlt" label={t('alt', { language: props.language })} max={MAX_LENGTH.coverAlt} defaultValue={props.text.alt} errors={props.errors} />
        <LimitedField id={id('coverCaption')} name="coverCaption" label={t('caption', { language: props.language })} max={MAX_LENGTH.coverCaption} defaultValue={props.text.caption} errors={props.errors} />
      </div>
    </section>
  );
}
