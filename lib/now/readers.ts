import 'server-only';
import { clientAddress } from '@/lib/http/client-address';
import type { HeaderReader } from './beacon-door.mjs';
import { readerHash } from './salt';

// Known crawlers and link previewers; a request with no user agent at all is not a browser either.
const BOTS = /bot|crawl|spider|slurp|facebookexternalhit|preview|headless|lighthouse|curl|wget|python|java\/|go-http|okhttp|axios|node-fetch/i;

/**
 * Whether a beacon's request is a reader to count: not a crawler or a request without a user agent, not a prefetch or
 * a prerender nobody looks at, and not a reader asking not to be tracked (DNT, Global Privacy Control).
 */
export function isCountedReader(headers: HeaderReader): boolean {
  const userAgent = headers.get('user-agent') ?? '';
  if (userAgent.trim() === '' || BOTS.test(userAgent)) return false;
  if (headers.get('dnt') === '1' || headers.get('sec-gpc') === '1') return false;
  return !/prefetch|prerender/i.test(`${headers.get('sec-purpose') ?? ''} ${headers.get('purpose') ?? ''}`);
}

/** The day's hash of the reader who sent `headers`: the address the edge saw (TRUSTED_PROXIES) and the user agent. */
export function readerOf(headers: HeaderReader, at = new Date()): Promise<string> {
  return readerHash(clientAddress(headers), headers.get('user-agent') ?? '', at);
}
