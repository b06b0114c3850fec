/**
 * What every request meets before Next, preloaded into the Next server by `npm start` and `npm run dev`
 * (scripts/run.ts, `node --import`):
 * - `X-Forwarded-For` gets the address of the socket the request arrived on appended, as every proxy appends its
 *   peer's. Next itself fills the header from the socket only when the client sent none, so without this the last
 *   entry would be whatever the client wrote. lib/http/forwarded-for.mjs walks back from it past TRUSTED_PROXIES.
 * - A method the site does not answer gets 405 with `Allow`: pages answer GET, HEAD and POST (server actions); route
 *   handlers under /api/ answer for themselves, but never TRACE, CONNECT or a WebDAV verb, which Next's own request
 *   object refuses to exist with (a 500).
 * - A path outside the reader pages (/api/, /media/, /fragments/, /admin/, /_next/) whose percent-encoding does not
 *   decode to plain text gets 400; Next would throw decoding its parameters. Reader pages get the same check with a
 *   localized answer in proxy.ts.
 * - So does a path longer than any of the site's (414): Next would name a cache file after it.
 * - A post to a page from another site (its Origin is not this host) gets 403, with or without `Next-Action`: Next
 *   answers it with a 500. A server action whose id is not an id (`Next-Action: x`) gets 400, where Next logs a
 *   stack trace. A body larger than any form of the site, or than any route handler takes (lib/http/body-limits.mjs),
 *   gets 413 before it is read, and one of unstated length (chunked) 411; Next would fail on an oversized form with a bare
 *   500.
 * - While PostgreSQL is away, a page Next fails to render (nothing was kept for it) is answered with the localized
 *   503 page instead of Next's 500 (lib/ops/unavailable.mjs), and Next's log of each such failure is left out: the
 *   outage is logged once when it begins and once when it ends (lib/db/outage.mjs).
 * - Every request gets an id (a sane `X-Request-Id` it came with, else a new one), sent back as `X-Request-Id`, and one
 *   line in the log when its answer ends: id, method, path (never the query, which can carry tokens), kind of route,
 *   status, duration, Next's cache state and the client's address. Its latency is counted for /api/metrics. The
 *   process's `console` writes JSON lines through the same logger (lib/ops/log.mjs).
 * - A page's redirect gets one `Location` and a few bytes of HTML for a body, not Next's error document
 *   (lib/ops/plain-redirect.mjs).
 * - The "now" board's beacon (`POST /api/now`), most of what reaches an instance, is answered here by the bundle's own
 *   handler, without Next's request pipeline, once the server has handed it over (lib/now/beacon-door.mjs). Its body
 *   may be 1 KB at most; its access line, once answered 204, is written at LOG_LEVEL=debug only.
 */
import { randomUUID } from 'node:crypto';
import http from 'node:http';
import { databaseAway, isUnreachable, noteUnreachable } from '../db/outage.mjs';
import { answerRedirectsPlainly } from '../ops/plain-redirect.mjs';
import { replaceAnswer } from '../ops/replace-answer.mjs';
import { answersUnavailable, RETRY_AFTER_SECONDS, unavailableLocale, unavailablePage } from '../ops/unavailable.mjs';
import { clientInChain } from './forwarded-for.mjs';
import { MAX_API_BODY_BYTES, MAX_BEACON_BODY_BYTES, MAX_FORM_BODY_BYTES } from './body-limits.mjs';
import { canonicalAddress } from './networks.mjs';
import { logger, routeConsoleThroughLog } from '../ops/log.mjs';
import { countRequest } from '../ops/metrics.mjs';
import { answerBeaconAtTheDoor, BEACON_PATH } from '../now/beacon-door.mjs';
import { routeKind } from '../ops/route-kind.mjs';
import { decodesCleanly, tooLong } from './plain-path.mjs';

const STANDARD = new Set(['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS']);
const PAGE = new Set(['GET', 'HEAD', 'POST']);

/**
 * The socket's peer, in the form lib/http/networks.mjs compares (`::ffff:203.0.113.7` is the IPv4 address 203.0.113.7).
 * @param {import('node:net').Socket | undefined} socket
 */
function peerOf(socket) {
  return canonicalAddress((socket && socket.remoteAddress) || '') ?? 'unknown';
}

/** @param {{ headers: Record<string, string | string[] | undefined>; socket?: import('node:net').Socket }} request */
export function appendPeer(request) {
  const prior = request.headers['x-forwarded-for'];
  const chain = Array.isArray(prior) ? prior.join(', ') : prior;
  request.headers['x-forwarded-for'] = chain ? `${chain}, ${peerOf(request.socket)}` : peerOf(request.socket);
}

/**
 * The methods a path answers, or null when the method is one of them.
 * @param {string | undefined} method
 * @param {string | undefined} url
 */
export function refusedMethod(method = 'GET', url = '/') {
  const api = url.startsWith('/api/');
  if (api ? STANDARD.has(method) : PAGE.has(method)) return null;
  return api ? [...STANDARD].join(', ') : [...PAGE].join(', ');
}

const OUTSIDE_PAGES = /^\/(api|media|fragments|admin|_next)(\/|$)/;

// Next's ids of server actions are hex; anything else makes it log a stack trace before refusing.
const ACTION_ID = /^[0-9a-f]{40,64}$/i;

/**
 * Whether the request names an Origin other than the host it was sent to (`null`, from a sandboxed frame or a
 * privacy redirect, included). A request without Origin is not a browser's cross-site post.
 * @param {Record<string, string | string[] | undefined>} headers
 */
function foreignOrigin(headers) {
  const origin = headers.origin;
  if (typeof origin !== 'string') return Array.isArray(origin);
  const host = headers['x-forwarded-host'] ?? headers.host;
  let from = null;
  try {
    from = new URL(origin).host;
  } catch {
    from = null;
  }
  return from !== (Array.isArray(host) ? host[0] : host);
}

/**
 * What the front door answers itself, or null to let Next answer.
 * @param {{ method?: string; url?: string; headers: Record<string, string | string[] | undefined> }} request
 * @returns {{ status: number; headers: Record<string, string>; body: string } | null}
 */
export function frontDoorAnswer(request) {
  const url = request.url ?? '/';
  const allow = refusedMethod(request.method, url);
  if (allow) return { status: 405, headers: { allow }, body: 'Method not allowed.\n' };
  const pathname = url.split('?')[0] ?? '/';
  if (OUTSIDE_PAGES.test(pathname) && !decodesCleanly(pathname)) return { status: 400, headers: {}, body: 'The address is malformed.\n' };
  if (OUTSIDE_PAGES.test(pathname) && tooLong(pathname)) return { status: 414, headers: {}, body: 'The address is too long.\n' };
  const action = request.headers['next-action'];
  if (action !== undefined && !(typeof action === 'string' && ACTION_ID.test(action))) return { status: 400, headers: {}, body: 'Not a form of this site.\n' };
  // A post to a page is a server action, sent by script (`Next-Action`) or by a form without script (its id in the
  // body); Next refuses either from another site with a 500. Route handlers under /api/ answer for themselves.
  const api = url.startsWith('/api/');
  if (request.method === 'POST' && !api && foreignOrigin(request.headers)) return { status: 403, headers: {}, body: 'Forbidden: this form belongs to another site.\n' };
  const limit = pathname === BEACON_PATH ? MAX_BEACON_BODY_BYTES : api ? MAX_API_BODY_BYTES : MAX_FORM_BODY_BYTES;
  if (Number(request.headers['content-length'] ?? 0) > limit) return { status: 413, headers: {}, body: `The body is larger than ${limit} bytes.\n` };
  // A body of unknown length could only be measured by reading it: browsers send every form and beacon with its
  // length, and Next answered an oversized chunked form with a bare 500.
  if (request.headers['transfer-encoding'] !== undefined && request.headers['content-length'] === undefined) {
    return { status: 411, headers: {}, body: 'A body must state its length (Content-Length).\n' };
  }
  return null;
}

// Headers of Next's failed answer that still hold for the 503 page: the site's security policy.
const KEPT_ON_FAILURE = new Set(['x-request-id', 'content-security-policy', 'x-content-type-options', 'referrer-policy', 'x-frame-options', 'permissions-policy', 'strict-transport-security']);

/**
 * If Next answers a page with a 5xx while the database is away, the status, headers and body become the 503 page's
 * (lib/ops/replace-answer.mjs).
 * @param {http.IncomingMessage} request
 * @param {http.ServerResponse} response
 */
export function answerFailuresAsUnavailable(request, response) {
  if (!answersUnavailable(request.method, request.url)) return;
  replaceAnswer(request, response, {
    applies: (_, status) => status >= 500 && databaseAway(),
    answer: (r) => {
      for (const name of r.getHeaderNames()) if (!KEPT_ON_FAILURE.has(name)) r.removeHeader(name);
      const locale = unavailableLocale(request.url ?? '/', request.headers.cookie);
      r.setHeader('content-type', 'text/html; charset=utf-8');
      r.setHeader('content-language', locale);
      // Neither a browser nor the edge may keep it: the page is back as soon as the database is.
      r.setHeader('cache-control', 'no-store');
      r.setHeader('retry-after', String(RETRY_AFTER_SECONDS));
      return { status: 503, body: unavailablePage(locale) };
    },
  });
}

// An id a log search can use: what a proxy or client in front generated, if it looks like one.
const REQUEST_ID = /^[A-Za-z0-9._:-]{8,128}$/;
const LOGGED_PATH_LIMIT = 512;
// The edge's probes ask every second and the process's own background work every ten (lib/jobs/own-process.ts):
// their lines are written at LOG_LEVEL=debug only. So are the beacons answered 204: every reader sends one every 15 s,
// thousands a second on a busy day, and the metrics count them; a refused one is logged as any other request.
const PROBES = new Set(['/api/ready', '/api/health', '/api/internal/jobs']);

/**
 * @param {string} path
 * @param {number} status
 */
const quietLine = (path, status) => PROBES.has(path) || (path === BEACON_PATH && status === 204);

/**
 * Gives the request its id and writes its access line (and its latency metric) once the answer is over, or the
 * client went away first (`aborted`).
 * @param {http.IncomingMessage} request
 * @param {http.ServerResponse} response
 * @param {import('pino').Logger} log
 */
export function logAccess(request, response, log = logger()) {
  const started = performance.now();
  const given = request.headers['x-request-id'];
  const requestId = typeof given === 'string' && REQUEST_ID.test(given) ? given : randomUUID();
  request.headers['x-request-id'] = requestId;
  response.setHeader('x-request-id', requestId);
  response.once('close', () => {
    const seconds = (performance.now() - started) / 1000;
    const path = (request.url ?? '/').split('?')[0] ?? '/';
    const route = routeKind(path);
    const method = request.method ?? 'GET';
    const cacheHeader = response.getHeader('x-nextjs-cache');
    const cache = typeof cacheHeader === 'string' ? cacheHeader.toLowerCase() : undefined;
    const forwarded = request.headers['x-forwarded-for'];
    const remote = clientInChain(Array.isArray(forwarded) ? forwarded.join(', ') : forwarded);
    const aborted = !response.writableFinished;
    countRequest({ route, method, status: response.statusCode, seconds, cache });
    const durationMs = Math.round(seconds * 10_000) / 10;
    const line = { requestId, method, path: path.slice(0, LOGGED_PATH_LIMIT), route, status: response.statusCode, durationMs, cache, remote, ...(aborted ? { aborted } : {}) };
    log[quietLine(path, response.statusCode) ? 'debug' : 'info'](line, `${method} ${line.path} ${response.statusCode} in ${durationMs} ms${aborted ? ' (the client went away)' : ''}`);
  });
}

// One JSON object a line for everything the process prints, before anything else logs.
routeConsoleThroughLog();

// Next logs every failed render with its stack; during an outage that is one stack per reader's request.
const logError = console.error;
console.error = function (/** @type {unknown[]} */ ...args) {
  const failure = args.find((arg) => isUnreachable(arg));
  if (failure) return noteUnreachable(failure);
  return logError.apply(this, args);
};

const createServer = http.createServer;
/** @type {typeof http.createServer} */
// @ts-expect-error: the overloads of createServer cannot be spelled for one wrapper; it passes its arguments on.
http.createServer = function createServerAtTheFrontDoor(...args) {
  const server = createServer.apply(http, args);
  const emit = server.emit;
  // Before any 'request' listener, Next's included, however it was added.
  server.emit = function (/** @type {string | symbol} */ event, /** @type {unknown[]} */ ...rest) {
    if (event === 'request') {
      const [request, response] = /** @type {[http.IncomingMessage, http.ServerResponse]} */ (rest);
      // The peer first, so that even a refused request's access line names a client address that cannot be forged.
      appendPeer(request);
      logAccess(request, response);
      const answer = frontDoorAnswer(request);
      if (answer) {
        response.writeHead(answer.status, { ...answer.headers, 'content-type': 'text/plain; charset=utf-8', 'cache-control': 'no-store' });
        response.end(answer.body);
        return true;
      }
      if (answerBeaconAtTheDoor(request, response)) return true;
      answerFailuresAsUnavailable(request, response);
      answerRedirectsPlainly(request, response);
    }
    return emit.call(this, event, ...rest);
  };
  return server;
};
