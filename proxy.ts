import createMiddleware from 'next-intl/middleware';
import { NextResponse, type NextRequest } from 'next/server';
import { parseCursor } from '@/lib/content/cursor';
import { defaultLocale, isLocale } from '@/lib/i18n/locales';
import { routing } from '@/lib/i18n/routing';
import az from '@/messages/az.json';
import en from '@/messages/en.json';
import ru from '@/messages/ru.json';

const handleLocale = createMiddleware(routing);

// Listings that page with `?before=<cursor>`.
const LISTING = /^\/(ru|az|en)\/(latest|category\/[^/]+|tag\/[^/]+|author\/[^/]+)\/?$/;

/**
 * Locale routing, plus one rewrite that keeps paged listings cacheable: `/{locale}/latest?before=X` is served by the
 * prerendered route `/{locale}/latest/before/X`, since a page that read the query string could not be static.
 * A malformed cursor is ignored, so the reader gets the first page instead of an error.
 */
export default function proxy(request: NextRequest) {
  const { pathname, searchParams } = request.nextUrl;
  if (!isDecodable(pathname)) return badRequest(pathname);
  const listing = LISTING.exec(pathname);
  if (listing && searchParams.has('before')) {
    const cursor = parseCursor(searchParams.get('before'));
    const url = request.nextUrl.clone();
    url.searchParams.delete('before');
    url.pathname = cursor ? `${pathname.replace(/\/$/, '')}/before/${searchParams.get('before')}` : pathname;
    return NextResponse.rewrite(url);
  }
  return handleLocale(request);
}

function isDecodable(pathname: string): boolean {
  try {
    decodeURIComponent(pathname);
    return true;
  } catch {
    return false;
  }
}

/** A path with broken percent-encoding cannot name any page: a short 400 in the language the path starts with. */
function badRequest(pathname: string): NextResponse {
  const first = pathname.split('/')[1];
  const locale = isLocale(first) ? first : defaultLocale;
  const message = { ru, az, en }[locale].Errors.badRequest;
  return new NextResponse(message, { status: 400, headers: { 'content-type': 'text/plain; charset=utf-8', 'content-language': locale } });
}

export const config = {
  // Everything but Next's own files, API routes, the admin and files with an extension (robots.txt, icons…).
  matcher: ['/((?!api|admin|_next|_vercel|.*\\..*).*)'],
};
