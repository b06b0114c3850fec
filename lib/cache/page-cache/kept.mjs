// @ts-check
import { metrics } from '../../ops/metrics.mjs';

/**
 * What the page cache keeps, for both of its stores (disk-handler.mjs, ../redis/cache-handler.mjs): a page's own
 * answer, never a 404 or a redirect. URLs that name nothing are endless (a random tag, a cursor of no article, an
 * article id with any slug), and each kept answer cost about 130–312 KB: a stranger could fill the disk. Not keeping
 * them costs one render per such request, a few indexed queries; the edge keeps them within its own memory cap.
 * @param {{ kind?: string; status?: number } | null | undefined} value what Next hands the handler's `set`
 * @returns {boolean}
 */
export function keepsAnswer(value) {
  if (!value) return false;
  if (value.kind === 'REDIRECT') return refuse(308);
  if (value.kind === 'APP_PAGE' || value.kind === 'APP_ROUTE' || value.kind === 'PAGES') {
    const status = value.status ?? 200;
    if (status < 200 || status >= 300) return refuse(status);
  }
  return true;
}

/** @param {number} status */
function refuse(status) {
  metrics().pageCacheRefused.inc({ status: String(status) });
  return false;
}

/**
 * About how many bytes an answer takes when stored: its HTML or body, its RSC payload and segments, and its headers.
 * @param {unknown} value
 */
export function answerBytes(value) {
  const entry = /** @type {{ html?: unknown; rscData?: unknown; body?: unknown; segmentData?: unknown; headers?: unknown; data?: unknown }} */ (value ?? {});
  let bytes = 512;
  for (const part of [entry.html, entry.rscData, entry.body, entry.data]) {
    if (typeof part === 'string') bytes += Buffer.byteLength(part);
    else if (part instanceof Uint8Array) bytes += part.byteLength;
    else if (part && typeof part === 'object') bytes += Buffer.byteLength(JSON.stringify(part));
  }
  if (entry.segmentData instanceof Map) for (const segment of entry.segmentData.values()) bytes += segment?.byteLength ?? 0;
  if (entry.headers) bytes += Buffer.byteLength(JSON.stringify(entry.headers));
  return bytes;
}
