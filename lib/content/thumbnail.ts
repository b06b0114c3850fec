import type { ImageRef } from '@/lib/media/variants';

/** A story's cover as a list shows it: the stored image and this language's alt text. */
export interface Thumbnail extends ImageRef {
  alt: string;
}

/**
 * The columns a list query selects for its stories' covers, from `media as m` (left-joined on the article's cover)
 * and `article_translations as t`; `thumbnail()` reads them back.
 */
export const THUMBNAIL_COLUMNS = [
  'm.id as imageId',
  'm.content_hash as imageHash',
  'm.width as imageWidth',
  'm.height as imageHeight',
  't.cover_alt as imageAlt',
] as const;

export interface ThumbnailRow {
  imageId: number | null;
  imageHash: string | null;
  imageWidth: number | null;
  imageHeight: number | null;
  imageAlt: string | null;
}

export function thumbnail(row: ThumbnailRow): Thumbnail | null {
  if (row.imageId === null || row.imageHash === null || row.imageWidth === null || row.imageHeight === null) return null;
  return { id: row.imageId, hash: row.imageHash, width: row.imageWidth, height: row.imageHeight, alt: row.imageAlt ?? '' };
}
