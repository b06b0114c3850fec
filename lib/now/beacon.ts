import 'server-only';
import { badRequestAnswer } from '@/lib/i18n/bad-request';
import { openBeaconDoor, type BeaconAnswer, type HeaderReader } from './beacon-door.mjs';
import { MAX_ENGAGED_SECONDS, recordNow } from './counter';
import { countedPage } from './pages';
import { isCountedReader, readerOf } from './readers';
import { sourceOf } from './sources';

const NO_STORE = { 'cache-control': 'no-store, private', 'x-robots-tag': 'noindex' };
// A host name, or an Android app's name, or '.' for this site (the script compares, so the edge's host never matters).
const HOST = /^(\.|[a-z0-9.:-]{1,255})?$/i;

/**
 * The answer to the reader pages' beacon (lib/now/script.ts): `POST /api/now?p=<path>&r=<referrer host>&e=<seconds>`,
 * once when a page opens and then every 15 s of engaged time. Answers 204, sets nothing, stores nothing about the
 * reader but the day's hash, in the live window; crawlers, prefetches and readers asking not to be tracked are answered
 * the same and not counted. Paths the board does not count (search, tags) are answered 204 too; a query that is not the
 * script's gets the localized 400. The reader is told by the address the edge saw (`X-Forwarded-For`, to which the
 * front door appended the socket's peer: lib/http/client-address.ts) and the user agent.
 *
 * The one implementation: the front door calls it before Next (lib/now/beacon-door.mjs), and app/api/now/route.ts where
 * the front door has not been handed it.
 */
export async function answerBeacon(query: URLSearchParams, headers: HeaderReader): Promise<BeaconAnswer> {
  const path = query.get('p') ?? '';
  const referrer = query.get('r') ?? '';
  const engaged = query.get('e') ?? '0';
  if (!path.startsWith('/') || path.length > 300 || !HOST.test(referrer) || !/^\d{1,2}$/.test(engaged) || Number(engaged) > MAX_ENGAGED_SECONDS) {
    return badRequestAnswer(path.startsWith('/') ? path.slice(0, 4) : '/');
  }
  const page = countedPage(path);
  if (page && isCountedReader(headers)) {
    const reader = await readerOf(headers);
    recordNow({ ...page, reader, source: sourceOf(referrer), engagedSeconds: Number(engaged) });
  }
  return { status: 204, headers: NO_STORE, body: null };
}

/** Hands the beacon to the front door of this process, which answers it from now on without Next's request pipeline. */
export function openBeaconAtTheFrontDoor(): void {
  openBeaconDoor(answerBeacon);
}
