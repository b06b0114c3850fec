import type { Article } from '@/lib/content/articles';
import { excerpt, type LiveCoverage } from '@/lib/content/live';
import { documentText } from '@/lib/document/schema';
import { articlePath, localized } from '@/lib/i18n/paths';
import { siteUrl } from '@/lib/http/site';
import { newsArticleJsonLd, type JsonLdObject } from './structured-data';

/**
 * Schema.org LiveBlogPosting of a live page in one language: the article's own fields (headline, dates, author,
 * publisher, image), the coverage's start and, once ended, its end, and a `liveBlogUpdate` for each entry the page
 * shows, each with its own `@id`: the page's URL and the entry's anchor (`#entry-N`).
 */
export function liveBlogJsonLd(article: Article, coverage: LiveCoverage, description: string): JsonLdObject {
  const base = newsArticleJsonLd(article, description);
  const url = `${siteUrl()}${localized(article.locale, articlePath(article.id, article.slug))}`;
  const entries = [...(coverage.pinned && !coverage.entries.some((e) => e.id === coverage.pinned!.id) ? [coverage.pinned] : []), ...coverage.entries];
  const modified = [base.dateModified as string, ...(coverage.lastUpdatedAt ? [coverage.lastUpdatedAt.toISOString()] : [])].sort().at(-1);
  return {
    ...base,
    '@type': 'LiveBlogPosting',
    '@id': url,
    dateModified: modified,
    ...(coverage.startedAt ? { coverageStartTime: coverage.startedAt.toISOString() } : {}),
    ...(coverage.endedAt ? { coverageEndTime: coverage.endedAt.toISOString() } : {}),
    liveBlogUpdate: entries.map((entry) => ({
      '@type': 'BlogPosting',
      '@id': `${url}#entry-${entry.id}`,
      url: `${url}#entry-${entry.id}`,
      headline: (entry.title || excerpt(entry.body, 110)).slice(0, 110),
      articleBody: documentText(entry.body),
      datePublished: entry.postedAt.toISOString(),
      dateModified: entry.updatedAt.toISOString(),
      inLanguage: article.locale,
      ...(entry.author ? { author: { '@type': 'Person', name: entry.author } } : { author: base.author }),
    })),
  };
}
