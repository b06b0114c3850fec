/**
 * Whether a request path can name anything of the site, checked before Next sees it: by lib/http/front-door.mjs for
 * the routes outside the reader pages, by proxy.ts (with a localized answer) for the reader pages. Plain JavaScript,
 * so that the front door, which Node preloads before any TypeScript, can import it.
 */

/**
 * Whether a path decodes to text a route could be named by: valid UTF-8 (no lone surrogate), no control character
 * (NUL would reach PostgreSQL, which refuses it), and no `%` left over (`%25`: Next decodes route parameters once
 * more, and throws on what remains).
 * @param {string} pathname
 */
export function decodesCleanly(pathname) {
  try {
    return !/[%\u0000-\u001f\u007f]/.test(decodeURIComponent(pathname));
  } catch {
    return false;
  }
}

/**
 * Longer than any address of the site (slugs stop at 120 characters): Next would name a cache file after it, and the
 * file system refuses names over 255 bytes.
 * @param {string} pathname
 */
export function tooLong(pathname) {
  return pathname.length > 1_000 || pathname.split('/').some((segment) => segment.length > 200);
}
