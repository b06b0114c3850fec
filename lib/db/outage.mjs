// @ts-check
import { processWide } from '../ops/singleton.mjs';

/**
 * Whether PostgreSQL is away, as this process last saw it. Plain JavaScript with its state process-wide, because
 * two copies of this module run in one server: the front door's (lib/http/front-door.mjs, preloaded by Node, which
 * turns a failed page into the localized 503 and keeps Next from logging the same outage once per request) and the
 * bundle's (lib/db/last-good.ts, which sees every query fail or succeed).
 */

const UNREACHABLE_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ETIMEDOUT',
  'EHOSTUNREACH',
  'ENOTFOUND',
  'EPIPE',
  '57P01', // admin_shutdown
  '57P02', // crash_shutdown
  '57P03', // cannot_connect_now
  '08000',
  '08001',
  '08003',
  '08004',
  '08006',
]);

/**
 * The server could not be reached or went away: not a query's own error. Auth.js and Next wrap what they catch, so
 * the causes are looked at too.
 * @param {unknown} error
 * @returns {boolean}
 */
export function isUnreachable(error, depth = 0) {
  if (!(error instanceof Error) || depth > 4) return false;
  const code = /** @type {{ code?: unknown }} */ (error).code;
  if (typeof code === 'string' && UNREACHABLE_CODES.has(code)) return true;
  if (/Connection terminated|timeout exceeded when trying to connect/i.test(error.message)) return true;
  if (error instanceof AggregateError && error.errors.some((inner) => isUnreachable(inner, depth + 1))) return true;
  const { cause } = error;
  // Auth.js keeps what it caught as `cause.err`.
  if (cause && typeof cause === 'object' && 'err' in cause) return isUnreachable(cause.err, depth + 1);
  return isUnreachable(cause, depth + 1);
}

// A failed page is still answered as an outage this long after the last failed query: a render that began during the
// outage can end after the first query that succeeds again.
const AFTERMATH_MS = 15_000;

const state = () =>
  processWide('newsroom.databaseOutage', () => /** @type {{ since: number | null; lastFailure: number; unanswered: number }} */ ({ since: null, lastFailure: 0, unanswered: 0 }));

/**
 * A query could not reach the server. The first of an outage is logged, the others counted.
 * @param {unknown} error
 */
export function noteUnreachable(error) {
  const current = state();
  current.lastFailure = Date.now();
  if (current.since !== null) return;
  current.since = current.lastFailure;
  const reason = error instanceof Error ? error.message || /** @type {{ code?: string }} */ (error).code || error.name : String(error);
  console.error(`[newsroom] PostgreSQL is unreachable (${reason}); reader pages replay their last good answers, pages with none answer 503, saves are refused`);
}

/** A read that had no earlier answer to replay: counted, for the one line logged when the outage ends. */
export function noteUnanswered() {
  state().unanswered += 1;
}

/**
 * A query reached the server: an outage, if there was one, is over. One sent before the latest failure proves nothing:
 * a server shutting down still answers on connections already open for a moment after it refuses new ones, and a
 * query that finished there says nothing about the server now. Only an answer to a query sent after every failure so
 * far ends the outage, so a stopping server is one outage, not one that ends and begins again.
 * @param {number} [sentAt] when the query was sent
 */
export function noteReachable(sentAt = Date.now()) {
  const current = state();
  if (current.since === null || sentAt <= current.lastFailure) return;
  const seconds = ((Date.now() - current.since) / 1000).toFixed(1);
  console.info(`[newsroom] PostgreSQL answers again after ${seconds} s; ${current.unanswered} read(s) had no earlier answer to replay`);
  current.since = null;
  current.unanswered = 0;
}

/** Whether a page that failed now failed because of the database: during an outage, or just after it. */
export function databaseAway(now = Date.now()) {
  const current = state();
  return current.since !== null || now - current.lastFailure < AFTERMATH_MS;
}
