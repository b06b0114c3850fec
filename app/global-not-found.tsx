import type { Metadata } from 'next';
import { getLocale } from 'next-intl/server';
import { fontVariables } from '@/app/fonts/fonts';
import { NotFoundView, notFoundTitle } from '@/components/site/NotFoundView';
import { SiteStrip } from '@/components/site/SiteStrip';
import { defaultLocale, isLocale, type Locale } from '@/lib/i18n/locales';
import './reader.css';

/**
 * Every path no route matches: the complete localized 404 page, rendered on the server. The proxy has sent paths
 * without a locale into one, and tells this page the locale through next-intl's request header. It is its own route,
 * so reading that header keeps no reader page from being static (a root not-found.tsx would be part of every page).
 */
async function requestLocale(): Promise<Locale> {
  const locale = await getLocale();
  return isLocale(locale) ? locale : defaultLocale;
}

export async function generateMetadata(): Promise<Metadata> {
  return { title: await notFoundTitle(await requestLocale()), robots: { index: false } };
}

export default async function GlobalNotFound() {
  const locale = await requestLocale();
  return (
    <html lang={locale} className={fontVariables}>
      <body className="flex min-h-screen flex-col font-sans">
        <SiteStrip locale={locale} />
        <NotFoundView locale={locale} />
      </body>
    </html>
  );
}
