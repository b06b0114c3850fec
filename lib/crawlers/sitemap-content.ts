import 'server-only';
import { listArticleChunks, listListingLastModified, listNewsSitemapArticles, listSitemapArticles, listTermTranslations, type SitemapArticle, type TermKind } from '@/lib/content/crawl';
import { locales, type Alternates, type Locale } from '@/lib/i18n/locales';
import { articlePath, authorPath, categoryPath, latestPath, localized, tagPath } from '@/lib/i18n/paths';
import { alternatesFrom, everyLocale } from '@/lib/seo/metadata';
import { articleChunkSitemapPath, newsSitemapPath, pagesSitemapPath, type SitemapFile } from '../i18n/sitemap-paths';
import { sitemapIndexXml, urlsetXml, type SitemapUrl } from './sitemaps';

const TERM_PATHS: Record<TermKind, (slug: string) => string> = { category: categoryPath, tag: tagPath, author: authorPath };

/** The index: for each locale its pages, its article chunks and, when anything is that fresh, its news sitemap. */
export async function sitemapIndex(): Promise<string> {
  const perLocale = await Promise.all(
    locales.map(async (locale) => {
      const [chunks, news] = await Promise.all([listArticleChunks(locale), listNewsSitemapArticles(locale)]);
      // The pages sitemap changes when any article of the locale does: the newest of its chunks.
      const newestChunk = Math.max(...chunks.map((c) => c.lastModified.getTime()));
      return [
        { path: pagesSitemapPath(locale), lastModified: chunks.length ? new Date(newestChunk) : null },
        ...chunks.map(({ chunk, lastModified }) => ({ path: articleChunkSitemapPath(locale, chunk), lastModified })),
        // An empty urlset is not a valid sitemap: the news sitemap is announced only while it lists something.
        ...(news.length ? [{ path: newsSitemapPath(locale), lastModified: newest(news) }] : []),
      ];
    }),
  );
  return sitemapIndexXml(perLocale.flat());
}

function newest(articles: SitemapArticle[]): Date | null {
  const times = articles.map((a) => a.lastModified.getTime());
  return times.length ? new Date(Math.max(...times)) : null;
}

function articleUrl(locale: Locale, article: SitemapArticle, news: boolean): SitemapUrl {
  const path = articlePath(article.id, article.slug);
  return {
    locale,
    path: localized(locale, path),
    lastModified: article.lastModified,
    alternates: alternatesFrom(article.translations, (slug) => articlePath(article.id, slug)),
    news: news ? { title: article.title, publishedAt: article.publishedAt } : undefined,
  };
}

/** Home, latest and every category, tag and author page that lists something in this locale. */
async function pagesUrls(locale: Locale): Promise<SitemapUrl[]> {
  const [byLocale, terms] = await Promise.all([Promise.all(locales.map(listListingLastModified)), listTermTranslations()]);
  const changedIn = (other: Locale) => byLocale[locales.indexOf(other)]!;
  const listings = changedIn(locale);
  const urls: SitemapUrl[] = [
    { locale, path: localized(locale, '/'), lastModified: listings.site, alternates: everyLocale('/') },
    { locale, path: localized(locale, latestPath()), lastModified: listings.site, alternates: everyLocale(latestPath()) },
  ];
  const changed = (kind: TermKind, other: Locale) => {
    const l = changedIn(other);
    return { category: l.categories, tag: l.tags, author: l.authors }[kind];
  };
  for (const term of terms) {
    const lastModified = changed(term.kind, locale).get(term.id);
    if (term.locale !== locale || !lastModified) continue;
    const pathOf = TERM_PATHS[term.kind];
    // The same rule as the listing page: other languages only where the listing shows something.
    const alternates: Alternates = alternatesFrom(
      terms.filter((other) => other.kind === term.kind && other.id === term.id && changed(other.kind, other.locale).has(other.id)),
      pathOf,
    );
    urls.push({ locale, path: localized(locale, pathOf(term.slug)), lastModified, alternates });
  }
  return urls;
}

/** One sitemap file of a locale; null for an article chunk that holds no live article. */
export async function sitemapFile(locale: Locale, file: SitemapFile): Promise<string | null> {
  switch (file.kind) {
    case 'pages':
      return urlsetXml(await pagesUrls(locale));
    case 'news':
      return urlsetXml((await listNewsSitemapArticles(locale)).map((article) => articleUrl(locale, article, true)));
    case 'articles': {
      const articles = await listSitemapArticles(locale, file.chunk);
      return articles.length ? urlsetXml(articles.map((article) => articleUrl(locale, article, false))) : null;
    }
  }
}
