// @ts-check

/**
 * The site's languages, listed once. Plain JavaScript, so that the front door (lib/http/front-door.mjs), which Node
 * preloads before any TypeScript, reads the same list as the bundle; lib/i18n/locales.ts derives the types from it.
 */
export const locales = /** @type {const} */ (['ru', 'az', 'en']);

/** @type {(typeof locales)[number]} */
export const defaultLocale = 'az';

/** `ru|az|en`: the alternatives of a route pattern that starts with a locale. */
export const localePattern = locales.join('|');
