import { sitemapFile } from '@/lib/crawlers/sitemap-content';
import { parseSitemapFile } from '@/lib/i18n/sitemap-paths';
import { notFoundResponse, xmlResponse } from '@/lib/crawlers/xml';
import { isLocale, locales } from '@/lib/i18n/locales';

export const revalidate = 3600;

export function generateStaticParams() {
  return locales.flatMap((locale) => [{ locale, file: 'pages.xml' }, { locale, file: 'news.xml' }]);
}

export async function GET(_request: Request, { params }: { params: Promise<{ locale: string; file: string }> }) {
  const { locale, file } = await params;
  const parsed = parseSitemapFile(file);
  const xml = isLocale(locale) && parsed ? await sitemapFile(locale, parsed) : null;
  return xml === null ? notFoundResponse() : xmlResponse(xml);
}
