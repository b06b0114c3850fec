import type { Locale } from './locales';

// Paths without the locale prefix, as next-intl's Link takes them; `localized` adds the prefix for plain links.

export const articlePath = (id: number, slug: string) => `/news/${id}-${slug}`;
/** The generated share image of an article in one language (its Open Graph image when it has no cover). */
export const articleImagePath = (id: number, slug: string) => `${articlePath(id, slug)}/og.png`;
export const categoryPath = (slug: string) => `/category/${slug}`;
export const tagPath = (slug: string) => `/tag/${slug}`;
export const authorPath = (slug: string) => `/author/${slug}`;
export const latestPath = () => '/latest';
export const searchPath = () => '/search';
export const privacyPath = () => '/privacy';

export function localized(locale: Locale, path: string): string {
  return path === '/' ? `/${locale}` : `/${locale}${path}`;
}

export function withCursor(path: string, cursor: string | null): string {
  return cursor ? `${path}?before=${encodeURIComponent(cursor)}` : path;
}

/** Splits the `{id}-{slug}` segment of an article URL; null when it does not start with a valid id. */
export function parseArticleParam(param: string): { id: number; slug: string } | null {
  const match = /^(\d{1,10})(?:-(.*))?$/.exec(param);
  if (!match) return null;
  const id = Number(match[1]);
  if (id < 1 || id > 2_147_483_647) return null;
  return { id, slug: match[2] ?? '' };
}
