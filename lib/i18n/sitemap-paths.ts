import type { Locale } from '@/lib/i18n/locales';

/** Articles are split into sitemaps by id range: well under the protocol's 50,000 URLs, and stable as ids grow. */
export const ARTICLES_PER_SITEMAP = 10_000;

export const SITEMAP_INDEX_PATH = '/sitemap.xml';

export const sitemapChunkOf = (articleId: number) => Math.floor((articleId - 1) / ARTICLES_PER_SITEMAP);

export const pagesSitemapPath = (locale: Locale) => `/sitemaps/${locale}/pages.xml`;
export const articleChunkSitemapPath = (locale: Locale, chunk: number) => `/sitemaps/${locale}/articles-${chunk}.xml`;
export const articleSitemapPath = (locale: Locale, articleId: number) => articleChunkSitemapPath(locale, sitemapChunkOf(articleId));
export const newsSitemapPath = (locale: Locale) => `/sitemaps/${locale}/news.xml`;

export type SitemapFile = { kind: 'pages' } | { kind: 'news' } | { kind: 'articles'; chunk: number };

/** The sitemap a file name under /sitemaps/{locale}/ names, or null. */
export function parseSitemapFile(file: string): SitemapFile | null {
  if (file === 'pages.xml') return { kind: 'pages' };
  if (file === 'news.xml') return { kind: 'news' };
  const match = /^articles-(\d{1,6})\.xml$/.exec(file);
  return match ? { kind: 'articles', chunk: Number(match[1]) } : null;
}
