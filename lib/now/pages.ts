import { isLocale, type Locale } from '@/lib/i18n/locales';

/**
 * What the "now" board counts, told by a reader page's path: the home page, an article, a section, a live page. The
 * key is what the live window and the minute rows store: 'home', 'article:12', 'category:economy', 'live:12'.
 * Other pages (search, tags, authors, latest) are not counted.
 */
export type PageKind = 'home' | 'article' | 'category' | 'live';
export interface CountedPage {
  locale: Locale;
  page: string;
}

const ARTICLE = /^(news|live)\/([1-9]\d{0,8})(?:-[^/]*)?$/;
const CATEGORY = /^category\/([a-z0-9][a-z0-9-]{0,79})$/;

/** The page a reader's path names, or null for a path the board does not count (or not a reader path at all). */
export function countedPage(path: string): CountedPage | null {
  if (path.length > 300) return null;
  const [, locale, rest = ''] = /^\/([a-z]{2})(?:\/(.*?))?\/?$/.exec(path) ?? [];
  if (!locale || !isLocale(locale)) return null;
  if (rest === '') return { locale, page: 'home' };
  const article = ARTICLE.exec(rest);
  if (article) return { locale, page: `${article[1] === 'news' ? 'article' : 'live'}:${article[2]}` };
  const category = CATEGORY.exec(rest);
  if (category) return { locale, page: `category:${category[1]}` };
  return null;
}

/** The kind and the id or slug of a page key. */
export function pageParts(page: string): { kind: PageKind; ref: string } {
  const [kind, ref = ''] = page.split(':', 2) as [PageKind, string?];
  return { kind, ref };
}

/** The page key of an article. */
export const articlePage = (id: number) => `article:${id}`;
