import type { Article } from '@/lib/content/articles';
import { documentText } from '@/lib/document/schema';
import type { Locale } from '@/lib/i18n/locales';
import { articlePath, authorPath, categoryPath, localized } from '@/lib/i18n/paths';
import { siteUrl } from '@/lib/http/site';
import { articleShareImage } from './article-image';
import { SITE_NAME } from './metadata';

export type JsonLdObject = { '@context': 'https://schema.org'; '@type': string; [key: string]: unknown };

const absolute = (path: string) => `${siteUrl()}${path}`;

/** Schema.org NewsArticle of a published article in one language, as search engines' news features read it. */
export function newsArticleJsonLd(article: Article, description: string): JsonLdObject {
  const locale = article.locale;
  const url = absolute(localized(locale, articlePath(article.id, article.slug)));
  return {
    '@context': 'https://schema.org',
    '@type': 'NewsArticle',
    headline: article.title.slice(0, 110),
    description,
    datePublished: article.publishedAt.toISOString(),
    dateModified: (article.updatedAt > article.publishedAt ? article.updatedAt : article.publishedAt).toISOString(),
    inLanguage: locale,
    mainEntityOfPage: { '@type': 'WebPage', '@id': url },
    url,
    articleSection: article.category.name,
    keywords: article.tags.map((tag) => tag.name),
    wordCount: documentText(article.body).split(/\s+/).filter(Boolean).length,
    image: [{ '@type': 'ImageObject', ...articleShareImage(article) }],
    author: [{ '@type': 'Person', name: article.author.name, url: absolute(localized(locale, authorPath(article.author.slug))) }],
    publisher: {
      '@type': 'NewsMediaOrganization',
      name: SITE_NAME,
      url: absolute(localized(locale, '/')),
      logo: { '@type': 'ImageObject', url: absolute('/logo.png'), width: 600, height: 60 },
    },
  };
}

/** Home › section › article, the trail the article page shows. */
export function articleBreadcrumbJsonLd(article: Article, homeName: string): JsonLdObject {
  const locale: Locale = article.locale;
  const trail = [
    { name: homeName, path: localized(locale, '/') },
    { name: article.category.name, path: localized(locale, categoryPath(article.category.slug)) },
    { name: article.title, path: localized(locale, articlePath(article.id, article.slug)) },
  ];
  return {
    '@context': 'https://schema.org',
    '@type': 'BreadcrumbList',
    itemListElement: trail.map((step, index) => ({ '@type': 'ListItem', position: index + 1, name: step.name, item: absolute(step.path) })),
  };
}

/** JSON for a `<script type="application/ld+json">`: `<` escaped so no text can close the script element. */
export function serializeJsonLd(data: JsonLdObject | JsonLdObject[]): string {
  return JSON.stringify(data).replace(/</g, '\\u003c').replace(/\u2028/g, '\\u2028').replace(/\u2029/g, '\\u2029');
}
