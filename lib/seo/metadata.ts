import type { Metadata } from 'next';
import { locales, type Alternates, type Locale } from '@/lib/i18n/locales';
import { xDefault } from './alternates';
import { localized } from '@/lib/i18n/paths';

/** Alternate URLs of a page that exists, under the same unlocalized path, in every locale. */
export function everyLocale(path: string): Alternates {
  return Object.fromEntries(locales.map((locale) => [locale, localized(locale, path)]));
}

/** Alternate URLs from a translation list: only the locales that have one, each with its own slug. */
export function alternatesFrom(translations: { locale: Locale; slug: string }[], pathOf: (slug: string) => string): Alternates {
  return Object.fromEntries(translations.map(({ locale, slug }) => [locale, localized(locale, pathOf(slug))]));
}

/** Title, description, a self-referencing canonical and hreflang for exactly the languages the page exists in. */
export function pageMetadata({
  locale,
  alternates,
  title,
  description,
  absoluteTitle = false,
}: {
  locale: Locale;
  alternates: Alternates;
  title: string;
  description: string;
  absoluteTitle?: boolean;
}): Metadata {
  const canonical = alternates[locale];
  const fallback = xDefault(alternates, locale);
  return {
    title: absoluteTitle ? { absolute: title } : title,
    description,
    alternates: {
      canonical,
      languages: { ...alternates, ...(fallback ? { 'x-default': fallback } : {}) },
    },
    openGraph: { title, description, url: canonical, locale, type: 'website', siteName: 'Anews' },
  };
}
