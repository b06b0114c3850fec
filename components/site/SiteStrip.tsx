import { getTranslations } from 'next-intl/server';
import type { Locale } from '@/lib/i18n/locales';
import { EdgeFragment } from './EdgeFragment';

/**
 * The top of every reader page: the skip link, the breaking-news line and the rates ticker. In the locale layout, not
 * in the page, so that a client-side navigation keeps them as the edge cache filled them in (EdgeFragment).
 */
export async function SiteStrip({ locale }: { locale: Locale }) {
  const t = await getTranslations({ locale, namespace: 'Site' });
  return (
    <>
      <a
        href="#content"
        className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:z-50 focus:bg-white focus:px-3 focus:py-2"
      >
        {t('skipToContent')}
      </a>
      <EdgeFragment name="breaking" locale={locale} />
      <div className="bg-neutral-900 text-neutral-100">
        <EdgeFragment name="rates" locale={locale} className="mx-auto min-h-9 max-w-6xl px-4 py-2 text-sm" />
      </div>
    </>
  );
}
