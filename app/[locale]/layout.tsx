import type { Metadata, Viewport } from 'next';
import { hasLocale } from 'next-intl';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { notFound } from 'next/navigation';
import type { ReactNode } from 'react';
import { fontVariables } from '@/app/fonts/fonts';
import { NowBeacon } from '@/components/site/NowBeacon';
import { SiteStrip } from '@/components/site/SiteStrip';
import { ACCENT } from '@/lib/brand/logo';
import { routing } from '@/lib/i18n/routing';
import { siteUrl } from '@/lib/http/site';
import '../reader.css';

export function generateStaticParams() {
  return routing.locales.map((locale) => ({ locale }));
}

// The browser's own bar in the newsroom's colour, as the web manifest asks (app/manifest.ts).
export const viewport: Viewport = { themeColor: ACCENT };

export async function generateMetadata({ params }: { params: Promise<{ locale: string }> }): Promise<Metadata> {
  const { locale } = await params;
  if (!hasLocale(routing.locales, locale)) return {};
  const t = await getTranslations({ locale, namespace: 'Metadata' });
  return {
    metadataBase: new URL(siteUrl()),
    title: { default: t('homeTitle'), template: t('titleTemplate') },
    description: t('homeDescription'),
  };
}

export default async function LocaleLayout({ children, params }: { children: ReactNode; params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  if (!hasLocale(routing.locales, locale)) notFound();
  setRequestLocale(locale);
  return (
    <html lang={locale} className={fontVariables}>
      <body className="flex min-h-screen flex-col font-sans">
        <SiteStrip locale={locale} />
        {children}
        <NowBeacon />
      </body>
    </html>
  );
}
