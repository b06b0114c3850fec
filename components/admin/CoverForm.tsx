'use client';

import { useTranslations } from 'next-intl';
import { useState } from 'react';
import { MAX_LENGTH } from '@/lib/editorial/shared/limits';
import type { MediaTexts } from '@/lib/editorial/shared/media-picker';
import type { ActionErrors } from '@/lib/editorial/shared/result';
import type { Locale } from '@/lib/i18n/locales';
import { CoverField } from './CoverField';
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
  errors: ActionErrors;
  fieldKey: number;
}) {
  const t = useTranslations('Admin.cover');
  const id = (field: string) => `${props.locale}-${field}`;
  // A picked image's own alt text and caption in this language fill the fields (drawn again with them), which stay
  // the article's to change.
  const [offered, setOffered] = useState({ ...props.text, key: 0 });
  const pick = (mediaId: number | null, texts: MediaTexts | null) => {
    props.onMediaChange(mediaId);
    const own = texts?.[props.locale];
    if (own && (own.alt || own.caption)) setOffered((was) => ({ alt: own.alt || was.alt, caption: own.caption || was.caption, key: was.key + 1 }));
  };
  return (
    <section className="mt-6 space-y-3 border-t border-neutral-200 pt-4" aria-labelledby="cover-heading">
      <h2 id="cover-heading" className="font-bold">
        {t('heading')}
      </h2>
      {/* Keyed by the save that uploaded a file, so the file input is empty again after it. */}
      <CoverField key={props.fieldKey} name="coverMediaId" uploadName="coverFile" mediaId={props.mediaId} onChange={pick} />
      <FieldError errors={props.errors} field="coverMediaId" />
      <FieldError errors={props.errors} field="coverFile" />
      <p className="text-xs text-neutral-600">{t('altHint')}</p>
      <div key={offered.key} lang={props.locale} className="space-y-2">
        <LimitedField id={id('coverAlt')} name="coverAlt" label={t('alt', { language: props.language })} max={MAX_LENGTH.coverAlt} defaultValue={offered.alt} errors={props.errors} />
        <LimitedField id={id('coverCaption')} name="coverCaption" label={t('caption', { language: props.language })} max={MAX_LENGTH.coverCaption} defaultValue={offered.caption} errors={props.errors} />
      </div>
    </section>
  );
}
