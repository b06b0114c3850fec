import type { Metadata } from 'next';
import { setRequestLocale } from 'next-intl/server';
import { ListingPage, listingMetadata } from '@/components/site/Listing';
import { listAuthorParams } from '@/lib/content/taxonomy';
import { readerLocale } from '@/lib/i18n/params';

export const revalidate = 300;

type Props = { params: Promise<{ locale: string; slug: string }> };

export async function generateStaticParams({ params }: { params: { locale: string } }) {
  return (await listAuthorParams()).filter((author) => author.locale === params.locale).map(({ slug }) => ({ slug }));
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const p = await params;
  return listingMetadata('author', { locale: await readerLocale(params), slug: p.slug });
}

export default async function Page({ params }: Props) {
  const p = await params;
  const locale = await readerLocale(params);
  setRequestLocale(locale);
  return <ListingPage kind="author" params={{ locale, slug: p.slug }} />;
}
