/**
 * Preloaded into the Next server by `npm start` and `npm run dev` (scripts/run.ts, `node --import`): each request's
 * `X-Forwarded-For` gets the address of the socket it arrived on appended, as every proxy appends its peer's. Next
 * itself fills the header from the socket only when the client sent none, so without this the last entry would be
 * whatever the client wrote. lib/client-address.ts counts `TRUSTED_PROXY_HOPS` entries back from this one.
 */
import http from 'node:http';

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

const createServer = http.createServer;
/** @type {typeof http.createServer} */
// @ts-expect-error: the overloads of createServer cannot be spelled for one wrapper; it passes its arguments on.
http.createServer = function createServerWithPeer(...args) {
  const server = createServer.apply(http, args);
  server.prependListener('request', appendPeer);
  return server;
};
