'use client';

import { useTranslations } from 'next-intl';
import type { MediaTexts } from '@/lib/editorial/shared/media-picker';
import { FileField } from './FileField';
import { MediaPickerField } from './media-picker/MediaPickerField';

/**
 * Which image is the cover: one picked from the library's grid (field `name`), none, or a new upload (field
 * `uploadName`), sent with the story's save. A picked image brings its own texts in every language, which the form
 * offers as the article's.
 */
export function CoverField(props: {
  name: string;
  uploadName: string;
  mediaId: number | null;
  onChange: (mediaId: number | null, texts: MediaTexts | null) => void;
}) {
  const t = useTranslations('Admin.cover');
  return (
    <div className="space-y-3">
      <MediaPickerField
        name={props.name}
        initial={props.mediaId === null ? null : { id: props.mediaId }}
        label={t('library')}
        allowNone
        onChange={(image) => props.onChange(image?.id ?? null, image?.text ?? null)}
      />
      <FileField label={t('upload')} name={props.uploadName} accept="image/png,image/jpeg,image/gif,image/webp" />
    </div>
  );
}
