/**
 * What every request meets before Next, preloaded into the Next server by `npm start` and `npm run dev`
 * (scripts/run.ts, `node --import`):
 * - `X-Forwarded-For` gets the address of the socket the request arrived on appended, as every proxy appends its
 *   peer's. Next itself fills the header from the socket only when the client sent none, so without this the last
 *   entry would be whatever the client wrote. lib/client-address.ts counts `TRUSTED_PROXY_HOPS` entries back from it.
 * - A method the site does not answer gets 405 with `Allow`: pages answer GET, HEAD and POST (server actions); route
 *   handlers under /api/ answer for themselves, but never TRACE, CONNECT or a WebDAV verb, which Next's own request
 *   object refuses to exist with (a 500).
 */
import http from 'node:http';

const STANDARD = new Set(['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS']);
const PAGE = new Set(['GET', 'HEAD', 'POST']);

/**
 * `::ffff:203.0.113.7` is the IPv4 address 203.0.113.7 on a dual-stack socket.
 * @param {import('node:net').Socket | undefined} socket
 */
function peerOf(socket) {
  const address = (socket && socket.remoteAddress) || 'unknown';
  return address.startsWith('::ffff:') && address.includes('.') ? address.slice(7) : address;
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
      const allow = refusedMethod(request.method, request.url);
      if (allow) {
        response.writeHead(405, { allow, 'content-type': 'text/plain; charset=utf-8', 'cache-control': 'no-store' });
        response.end('Method not allowed.\n');
        return true;
      }
      appendPeer(request);
    }
    return emit.call(this, event, ...rest);
  };
  return server;
};
