import { defineRouting } from 'next-intl/routing';
import { defaultLocale, locales } from './locales';

/** Where the reader's language choice is kept; `/` honours it before Accept-Language. */
export const LOCALE_COOKIE = { name: 'NEXT_LOCALE', maxAge: 60 * 60 * 24 * 365, sameSite: 'lax', path: '/' } as const;

export const routing = defineRouting({
  locales,
  defaultLocale,
  localePrefix: 'always',
  localeCookie: LOCALE_COOKIE,
  // Pages set their own hreflang alternates: an article has only the translations that exist.
  alternateLinks: false,
});
