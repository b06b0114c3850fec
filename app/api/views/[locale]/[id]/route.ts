import { badRequest } from '@/lib/i18n/bad-request';
import { isLocale } from '@/lib/i18n/locales';
import { recordNow } from '@/lib/now/counter';
import { articlePage } from '@/lib/now/pages';
import { isCountedReader, readerOf } from '@/lib/now/readers';
import { recordView } from '@/lib/views/counter';

export const dynamic = 'force-dynamic';

// The smallest transparent GIF: the beacon is an <img>, so it works without JavaScript and pages stay static.
const PIXEL = Buffer.from('R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7', 'base64');
const NO_STORE = { 'cache-control': 'no-store, private', 'x-robots-tag': 'noindex' };

type Params = { params: Promise<{ locale: string; id: string }> };

/**
 * Counts a view of article `id` in `locale`, without cookies and without keeping anything about the reader: the
 * reader is the day's salted hash of the address and user agent (lib/now/salt.ts), which feeds the day's dedupe of
 * views (lib/views/counter.ts) and the "now" board's live window (lib/now/counter.ts). Readers who ask not to be
 * tracked (DNT, Global Privacy Control), crawlers and prefetches are answered the same way but not counted.
 */
async function count(request: Request, { params }: Params): Promise<Response | null> {
  const { locale, id } = await params;
  const articleId = /^[1-9]\d{0,8}$/.test(id) ? Number(id) : NaN;
  if (!isLocale(locale) || !Number.isSafeInteger(articleId)) return badRequest(new URL(request.url).pathname.replace(/^\/api\/views/, ''));
  if (isCountedReader(request.headers)) {
    const reader = await readerOf(request.headers);
    recordView({ articleId, locale, reader });
    // The image cannot know where the reader came from; the page's script, where it runs, says so.
    recordNow({ page: articlePage(articleId), locale, reader, source: null, engagedSeconds: 0 });
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
