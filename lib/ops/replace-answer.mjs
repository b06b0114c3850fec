/**
 * How the front door (lib/http/front-door.mjs) answers in Next's place once Next has begun an answer: the localized
 * 503 for a page that failed while the database is away (there), a plain redirect (lib/ops/plain-redirect.mjs).
 * The response is wrapped before Next, and its compression, which writes through what it finds, sees it. When the
 * answer's head is written and `applies` to it, `answer` sets the headers it wants on the response and returns the
 * status and body to send instead; Next's body is dropped, and HEAD gets none. Any other answer passes untouched.
 *
 * @typedef {import('node:http').ServerResponse} Response
 * @typedef {{ status: number; body: string | Buffer }} Replacement
 * @param {import('node:http').IncomingMessage} request
 * @param {Response} response
 * @param {{ applies(response: Response, status: number, writeHeadArgs: unknown[]): boolean; answer(response: Response): Replacement }} how
 */
export function replaceAnswer(request, response, { applies, answer }) {
  const { writeHead, write, end } = response;
  /** @type {Replacement | null} */
  let replacement = null;
  // What Node does on the first write, done here only when the answer is to be replaced: otherwise Node's own
  // implicit head, which counts the length of a body given whole to `end`, stays as it is.
  const headFirst = (/** @type {Response} */ r) => {
    if (!r.headersSent && applies(r, r.statusCode, [])) r.writeHead(r.statusCode);
  };
  /** @type {typeof response.writeHead} */
  // @ts-expect-error: one wrapper for writeHead's overloads; it passes its arguments on.
  response.writeHead = function (/** @type {number} */ status, /** @type {unknown[]} */ ...rest) {
    if (replacement === null && !applies(this, status, rest)) return writeHead.call(this, status, ...rest);
    replacement ??= answer(this);
    this.setHeader('content-length', String(Buffer.byteLength(replacement.body)));
    return writeHead.call(this, replacement.status);
  };
  /** @type {typeof response.write} */
  // @ts-expect-error: as above.
  response.write = function (/** @type {unknown[]} */ ...args) {
    headFirst(this);
    if (replacement === null) return write.apply(this, /** @type {never} */ (args));
    const done = args.find((arg) => typeof arg === 'function');
    if (typeof done === 'function') queueMicrotask(() => done());
    return true;
  };
  /** @type {typeof response.end} */
  // @ts-expect-error: as above.
  response.end = function (/** @type {unknown[]} */ ...args) {
    headFirst(this);
    if (replacement === null) return end.apply(this, /** @type {never} */ (args));
    const done = args.find((arg) => typeof arg === 'function');
    return end.call(this, request.method === 'HEAD' ? '' : replacement.body, done);
  };
}
