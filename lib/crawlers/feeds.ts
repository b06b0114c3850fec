import 'server-only';
import { getTranslations } from 'next-intl/server';
import { listFeedItems } from '@/lib/content/crawl';
import { getCategory } from '@/lib/content/taxonomy';
import type { Locale } from '@/lib/i18n/locales';
import { categoryPath, localized } from '@/lib/i18n/paths';
import { categoryFeedPath, localeFeedPath } from '../i18n/feed-paths';
import { FEED_ITEMS, rssXml } from './rss';

/** The feed of a whole locale: its newest articles. */
export async function localeFeed(locale: Locale): Promise<string> {
  const [t, items] = await Promise.all([getTranslations({ locale, namespace: 'Feed' }), listFeedItems(locale, FEED_ITEMS)]);
  return rssXml(
    { locale, title: t('title'), description: t('description'), pagePath: localized(locale, '/'), feedPath: localeFeedPath(locale) },
    items,
  );
}

/** The feed of one category in one locale, or null when the locale has no category by that slug. */
export async function categoryFeed(locale: Locale, slug: string): Promise<string | null> {
  const category = await getCategory(locale, slug);
  if (!category) return null;
  const [t, items] = await Promise.all([
    getTranslations({ locale, namespace: 'Feed' }),
    listFeedItems(locale, FEED_ITEMS, category.id),
  ]);
  return rssXml(
    {
      locale,
      title: t('categoryTitle', { name: category.name }),
      description: t('categoryDescription', { name: category.name }),
      pagePath: localized(locale, categoryPath(slug)),
      feedPath: categoryFeedPath(locale, slug),
    },
    items,
  );
}
