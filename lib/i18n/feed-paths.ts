import type { Locale } from '@/lib/i18n/locales';

export const localeFeedPath = (locale: Locale) => `/${locale}/rss.xml`;
export const categoryFeedPath = (locale: Locale, categorySlug: string) => `/${locale}/category/${categorySlug}/rss.xml`;
