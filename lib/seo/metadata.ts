import type { Metadata } from 'next';
import { localeFeedPath } from '@/lib/i18n/feed-paths';
import { locales, type Alternates, type Locale } from '@/lib/i18n/locales';
import { localized } from '@/lib/i18n/paths';
import { xDefault } from './alternates';

export const SITE_NAME = 'Anews';

/** Open Graph locales (language_TERRITORY) of the site's languages. */
export const OG_LOCALE: Record<Locale, string> = { ru: 'ru_RU', az: 'az_AZ', en: 'en_GB' };

/** Alternate URLs of a page that exists, under the same unlocalized path, in every locale. */
export function everyLocale(path: string): Alternates {
  return Object.fromEntries(locales.map((locale) => [locale, localized(locale, path)]));
}

/** Alternate URLs from a translation list: only the locales that have one, each with its own slug. */
export function alternatesFrom(translations: { locale: Locale; slug: string }[], pathOf: (slug: string) => string): Alternates {
  return Object.fromEntries(translations.map(({ locale, slug }) => [locale, localized(locale, pathOf(slug))]));
}

export interface ArticleMetadata {
  publishedAt: Date;
  modifiedAt: Date;
  section: string;
  tags: string[];
  authorUrl: string;
}

/**
 * Title, description, a self-referencing canonical, hreflang for exactly the languages the page exists in (plus
 * x-default), the locale's feed, and Open Graph / Twitter cards naming the same languages.
 */
export function pageMetadata({
  locale,
  alternates,
  title,
  description,
  absoluteTitle = false,
  article,
}: {
  locale: Locale;
  alternates: Alternates;
  title: string;
  description: string;
  absoluteTitle?: boolean;
  article?: ArticleMetadata;
}): Metadata {
  const canonical = alternates[locale];
  const fallback = xDefault(alternates);
  const otherLocales = locales.filter((other) => other !== locale && alternates[other]).map((other) => OG_LOCALE[other]);
  return {
    title: absoluteTitle ? { absolute: title } : title,
    description,
    alternates: {
      canonical,
      languages: { ...alternates, ...(fallback ? { 'x-default': fallback } : {}) },
      types: { 'application/rss+xml': localeFeedPath(locale) },
    },
    openGraph: {
      title,
      description,
      url: canonical,
      siteName: SITE_NAME,
      locale: OG_LOCALE[locale],
      alternateLocale: otherLocales,
      ...(article
        ? {
            type: 'article',
            publishedTime: article.publishedAt.toISOString(),
            modifiedTime: article.modifiedAt.toISOString(),
            section: article.section,
            tags: article.tags,
            authors: [article.authorUrl],
          }
        : { type: 'website' }),
    },
    twitter: { card: article ? 'summary_large_image' : 'summary', title, description },
  };
}
