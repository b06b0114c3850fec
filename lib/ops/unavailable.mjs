// @ts-check
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { defaultLocale, locales } from '../i18n/locale-list.mjs';

/**
 * The localized 503 that replaces a page Next could not render while the database is away (lib/http/front-door.mjs):
 * the page app/unavailable/[locale] prerendered at build, so that it has the site's header, footer and styles with no
 * database to render them from. Plain JavaScript, for the front door.
 */

// lib/i18n/admin-locale.ts
const ADMIN_LOCALE = /(?:^|;\s*)ADMIN_LOCALE=([^;]*)/;
export const RETRY_AFTER_SECONDS = 5;

/** @typedef {(typeof locales)[number]} Locale */

/** @param {unknown} value @returns {value is Locale} */
const isLocale = (value) => typeof value === 'string' && /** @type {readonly string[]} */ (locales).includes(value);

/**
 * The language of the answer: the path's, the newsroom's cookie for /admin, else the default.
 * @param {string} url
 * @param {string | undefined} cookie
 * @returns {Locale}
 */
export function unavailableLocale(url, cookie) {
  const first = url.split(/[/?#]/)[1];
  if (isLocale(first)) return first;
  if (first === 'admin') {
    const chosen = ADMIN_LOCALE.exec(cookie ?? '')?.[1];
    if (isLocale(chosen)) return chosen;
  }
  return defaultLocale;
}

/**
 * Whether a failed answer to this request becomes the page: what a browser or a crawler reads. /api/ answers for
 * itself (readiness answers 503 on purpose), and Next's own files do not depend on the database.
 * @param {string | undefined} method
 * @param {string | undefined} url
 */
export function answersUnavailable(method, url = '/') {
  return (method === 'GET' || method === 'HEAD') && !/^\/(api|_next)(\/|$)/.test(url);
}

/**
 * The prerendered page without its scripts: it needs none, and Next's router, started on an address that is not the
 * page's own, would rewrite the address bar or fetch the page it thinks it is on.
 * @param {string} html
 */
export function withoutScripts(html) {
  return html.replace(/<script\b[^>]*>[\s\S]*?<\/script>/g, '').replace(/<link\b[^>]*\bas="script"[^>]*>/g, '');
}

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..', '..');

/** @param {string} text */
const escapeHtml = (text) => text.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c] ?? c);

/**
 * Without a build (`next dev`) there is no prerendered page: the same words, plainly.
 * @param {Locale} locale
 */
function plainPage(locale) {
  const t = JSON.parse(readFileSync(path.join(root, 'messages', `${locale}.json`), 'utf8')).Unavailable;
  return `<!doctype html><html lang="${locale}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><meta name="robots" content="noindex"><title>${escapeHtml(t.title)}</title>
<style>body{font-family:system-ui,sans-serif;max-width:40rem;margin:4rem auto;padding:0 1rem;color:#171717;text-align:center}a{color:#8c0f17;font-weight:600;margin:0 .75rem}</style></head>
<body><main><h1>${escapeHtml(t.title)}</h1><p>${escapeHtml(t.description)}</p><p><a href="">${escapeHtml(t.retry)}</a><a href="/${locale}">${escapeHtml(t.home)}</a></p></main></body></html>`;
}

/** @type {Map<Locale, Buffer>} */
const pages = new Map();

/**
 * Read once per process: the build does not change under a running server.
 * @param {Locale} locale
 * @returns {Buffer}
 */
export function unavailablePage(locale) {
  let page = pages.get(locale);
  if (!page) {
    let html;
    try {
      html = withoutScripts(readFileSync(path.join(root, '.next', 'server', 'app', 'unavailable', `${locale}.html`), 'utf8'));
    } catch {
      html = plainPage(locale);
    }
    page = Buffer.from(html);
    pages.set(locale, page);
  }
  return page;
}
