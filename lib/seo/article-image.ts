import type { Article } from '@/lib/content/articles';
import { articleImagePath, localized } from '@/lib/i18n/paths';
import { siteUrl } from '@/lib/site';
import { SHARE_IMAGE_SIZE } from './share-image-size';

export interface ShareImage {
  /** Absolute, as Open Graph and schema.org want it. */
  url: string;
  width: number;
  height: number;
}

/**
 * The image an article is shared and indexed with: its cover at its real size when it has one, else the card
 * generated from its headline (app/[locale]/news/[article]/og.png).
 */
export function articleShareImage(article: Pick<Article, 'id' | 'slug' | 'locale' | 'cover'>): ShareImage {
  if (article.cover) return { url: `${siteUrl()}/media/${article.cover.mediaId}`, width: article.cover.width, height: article.cover.height };
  return { url: `${siteUrl()}${localized(article.locale, articleImagePath(article.id, article.slug))}`, ...SHARE_IMAGE_SIZE };
}
