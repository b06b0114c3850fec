/**
 * A redirect thrown while a page renders (an article's old slug, its id alone: `permanentRedirect` in
 * app/[locale]/news/[article]/page.tsx) is answered by Next with its whole error document as the body, about 40 KB of
 * scripts, and, once the redirect is cached, with its `Location` twice (vercel/next.js#82117). A proxy that joins
 * repeated headers then sends `/a, /a`, which Googlebot refuses to follow. The front door (scripts/front-door.mjs)
 * answers such a redirect with one `Location` and a few bytes of HTML instead; every other header (the edge's keys,
 * caching, the security policy) stays as Next set it. Payloads for client-side navigation (RSC) are left alone: the
 * router reads the redirect from them.
 */

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
 * Wraps the response before Next sees it, as the front door's 503 does: a page's HTML redirect keeps its status and
 * headers, with one `Location`, and gets `redirectBody` for a body, uncompressed.
 * @param {import('node:http').IncomingMessage} request
 * @param {import('node:http').ServerResponse} response
 */
export function answerRedirectsPlainly(request, response) {
  if ((request.method !== 'GET' && request.method !== 'HEAD') || request.headers.rsc !== undefined) return;
  const { writeHead, write, end } = response;
  /** @type {string | null} */
  let replacedBy = null;
  const isHtmlRedirect = (/** @type {import('node:http').ServerResponse} */ r, /** @type {number} */ status) =>
    REDIRECTS.has(status) && String(r.getHeader('content-type') ?? '').startsWith('text/html') && singleLocation(r.getHeader('location')) !== null;
  /** @type {typeof response.writeHead} */
  // @ts-expect-error: one wrapper for writeHead's overloads; it passes its arguments on.
  response.writeHead = function (/** @type {number} */ status, /** @type {unknown[]} */ ...rest) {
    // Headers given here rather than set before are Next's own business: such an answer is passed on as it is.
    const givenHeaders = rest.some((arg) => typeof arg === 'object' && arg !== null);
    if (replacedBy !== null || givenHeaders || !isHtmlRedirect(this, status)) return writeHead.call(this, status, ...rest);
    const location = /** @type {string} */ (singleLocation(this.getHeader('location')));
    replacedBy = redirectBody(location);
    this.setHeader('location', location);
    this.removeHeader('content-encoding');
    this.removeHeader('transfer-encoding');
    this.setHeader('content-type', 'text/html; charset=utf-8');
    this.setHeader('content-length', String(Buffer.byteLength(replacedBy)));
    return writeHead.call(this, status, ...rest);
  };
  /** @type {typeof response.write} */
  // @ts-expect-error: as above.
  response.write = function (/** @type {unknown[]} */ ...args) {
    if (!this.headersSent && isHtmlRedirect(this, this.statusCode)) this.writeHead(this.statusCode);
    if (replacedBy === null) return write.apply(this, /** @type {never} */ (args));
    const done = args.find((arg) => typeof arg === 'function');
    if (typeof done === 'function') queueMicrotask(() => done());
    return true;
  };
  /** @type {typeof response.end} */
  // @ts-expect-error: as above.
  response.end = function (/** @type {unknown[]} */ ...args) {
    if (!this.headersSent && isHtmlRedirect(this, this.statusCode)) this.writeHead(this.statusCode);
    if (replacedBy === null) return end.apply(this, /** @type {never} */ (args));
    const done = args.find((arg) => typeof arg === 'function');
    return end.call(this, request.method === 'HEAD' ? '' : replacedBy, done);
  };
}
