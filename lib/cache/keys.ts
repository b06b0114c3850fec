import { isLocale, type Locale } from '@/lib/i18n/locales';

/**
 * The invalidation vocabulary: what a cached response shows, named in surrogate keys. The proxy labels every reader
 * response with the keys of its URL (`keysOfPath`), the edge cache stores them (Varnish xkey), and a change purges
 * the keys of the pages it touches, which are the keys of the very paths Next revalidates (lib/cache/paths.ts). Keys
 * by id cover every slug an article ever had; keys by slug are taken from the article's footprint before and after
 * the change, so a section it left or a slug it dropped is purged too.
 */
/** The response header the keys travel in: the one Varnish's xkey vmod indexes (deploy/varnish/). */
export const SURROGATE_KEY_HEADER = 'xkey';
/** The keys of the fragments a page includes (components/site/EdgeFragment.tsx), added to the page's once assembled. */
export const INCLUDED_KEYS_HEADER = 'xkey-includes';

export const SITE_KEY = 'site';
export const RATES_KEY = 'rates';
export const SITEMAP_INDEX_KEY = 'sitemap';

export const localeKey = (locale: Locale) => `locale:${locale}`;
export const articleKey = (id: number) => `article:${id}`;
export const homeKey = (locale: Locale) => `home:${locale}`;
export const latestKey = (locale: Locale) => `latest:${locale}`;
export const feedKey = (locale: Locale) => `feed:${locale}`;
export const sitemapKey = (locale: Locale) => `sitemap:${locale}`;
export const breakingKey = (locale: Locale) => `breaking:${locale}`;
export type ListKind = 'category' | 'tag' | 'author';
export const listKey = (kind: ListKind, locale: Locale, slug: string) => `${kind}:${locale}:${normalizeSegment(slug)}`;

/** One spelling for a slug however it arrives (raw from the database, percent-encoded in a URL); never whitespace. */
function normalizeSegment(segment: string): string {
  let decoded = segment;
  try {
    decoded = decodeURIComponent(segment);
  } catch {
    // kept as it came: an undecodable segment is only ever a 400 or a 404
  }
  return encodeURIComponent(decoded.normalize('NFC'));
}

const ARTICLE = /^news\/(\d{1,10})(?:-[^/]*)?(?:\/og\.png|\/before\/[^/]+)?\/?$/;
const LIST = /^(category|tag|author)\/([^/]+)(?:\/before\/[^/]+|\/rss\.xml)?\/?$/;
const LATEST = /^latest(?:\/before\/[^/]+)?\/?$/;
const SITEMAP_FILE = /^\/sitemaps\/([^/]+)\//;

/** The surrogate keys of a response at `pathname` (as the request has it, or as lib/i18n/paths.ts builds it). */
export function keysOfPath(pathname: string): string[] {
  const keys = [SITE_KEY];
  if (pathname === '/sitemap.xml') return [...keys, SITEMAP_INDEX_KEY];
  const sitemap = SITEMAP_FILE.exec(pathname);
  if (sitemap && isLocale(sitemap[1])) return [...keys, localeKey(sitemap[1]), sitemapKey(sitemap[1])];

  const [, first, ...rest] = pathname.split('/');
  if (!isLocale(first)) return keys;
  const locale = first;
  keys.push(localeKey(locale));
  const tail = rest.join('/');
  if (tail === '' || tail === '/') keys.push(homeKey(locale));
  else if (tail === 'rss.xml') keys.push(feedKey(locale));
  else if (LATEST.test(tail)) keys.push(latestKey(locale));
  else {
    const article = ARTICLE.exec(tail);
    const list = LIST.exec(tail);
    if (article) keys.push(articleKey(Number(article[1])));
    else if (list) keys.push(listKey(list[1] as ListKind, locale, list[2]!));
  }
  return keys;
}

/** The keys of the fragments every page of a locale includes: the rates ticker and that locale's breaking line. */
export function includedKeysOfPath(pathname: string): string[] {
  const first = pathname.split('/')[1];
  return isLocale(first) ? [RATES_KEY, breakingKey(first)] : [];
}

/**
 * The keys to purge for a set of changed paths: each path's own key (never the site-wide or per-locale ones, which
 * would empty the whole cache).
 */
export function keysToPurge(paths: string[]): string[] {
  const keys = new Set<string>();
  for (const path of paths) {
    const own = keysOfPath(path).filter((key) => key !== SITE_KEY && !key.startsWith('locale:'));
    for (const key of own) keys.add(key);
  }
  return [...keys].sort();
}
