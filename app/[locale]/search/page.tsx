import type { Metadata } from 'next';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { SearchView } from '@/components/search/SearchView';
import { readerLocale } from '@/lib/i18n/params';

// Results depend on the query string and must never come from a cache: Next answers `private, no-store`.
export const dynamic = 'force-dynamic';

type Props = {
  params: Promise<{ locale: string }>;
  searchParams: Promise<{ q?: string | string[]; after?: string | string[] }>;
};

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await readerLocale(params);
  const t = await getTranslations({ locale, namespace: 'Search' });
  // Result pages are endless and personal: search engines should neither index nor store them.
  return { title: t('heading'), description: t('metaDescription'), robots: { index: false, follow: true } };
}

export default async function SearchPage({ params, searchParams }: Props) {
  const locale = await readerLocale(params);
  setRequestLocale(locale);
  const { q, after } = await searchParams;
  return <SearchView locale={locale} q={q} after={after} />;
}
