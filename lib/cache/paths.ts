import type { Locale } from '@/lib/i18n/locales';
import { articleImagePath, articlePath, authorPath, categoryPath, latestPath, localized, tagPath } from '@/lib/i18n/paths';
import { articleSitemapPath, newsSitemapPath, pagesSitemapPath, SITEMAP_INDEX_PATH } from '@/lib/i18n/sitemap-paths';
import { categoryFeedPath, localeFeedPath } from '@/lib/i18n/feed-paths';
import type { ArticleFootprint } from './footprint';

/** Routes whose older pages (`…/before/[cursor]`) are revalidated as a whole: any of them may list the article. */
export const OLDER_PAGE_ROUTES = [
  '/[locale]/latest/before/[cursor]',
  '/[locale]/category/[slug]/before/[cursor]',
  '/[locale]/tag/[slug]/before/[cursor]',
  '/[locale]/author/[slug]/before/[cursor]',
  // A live page's older entries.
  '/[locale]/news/[article]/before/[cursor]',
] as const;

/**
 * Every cached URL that shows an article, in the footprints given (before and after a change): its page in each
 * locale, home, latest, its category, tags and author, the sitemaps and the feeds. Nothing else.
 */
export function pathsTouchedBy(footprints: (ArticleFootprint | null)[]): string[] {
  const paths = new Set<string>([SITEMAP_INDEX_PATH]);
  for (const footprint of footprints) {
    if (!footprint) continue;
    for (const t of footprint.locales) {
      const locale: Locale = t.locale;
      const add = (path: string) => paths.add(localized(locale, path));
      add(articlePath(footprint.id, t.slug));
      add(articleImagePath(footprint.id, t.slug));
      add('/');
      add(latestPath());
      add(authorPath(footprint.author));
      if (t.category) {
        add(categoryPath(t.category));
        paths.add(categoryFeedPath(locale, t.category));
      }
      for (const tag of t.tags) add(tagPath(tag));
      paths.add(localeFeedPath(locale));
      paths.add(pagesSitemapPath(locale));
      paths.add(articleSitemapPath(locale, footprint.id));
      paths.add(newsSitemapPath(locale));
    }
  }
  return [...paths].sort();
}

/** The article's own page in every locale of the footprints given: what search engines are asked to recrawl. */
export function articlePagesOf(footprints: (ArticleFootprint | null)[]): string[] {
  const pages = new Set<string>();
  for (const footprint of footprints) {
    if (!footprint) continue;
    for (const t of footprint.locales) pages.add(localized(t.locale, articlePath(footprint.id, t.slug)));
  }
  return [...pages].sort();
}
