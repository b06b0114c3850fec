import { defaultLocale, locales, type Alternates } from '@/lib/i18n/locales';

/** Which existing language version stands for a page when none fits the reader: Azerbaijani, then English, then Russian. */
const X_DEFAULT_ORDER = [defaultLocale, 'en', ...locales] as const;

/**
 * The x-default of a page. It depends only on which translations exist, never on the page asking, so every member
 * of a translation cluster names the same one; and it is one rule for the <head> and the sitemaps.
 */
export function xDefault(alternates: Alternates): string | undefined {
  for (const locale of X_DEFAULT_ORDER) {
    const url = alternates[locale];
    if (url) return url;
  }
  return undefined;
}
