import type { Metadata } from 'next';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { notFound } from 'next/navigation';
import { cache } from 'react';
import { LiveView } from '@/components/live/LiveView';
import { PageShell } from '@/components/site/PageShell';
import { getPublishedArticle } from '@/lib/content/articles';
import { parseCursor } from '@/lib/content/cursor';
import { cursorInLive, getLiveCoverage } from '@/lib/content/live';
import type { Locale } from '@/lib/i18n/locales';
import { articlePath, localized, parseArticleParam, withCursor } from '@/lib/i18n/paths';
import { readerLocale } from '@/lib/i18n/params';
import { pageMetadata } from '@/lib/seo/metadata';

export const revalidate = 300;

type Props = { params: Promise<{ locale: string; article: string; cursor: string }> };

/**
 * An older page of a live page's entries: `/{locale}/news/{id}-{slug}?before=<cursor>`, which the proxy rewrites here
 * as it does for lists. Only a cursor that names an entry of the page is a page: any other, a wrong slug or an
 * ordinary article is a 404, so a stranger cannot make every microsecond a cached page of its own.
 */
const loadOlderPage = cache(async (locale: Locale, param: string, rawCursor: string) => {
  const parsed = parseArticleParam(param);
  const before = parseCursor(rawCursor);
  const article = parsed && before ? await getPublishedArticle(parsed.id, locale) : null;
  if (!article || !before || !article.coverage || parsed?.slug !== article.slug) notFound();
  const [coverage, known] = await Promise.all([getLiveCoverage(article.id, locale, before), cursorInLive(article.id, locale, before)]);
  if (!coverage || !known) notFound();
  return { article, coverage, self: localized(locale, withCursor(articlePath(article.id, article.slug), rawCursor)) };
});

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await readerLocale(params);
  const { article: param, cursor } = await params;
  const { article, self } = await loadOlderPage(locale, param, cursor);
  const t = await getTranslations({ locale, namespace: 'Live' });
  // Older pages are for readers; search engines index the live page itself and follow the links from there.
  return {
    ...pageMetadata({ locale, alternates: { [locale]: self }, title: t('olderPage', { title: article.title }), description: article.lead }),
    robots: { index: false, follow: true },
  };
}

export default async function OlderLiveEntriesPage({ params }: Props) {
  const locale = await readerLocale(params);
  setRequestLocale(locale);
  const { article: param, cursor } = await params;
  const { article, coverage, self } = await loadOlderPage(locale, param, cursor);
  return (
    <PageShell locale={locale} alternates={{ [locale]: self }}>
      <LiveView article={article} coverage={coverage} before={cursor} />
    </PageShell>
  );
}
