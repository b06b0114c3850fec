import type { Metadata } from 'next';
import { setRequestLocale } from 'next-intl/server';
import { ListingPage, listingMetadata } from '@/components/site/Listing';
import { readerLocale } from '@/lib/i18n/params';

export const revalidate = 300;

type Props = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return listingMetadata('latest', { locale: await readerLocale(params) });
}

export default async function Page({ params }: Props) {
  const locale = await readerLocale(params);
  setRequestLocale(locale);
  return <ListingPage kind="latest" params={{ locale }} />;
}
