import type { Metadata } from 'next';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { GoneView } from '@/components/site/NotFoundView';
import { readerLocale, type LocaleParams } from '@/lib/i18n/params';

/**
 * The page of a withdrawn story, in the site's frame. Readers never reach this address: the proxy answers the story's
 * own URL with 410 Gone and this page's HTML (lib/crawlers/gone.ts), and this URL itself with the same.
 */
export const revalidate = 3600;

export async function generateMetadata({ params }: LocaleParams): Promise<Metadata> {
  const locale = await readerLocale(params);
  const t = await getTranslations({ locale, namespace: 'Gone' });
  return { title: t('title'), robots: { index: false } };
}

export default async function GonePage({ params }: LocaleParams) {
  const locale = await readerLocale(params);
  setRequestLocale(locale);
  return <GoneView locale={locale} />;
}
