'use client';

import { useTranslations } from 'next-intl';
import { useState } from 'react';
import { thumbnailPath, type PickedImage, type PickedImageRef } from '@/lib/editorial/shared/media-picker';
import { MediaPicker } from './MediaPicker';

/**
 * A form field holding one image of the library: its thumbnail, a button that opens the picker, and a hidden input
 * `name` with the image's id ('' for none). `onChange` gets the picked image with its own texts in every language, so
 * that the form around it can offer them as the article's.
 */
export function MediaPickerField(props: {
  name: string;
  /** The image chosen when the form was drawn. */
  initial: { id: number } | null;
  label: string;
  onChange?: (image: PickedImage | null) => void;
  /** Offer "no image" (a cover can be removed). */
  allowNone?: boolean;
  describedBy?: string;
}) {
  const t = useTranslations('Admin.picker');
  const [chosen, setChosen] = useState<(PickedImageRef | { id: number; hash?: undefined }) | null>(props.initial);
  const [open, setOpen] = useState(false);
  const choose = (image: (PickedImage & PickedImageRef) | null) => {
    setChosen(image);
    setOpen(false);
    props.onChange?.(image ? { id: image.id, text: image.text } : null);
  };
  return (
    <div role="group" aria-label={props.label} aria-describedby={props.describedBy} className="space-y-2">
      <p>{props.label}</p>
      <input type="hidden" name={props.name} value={chosen?.id ?? ''} />
      {chosen ? (
        // eslint-disable-next-line @next/next/no-img-element -- our own media routes: the thumbnail once it is known, the original before
        <img src={chosen.hash ? thumbnailPath(chosen as PickedImageRef) : `/media/${chosen.id}`} alt={t('chosen', { id: chosen.id })} className="max-h-40 w-full rounded border border-neutral-200 object-contain" />
      ) : (
        <p className="text-neutral-600">{t('none')}</p>
      )}
      <div className="flex flex-wrap gap-2">
        <button type="button" onClick={() => setOpen(true)} className="rounded border border-neutral-400 bg-white px-3 py-1.5 hover:bg-neutral-100">
          {chosen ? t('change') : t('choose')}
        </button>
        {props.allowNone && chosen ? (
          <button type="button" onClick={() => choose(null)} className="underline">
            {t('remove')}
          </button>
        ) : null}
      </div>
      <MediaPicker open={open} onClose={() => setOpen(false)} onPick={choose} />
    </div>
  );
}
