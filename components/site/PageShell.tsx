import type { ReactNode } from 'react';
import type { Alternates, Locale } from '@/lib/i18n/locales';
import { SiteFooter } from './SiteFooter';
import { SiteHeader } from './SiteHeader';

/**
 * The frame of every reader page, below the site-wide strip of the locale layout (SiteStrip). Pages, not the layout,
 * render it, because only the page knows in which languages it exists: the language switcher offers exactly those.
 */
export function PageShell({ locale, alternates, children }: { locale: Locale; alternates: Alternates; children: ReactNode }) {
  return (
    <>
      <SiteHeader locale={locale} alternates={alternates} />
      <main id="content" tabIndex={-1} className="mx-auto w-full max-w-6xl flex-1 px-4 py-6">
        {children}
      </main>
      <SiteFooter locale={locale} />
    </>
  );
}
