'use client';

import { useTranslations } from 'next-intl';
import { inputClass } from './styles';

export interface CoverImage {
  id: number;
  width: number;
  height: number;
}

/**
 * Which image is the cover: one from the library (field `name`), none, or a new upload (field `uploadName`), sent with
 * the story's save.
 * The only place the choice is made, so that a better picker replaces this file alone.
 */
export function CoverField(props: { name: string; uploadName: string; mediaId: number | null; library: CoverImage[]; onChange: (mediaId: number | null) => void; disabled?: boolean }) {
  const t = useTranslations('Admin.cover');
  return (
    <div className="space-y-3">
      {props.mediaId !== null ? (
        // eslint-disable-next-line @next/next/no-img-element -- our own media route
        <img src={`/media/${props.mediaId}`} alt={t('current')} className="max-h-40 w-full object-contain" />
      ) : null}
      <label className="block">
        {t('library')}
        <select
          name={props.name}
          value={props.mediaId ?? ''}
          onChange={(event) => props.onChange(event.target.value ? Number(event.target.value) : null)}
          disabled={props.disabled}
          className={inputClass}
        >
          <option value="">{t('none')}</option>
          {props.library.map((image) => (
            <option key={image.id} value={image.id}>
              {t('image', { id: image.id, width: image.width, height: image.height })}
            </option>
          ))}
        </select>
      </label>
      <label className="block">
        {t('upload')}
        <input name={props.uploadName} type="file" accept="image/png,image/jpeg,image/gif,image/webp" disabled={props.disabled} className={`${inputClass} max-w-full`} />
      </label>
    </div>
  );
}
