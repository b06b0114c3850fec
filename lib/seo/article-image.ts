import type { Article } from '@/lib/content/articles';
import { articleImagePath, localized } from '@/lib/i18n/paths';
import { shareCropPath, SHARE_CROP } from '@/lib/media/variants';
import { siteUrl } from '@/lib/http/site';
import { SHARE_IMAGE_SIZE } from './share-image-size';

export interface ShareImage {
  /** Absolute, as Open Graph and schema.org want it. */
  url: string;
  width: number;
  height: number;
}

/**
 * The image an article is shared and indexed with: the 1200×630 crop of its cover when it has one, else the card
 * generated from its headline (app/[locale]/news/[article]/og.png).
 */
export function articleShareImage(article: Pick<Article, 'id' | 'slug' | 'locale' | 'cover'>): ShareImage {
  if (article.cover) return { url: `${siteUrl()}${shareCropPath({ id: article.cover.mediaId, hash: article.cover.hash })}`, ...SHARE_CROP };
  return { url: `${siteUrl()}${localized(article.locale, articleImagePath(article.id, article.slug))}`, ...SHARE_IMAGE_SIZE };
}
