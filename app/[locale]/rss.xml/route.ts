import { localeFeed } from '@/lib/crawlers/feeds';
import { notFoundResponse, xmlResponse } from '@/lib/crawlers/xml';
import { isLocale, locales } from '@/lib/i18n/locales';

export const revalidate = 3600;

export function generateStaticParams() {
  return locales.map((locale) => ({ locale }));
}

export async function GET(_request: Request, { params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  if (!isLocale(locale)) return notFoundResponse();
  return xmlResponse(await localeFeed(locale), 'application/rss+xml');
}
