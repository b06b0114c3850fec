import { categoryFeed } from '@/lib/crawlers/feeds';
import { notFoundResponse, xmlResponse } from '@/lib/crawlers/xml';
import { listTermParams } from '@/lib/content/taxonomy';
import { isLocale } from '@/lib/i18n/locales';

export const revalidate = 3600;

export async function generateStaticParams({ params }: { params: { locale: string } }) {
  const categories = await listTermParams('category');
  return categories.filter((c) => c.locale === params.locale).map(({ slug }) => ({ slug }));
}

export async function GET(_request: Request, { params }: { params: Promise<{ locale: string; slug: string }> }) {
  const { locale, slug } = await params;
  const feed = isLocale(locale) ? await categoryFeed(locale, slug) : null;
  return feed === null ? notFoundResponse() : xmlResponse(feed, 'application/rss+xml');
}
