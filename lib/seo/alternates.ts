import { defaultLocale, type Alternates, type Locale } from '@/lib/i18n/locales';

/**
 * The x-default of a page: its version in the default language when there is one, else the page itself. One rule for
 * the <head> and the sitemaps, so both announce the same set.
 */
export function xDefault(alternates: Alternates, locale: Locale): string | undefined {
  return alternates[defaultLocale] ?? alternates[locale];
}
