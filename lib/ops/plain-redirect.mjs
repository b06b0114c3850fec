/**
 * A redirect thrown while a page renders (an article's old slug, its id alone: `permanentRedirect` in
 * app/[locale]/news/[article]/page.tsx) is answered by Next with its whole error document as the body, about 40 KB of
 * scripts, and, once the redirect is cached, with its `Location` twice (vercel/next.js#82117). A proxy that joins
 * repeated headers then sends `/a, /a`, which Googlebot refuses to follow. The front door (lib/http/front-door.mjs)
 * answers such a redirect with one `Location` and a few bytes of HTML instead; every other header (the edge's keys,
 * caching, the security policy) stays as Next set it. Payloads for client-side navigation (RSC) are left alone: the
 * router reads the redirect from them.
 */

import { replaceAnswer } from './replace-answer.mjs';

const REDIRECTS = new Set([301, 302, 303, 307, 308]);

/** @param {string} text */
const escapeHtml = (text) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/**
 * The body of a redirect to `location`: a link, for the rare client that does not follow it.
 * @param {string} location
 */
export function redirectBody(location) {
  const href = escapeHtml(location);
  return `<!doctype html><html><head><meta charset="utf-8"><title>${href}</title></head><body><a href="${href}">${href}</a></body></html>\n`;
}

/**
 * The one target of a response's `Location`, or null when it has none or names different ones.
 * @param {number | string | string[] | undefined} value
 */
export function singleLocation(value) {
  if (value === undefined) return null;
  const values = [...new Set((Array.isArray(value) ? value : [String(value)]).map((v) => v.trim()))];
  return values.length === 1 ? /** @type {string} */ (values[0]) : null;
}

/**
 * A page's HTML redirect keeps its status and headers, with one `Location`, and gets `redirectBody` for a body,
 * uncompressed (lib/ops/replace-answer.mjs).
 * @param {import('node:http').IncomingMessage} request
 * @param {import('node:http').ServerResponse} response
 */
export function answerRedirectsPlainly(request, response) {
  if ((request.method !== 'GET' && request.method !== 'HEAD') || request.headers.rsc !== undefined) return;
  replaceAnswer(request, response, {
    // Headers given to writeHead rather than set before are Next's own business: such an answer passes as it is.
    applies: (r, status, writeHeadArgs) =>
      REDIRECTS.has(status) &&
      !writeHeadArgs.some((arg) => typeof arg === 'object' && arg !== null) &&
      String(r.getHeader('content-type') ?? '').startsWith('text/html') &&
      singleLocation(r.getHeader('location')) !== null,
    answer: (r) => {
      const location = /** @type {string} */ (singleLocation(r.getHeader('location')));
      r.setHeader('location', location);
      r.removeHeader('content-encoding');
      r.removeHeader('transfer-encoding');
      r.setHeader('content-type', 'text/html; charset=utf-8');
      return { status: r.statusCode, body: redirectBody(location) };
    },
  });
}
