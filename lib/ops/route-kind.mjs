// @ts-check
import { localePattern } from '../i18n/locale-list.mjs';

/**
 * What kind of page a request path asks for: the label of the access log's `route` and of the latency metrics. A
 * short, fixed list, so that a metric has a handful of series however many articles there are. Plain JavaScript,
 * for the front door (lib/http/front-door.mjs).
 */
export const ROUTE_KINDS = /** @type {const} */ ([
  'home', 'article', 'listing', 'search', 'feed', 'sitemap', 'image', 'static', 'fragment', 'admin', 'api', 'other',
]);

/** @typedef {(typeof ROUTE_KINDS)[number]} RouteKind */

const LOCALE = `(?:${localePattern})`;
/** @type {[RegExp, RouteKind][]} */
const RULES = [
  [/^\/_next\/image$/, 'image'],
  [/^\/_next\//, 'static'],
  [/^\/media\//, 'image'],
  [/^\/fragments\//, 'fragment'],
  [/^\/admin(?:\/|$)/, 'admin'],
  [/^\/api\//, 'api'],
  [/^\/(?:sitemap\.xml|robots\.txt|sitemaps\/.*)$/, 'sitemap'],
  [new RegExp(`^/${LOCALE}/(?:.+/)?rss\\.xml$`), 'feed'],
  [new RegExp(`^/${LOCALE}/news/[^/]+/og\\.png$`), 'image'],
  [new RegExp(`^/${LOCALE}/news/[^/]+$`), 'article'],
  [new RegExp(`^/${LOCALE}/(?:category|tag|author)/[^/]+(?:/.*)?$`), 'listing'],
  [new RegExp(`^/${LOCALE}/latest(?:/.*)?$`), 'listing'],
  [new RegExp(`^/${LOCALE}/search$`), 'search'],
  [new RegExp(`^/(?:${LOCALE}/?)?$`), 'home'],
  // The icons, the manifest, the IndexNow key and the files of public/: one segment with an extension.
  [/^\/[^/]+\.[a-z0-9]+$/i, 'static'],
  [/^\/(?:brand|icons|fonts)\//, 'static'],
];

/**
 * @param {string} pathname the path alone, without the query
 * @returns {RouteKind}
 */
export function routeKind(pathname) {
  for (const [pattern, kind] of RULES) if (pattern.test(pathname)) return kind;
  return 'other';
}
