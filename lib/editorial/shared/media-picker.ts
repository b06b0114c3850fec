/**
 * What the media picker and the library share with the server: an image as the picker lists it, and the thumbnail it
 * shows. No server code: the picker runs in the browser.
 */
import type { Locale } from '@/lib/i18n/locales';
import { variantPath, variantWidths, type ImageRef } from '@/lib/media/variants';

export interface MediaText {
  alt: string;
  caption: string;
}

/** An image's own alt text and caption in every language ('' where it has none). */
export type MediaTexts = Record<Locale, MediaText>;

export type PickedImageRef = ImageRef;

export interface PickerImage extends PickedImageRef {
  fileName: string | null;
  text: MediaTexts;
}

export interface PickerPage {
  items: PickerImage[];
  /** Where the next page starts (the `before` of /api/admin/media), or null on the last page. */
  next: number | null;
}

/** What a field gets when an image is picked: its id, and its own texts to offer as the article's. */
export interface PickedImage {
  id: number;
  text: MediaTexts;
}

/** The narrowest variant of an image, for grids of thumbnails. */
export function thumbnailPath(image: PickedImageRef): string {
  return variantPath(image, variantWidths(image)[0]!, 'webp');
}

/** The picker stops loading pages here, and asks for a narrower search instead. */
export const PICKER_MAX_ITEMS = 240;
