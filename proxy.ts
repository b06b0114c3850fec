import createMiddleware from 'next-intl/middleware';
import { NextResponse, type NextRequest } from 'next/server';
import { includedKeysOfPath, INCLUDED_KEYS_HEADER, keysOfPath, SURROGATE_KEY_HEADER } from '@/lib/cache/keys';
import { parseCursor } from '@/lib/content/cursor';
import { goneResponse, isOwnGonePageRequest } from '@/lib/crawlers/gone';
import { isWithdrawn } from '@/lib/crawlers/withdrawn';
import { badRequest } from '@/lib/i18n/bad-request';
import { localePattern, type Locale } from '@/lib/i18n/locales';
import { routing } from '@/lib/i18n/routing';
import { decodesCleanly, tooLong } from '@/lib/http/plain-path.mjs';

const handleLocale = createMiddleware(routing);

// Listings that page with `?before=<cursor>`; so does live coverage, at its article URL.
const LISTING = new RegExp(`^/(${localePattern})/(latest|category/[^/]+|tag/[^/]+|author/[^/]+)/?$`);
const FILE = /\.(xml|png)$/;
const ARTICLE = new RegExp(`^/(${localePattern})/news/(\\d{1,10})(?:-[^/]*)?(?:/before/[^/]+)?/?$`);
// The page of a withdrawn story: only the proxy's own request for it gets through (lib/crawlers/gone.ts).
const GONE_PAGE = new RegExp(`^/(${localePattern})/gone/?$`);

/**
 * Locale routing (`/` and paths without a locale go to the reader's language), a 400 for paths with broken
 * percent-encoding, and one rewrite that keeps paged listings cacheable: `/{locale}/latest?before=X` is served by the
 * prerendered route `/{locale}/latest/before/X`, since a page that read the query string could not be static.
 * A malformed cursor is ignored, so the reader gets the first page instead of an error. An article that was
 * withdrawn answers 410 Gone. Every answer names what it shows in surrogate keys (lib/cache/keys.ts), for the edge
 * cache to purge it by.
 */
export default async function proxy(request: NextRequest) {
  if (request.nextUrl.pathname === '/admin' || request.nextUrl.pathname.startsWith('/admin/')) return withNonce(request);
  const response = await route(request);
  const { pathname } = request.nextUrl;
  response.headers.set(SURROGATE_KEY_HEADER, keysOfPath(pathname).join(' '));
  const included = includedKeysOfPath(pathname);
  if (included.length > 0) response.headers.set(INCLUDED_KEYS_HEADER, included.join(' '));
  return response;
}

async function route(request: NextRequest): Promise<Response> {
  const { pathname, searchParams } = request.nextUrl;
  if (!decodesCleanly(pathname) || tooLong(pathname)) return badRequest(pathname);
  // Feeds, sitemaps and share images only need their keys: no locale routing.
  if (FILE.test(pathname)) return NextResponse.next();
  const article = ARTICLE.exec(pathname);
  if (article && (await isWithdrawn(Number(article[2]), article[1]!))) return goneResponse(article[1] as Locale);
  const gonePage = GONE_PAGE.exec(pathname);
  if (gonePage && !isOwnGonePageRequest(request.headers)) return goneResponse(gonePage[1] as Locale);
  const listing = LISTING.exec(pathname) ?? (article && !pathname.includes('/before/') ? article : null);
  if (listing && searchParams.has('before')) {
    const cursor = parseCursor(searchParams.get('before'));
    const url = request.nextUrl.clone();
    url.searchParams.delete('before');
    url.pathname = cursor ? `${pathname.replace(/\/$/, '')}/before/${searchParams.get('before')}` : pathname;
    return NextResponse.rewrite(url);
  }
  const response = handleLocale(request);
  // The language choice is stored only by the switcher (app/api/language): a reader page that set a cookie could not
  // be kept by a shared cache. The redirect from `/` may carry one; it is never cached.
  if (pathname !== '/') response.headers.delete('set-cookie');
  return response;
}

/**
 * The newsroom's pages are rendered per request, so their policy can be strict: only scripts carrying this request's
 * nonce run (Next gives it to its own scripts when the request's policy names it), and what those load. Reader
 * pages, prerendered for everyone, have the static policy of next.config.ts instead.
 */
function withNonce(request: NextRequest): NextResponse {
  const nonce = btoa(crypto.getRandomValues(new Uint8Array(16)).reduce((text, byte) => text + String.fromCharCode(byte), ''));
  const policy = [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${process.env.NODE_ENV === 'development' ? " 'unsafe-eval'" : ''}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self'",
    "connect-src 'self'",
    "frame-src 'none'",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join('; ');
  const headers = new Headers(request.headers);
  headers.set('content-security-policy', policy);
  const response = NextResponse.next({ request: { headers } });
  response.headers.set('content-security-policy', policy);
  return response;
}

export const config = {
  // Everything but Next's own files, API routes, uploaded media, edge fragments, live updates and files with an extension
  // (robots.txt…), except the feeds, sitemaps and share images, which are labelled with their keys.
  matcher: [
    '/((?!api|admin|media/|fragments/|live/|_next|_vercel|.*\\..*).*)',
    // The newsroom, for its per-request policy only.
    '/admin',
    '/admin/:path*',
    '/sitemap.xml',
    '/sitemaps/:locale/:file',
    '/:locale/rss.xml',
    '/:locale/category/:slug/rss.xml',
    '/:locale/news/:article/og.png',
  ],
};
