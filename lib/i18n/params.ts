import { hasLocale } from 'next-intl';
import { notFound } from 'next/navigation';
import type { Locale } from './locales';
import { routing } from './routing';

export type LocaleParams = { params: Promise<{ locale: string }> };

/** The page's locale from its params; an unknown one is the localized 404 page. */
export async function readerLocale(params: Promise<{ locale: string }>): Promise<Locale> {
  const { locale } = await params;
  if (!hasLocale(routing.locales, locale)) notFound();
  return locale;
}
