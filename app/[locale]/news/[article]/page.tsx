import type { Metadata } from 'next';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { draftMode } from 'next/headers';
import { notFound } from 'next/navigation';
import { ArticleView } from '@/components/article/ArticleView';
import { PreviewBanner } from '@/components/article/PreviewBanner';
import { ViewBeacon } from '@/components/article/ViewBeacon';
import { LiveView } from '@/components/live/LiveView';
import { JsonLd } from '@/components/seo/JsonLd';
import { MostRead } from '@/components/site/MostRead';
import { PageShell } from '@/components/site/PageShell';
import { currentStaff } from '@/lib/auth/staff';
import { getArticlePreview, getPublishedArticle, listRecentArticleParams, type Article } from '@/lib/content/articles';
import { getLiveCoverage } from '@/lib/content/live';
import { documentText } from '@/lib/document/schema';
import type { Locale } from '@/lib/i18n/locales';
import { articlePath, authorPath, localized, parseArticleParam } from '@/lib/i18n/paths';
import { readerLocale } from '@/lib/i18n/params';
import { permanentRedirect } from '@/lib/i18n/navigation';
import { articleShareImage } from '@/lib/seo/article-image';
import { siteUrl } from '@/lib/http/site';
import { alternatesFrom, pageMetadata } from '@/lib/seo/metadata';
import { liveBlogJsonLd } from '@/lib/seo/live-blog';
import { articleBreadcrumbJsonLd, newsArticleJsonLd } from '@/lib/seo/structured-data';

export const revalidate = 300;

type Props = { params: Promise<{ locale: string; article: string }> };

/** The newest articles of each locale are prerendered at build; the rest render on first request, then are cached. */
export async function generateStaticParams({ params }: { params: { locale: string } }) {
  const recent = await listRecentArticleParams(30);
  return recent.filter((a) => a.locale === params.locale).map((a) => ({ article: `${a.id}-${a.slug}` }));
}

/**
 * Staff previewing (draft mode, turned on by app/api/admin/preview) see the article in whatever state it is; draft mode
 * is off while pages are prerendered and for every reader, so the cached page is never the preview.
 */
async function isStaffPreview(): Promise<boolean> {
  return (await draftMode()).isEnabled && (await currentStaff()) !== null;
}

async function loadArticle(params: Props['params']): Promise<{ locale: Locale; article: Article; slugMatches: boolean; preview: boolean }> {
  const locale = await readerLocale(params);
  const parsed = parseArticleParam((await params).article);
  const preview = await isStaffPreview();
  const article = parsed ? await (preview ? getArticlePreview : getPublishedArticle)(parsed.id, locale) : null;
  if (!parsed || !article) notFound();
  return { locale, article, slugMatches: parsed.slug === article.slug, preview };
}

const describe = (article: Article) => article.seoDescription ?? (article.lead || documentText(article.body).slice(0, 200));
const alternatesOf = (article: Article) => alternatesFrom(article.translations, (slug) => articlePath(article.id, slug));

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, article } = await loadArticle(params);
  const metadata = pageMetadata({
    locale,
    alternates: alternatesOf(article),
    title: article.seoTitle ?? article.title,
    description: describe(article),
    article: {
      publishedAt: article.publishedAt,
      modifiedAt: article.updatedAt > article.publishedAt ? article.updatedAt : article.publishedAt,
      section: article.category.name,
      tags: article.tags.map((tag) => tag.name),
      authorUrl: `${siteUrl()}${localized(locale, authorPath(article.author.slug))}`,
    },
  });
  const image = { ...articleShareImage(article), alt: article.cover?.alt || article.title };
  return { ...metadata, openGraph: { ...metadata.openGraph, images: [image] }, twitter: { ...metadata.twitter, images: [image] } };
}

export default async function ArticlePage({ params }: Props) {
  const { locale, article, slugMatches, preview } = await loadArticle(params);
  setRequestLocale(locale);
  // The id identifies the article; a wrong or outdated slug is sent on to the canonical address.
  if (!slugMatches) permanentRedirect({ href: articlePath(article.id, article.slug), locale });
  const tSite = await getTranslations({ locale, namespace: 'Site' });
  // Live coverage is an article of its own kind: the same URL, metadata and life, with its entries instead of a body.
  const coverage = article.coverage ? await getLiveCoverage(article.id, locale) : null;
  return (
    <PageShell locale={locale} alternates={alternatesOf(article)}>
      {preview ? (
        <PreviewBanner locale={locale} articleId={article.id} />
      ) : (
        <JsonLd
          data={[
            coverage ? liveBlogJsonLd(article, coverage, describe(article)) : newsArticleJsonLd(article, describe(article)),
            articleBreadcrumbJsonLd(article, tSite('home')),
          ]}
        />
      )}
      {coverage ? <LiveView article={article} coverage={coverage} /> : <ArticleView article={article} />}
      <div className="mt-10 max-w-xl">
        <MostRead locale={locale} exceptId={article.id} />
      </div>
      {/* A preview is not a read. */}
      {preview ? null : <ViewBeacon locale={locale} articleId={article.id} />}
    </PageShell>
  );
}
