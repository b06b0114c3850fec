// @ts-check

/**
 * How large a request body may be, in one place: the media library's own check, the admin's forms (which refuse a
 * file over the limit before sending it), Next's limits (next.config.ts) and the front door (lib/http/front-door.mjs),
 * which answers a larger form post with 413 before Next reads a byte of it. Plain JavaScript: the front door imports
 * it outside the bundle.
 */

/** The largest image an editor may upload. */
export const MAX_UPLOAD_BYTES = 10 * 1024 * 1024;

/**
 * The largest body a form post may have: one upload, with room for the form's other fields and the multipart framing.
 * Next's limit for server actions and for the copy of the body it makes for proxy.ts are set to it; below them, an
 * upload over MAX_UPLOAD_BYTES still reaches the action and gets the form's own "too large".
 */
export const MAX_FORM_BODY_BYTES = MAX_UPLOAD_BYTES + 1024 * 1024;

/**
 * The largest body a route handler under /api/ takes (sign-in, the view beacon, revalidation: a few hundred bytes
 * each). The front door answers a larger one 413, so that no handler buffers a stranger's gigabyte.
 */
export const MAX_API_BODY_BYTES = 64 * 1024;

/**
 * The largest body the "now" board's beacon may carry (`POST /api/now`, lib/now/beacon.ts): the reader pages' script
 * sends none, all it says is in the query. Refused with 413 above it, as any other body over its limit.
 */
export const MAX_BEACON_BODY_BYTES = 1024;
