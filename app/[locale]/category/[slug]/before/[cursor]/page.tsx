import type { Metadata } from 'next';
import { setRequestLocale } from 'next-intl/server';
import { ListingPage, listingMetadata } from '@/components/site/Listing';
import { readerLocale } from '@/lib/i18n/params';

// Older pages of the listing, reached through `?before=` (the proxy rewrites it here); rendered on first request.
export const revalidate = 300;

type Props = { params: Promise<{ locale: string; slug: string; cursor: string }> };

export async function generateStaticParams() {
  return [];
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const p = await params;
  return listingMetadata('category', { locale: await readerLocale(params), slug: p.slug, cursor: p.cursor });
}

export default async function Page({ params }: Props) {
  const p = await params;
  const locale = await readerLocale(params);
  setRequestLocale(locale);
  return <ListingPage kind="category" params={{ locale, slug: p.slug, cursor: p.cursor }} />;
}
