import { getTranslations } from 'next-intl/server';
import type { ReactNode } from 'react';
import type { Alternates, Locale } from '@/lib/i18n/locales';
import { BreakingBanner } from './BreakingBanner';
import { SiteFooter } from './SiteFooter';
import { SiteHeader } from './SiteHeader';

/**
 * The frame of every reader page. Pages, not the layout, render it, because only the page knows in which languages
 * it exists: the language switcher offers exactly those.
 */
export async function PageShell({ locale, alternates, children }: { locale: Locale; alternates: Alternates; children: ReactNode }) {
  const t = await getTranslations({ locale, namespace: 'Site' });
  return (
    <>
      <a
        href="#content"
        className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:z-50 focus:bg-white focus:px-3 focus:py-2"
      >
        {t('skipToContent')}
      </a>
      <BreakingBanner locale={locale} />
      <SiteHeader locale={locale} alternates={alternates} />
      <main id="content" tabIndex={-1} className="mx-auto w-full max-w-6xl flex-1 px-4 py-6">
        {children}
      </main>
      <SiteFooter locale={locale} />
    </>
  );
}
