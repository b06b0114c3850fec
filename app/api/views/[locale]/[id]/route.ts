import { clientAddress } from '@/lib/http/client-address';
import { badRequest } from '@/lib/i18n/bad-request';
import { isLocale } from '@/lib/i18n/locales';
import { recordView } from '@/lib/views/counter';

export const dynamic = 'force-dynamic';

// The smallest transparent GIF: the beacon is an <img>, so it works without JavaScript and pages stay static.
const PIXEL = Buffer.from('R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7', 'base64');
const NO_STORE = { 'cache-control': 'no-store, private', 'x-robots-tag': 'noindex' };
const BOTS = /bot|crawl|spider|slurp|facebookexternalhit|preview|headless/i;

type Params = { params: Promise<{ locale: string; id: string }> };

/**
 * Counts a view of article `id` in `locale`, without cookies and without keeping anything about the reader: the IP
 * and user agent only feed an in-memory dedupe hash (lib/views/counter.ts). Readers who ask not to be tracked
 * (DNT, Global Privacy Control), crawlers and prefetches are answered the same way but not counted.
 */
async function count(request: Request, { params }: Params): Promise<Response | null> {
  const { locale, id } = await params;
  const articleId = /^[1-9]\d{0,8}$/.test(id) ? Number(id) : NaN;
  if (!isLocale(locale) || !Number.isSafeInteger(articleId)) return badRequest(new URL(request.url).pathname.replace(/^\/api\/views/, ''));
  const headers = request.headers;
  const userAgent = headers.get('user-agent') ?? '';
  const optedOut = headers.get('dnt') === '1' || headers.get('sec-gpc') === '1';
  const prefetch = /prefetch|prerender/i.test(`${headers.get('sec-purpose') ?? ''} ${headers.get('purpose') ?? ''}`);
  if (!optedOut && !prefetch && !BOTS.test(userAgent)) {
    recordView({ articleId, locale, reader: `${clientAddress(headers)}\n${userAgent}` });
  }
  return null;
}

export async function GET(request: Request, context: Params): Promise<Response> {
  const invalid = await count(request, context);
  return invalid ?? new Response(PIXEL, { headers: { ...NO_STORE, 'content-type': 'image/gif', 'content-length': String(PIXEL.length) } });
}

export async function POST(request: Request, context: Params): Promise<Response> {
  return (await count(request, context)) ?? new Response(null, { status: 204, headers: NO_STORE });
}
