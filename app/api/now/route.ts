import { badRequest } from '@/lib/i18n/bad-request';
import { MAX_ENGAGED_SECONDS, recordNow } from '@/lib/now/counter';
import { countedPage } from '@/lib/now/pages';
import { isCountedReader, readerOf } from '@/lib/now/readers';
import { sourceOf } from '@/lib/now/sources';

export const dynamic = 'force-dynamic';

const NO_STORE = { 'cache-control': 'no-store, private', 'x-robots-tag': 'noindex' };
// A host name, or an Android app's name, or '.' for this site (the script compares, so the edge's host never matters).
const HOST = /^(\.|[a-z0-9.:-]{1,255})?$/i;

/**
 * The reader pages' script (components/site/NowBeacon.tsx): `POST /api/now?p=<path>&r=<referrer host>&e=<seconds>`,
 * once when a page opens and then every 15 s of engaged time. Answers 204, sets nothing, stores nothing about the
 * reader but the day's hash, in the live window; crawlers, prefetches and readers asking not to be tracked are answered
 * the same and not counted. Paths the board does not count (search, tags) are answered 204 too.
 */
export async function POST(request: Request): Promise<Response> {
  const query = new URL(request.url).searchParams;
  const path = query.get('p') ?? '';
  const referrer = query.get('r') ?? '';
  const engaged = query.get('e') ?? '0';
  if (!path.startsWith('/') || path.length > 300 || !HOST.test(referrer) || !/^\d{1,2}$/.test(engaged) || Number(engaged) > MAX_ENGAGED_SECONDS) {
    return badRequest(path.startsWith('/') ? path.slice(0, 4) : '/');
  }
  const page = countedPage(path);
  if (page && isCountedReader(request.headers)) {
    const reader = await readerOf(request.headers);
    recordNow({ ...page, reader, source: sourceOf(referrer), engagedSeconds: Number(engaged) });
  }
  return new Response(null, { status: 204, headers: NO_STORE });
}
