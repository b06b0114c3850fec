// @ts-check
import { processWide } from '../ops/singleton.mjs';

/**
 * The "now" board's beacon answered at the front door (lib/http/front-door.mjs), before Next. Every reader page sends
 * it when it opens and every 15 s of engaged time, uncached by the edge, so it is most of what reaches the instances.
 * Through Next's route a beacon cost 1.5 ms of CPU, answered here 0.19 ms (docs/performance.md).
 *
 * The answer is the bundle's (lib/now/beacon.ts, the one implementation, which app/api/now/route.ts calls too): at its
 * start the server hands it over (instrumentation.ts), and from then on the front door calls it here. Until then, and
 * in any process where nobody handed it over, the beacon goes on to Next's route. Plain JavaScript with its state
 * process-wide, because the front door runs outside the bundle.
 */

export const BEACON_PATH = '/api/now';

/** @typedef {{ get(name: string): string | null }} HeaderReader what the beacon reads of a request's headers */
/** @typedef {{ status: number; headers: Record<string, string>; body: string | null }} BeaconAnswer */
/** @typedef {(query: URLSearchParams, headers: HeaderReader) => Promise<BeaconAnswer>} BeaconHandler */

const door = () => processWide('newsroom.nowBeacon', () => /** @type {{ handle: BeaconHandler | null }} */ ({ handle: null }));

/**
 * From now on the front door answers the beacon with `handle`.
 * @param {BeaconHandler} handle
 */
export function openBeaconDoor(handle) {
  door().handle = handle;
}

// Only the path and the query of the request line are read; a base of our own makes them a URL, never the Host header.
const BASE = 'http://front-door.invalid';

/**
 * The request's headers as the route handler's `Headers` gives them: by name in any case, repeated ones joined.
 * @param {import('node:http').IncomingHttpHeaders} headers
 * @returns {HeaderReader}
 */
function headerReader(headers) {
  return {
    get(name) {
      const value = headers[name.toLowerCase()];
      if (value === undefined) return null;
      return Array.isArray(value) ? value.join(', ') : value;
    },
  };
}

/**
 * Answers `POST /api/now` (the path exactly, any query) with the bundle's handler, if it has been handed over; false
 * for any other request, which Next answers. The front door has already bounded the body (lib/http/body-limits.mjs),
 * which the beacon never reads: Node discards it once the answer is sent.
 * @param {import('node:http').IncomingMessage} request
 * @param {import('node:http').ServerResponse} response
 * @returns {boolean}
 */
export function answerBeaconAtTheDoor(request, response) {
  const { handle } = door();
  if (handle === null || request.method !== 'POST') return false;
  const url = request.url ?? '/';
  const queryAt = url.indexOf('?');
  if ((queryAt === -1 ? url : url.slice(0, queryAt)) !== BEACON_PATH) return false;
  let answered;
  try {
    answered = handle(new URL(url, BASE).searchParams, headerReader(request.headers));
  } catch (error) {
    answered = Promise.reject(error);
  }
  answered.then(
    (answer) => {
      response.writeHead(answer.status, answer.headers);
      response.end(answer.body ?? undefined);
    },
    (error) => {
      console.error('[now] the beacon could not be answered:', error);
      if (!response.headersSent) response.writeHead(500, { 'cache-control': 'no-store' });
      response.end();
    },
  );
  return true;
}
