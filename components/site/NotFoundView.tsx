import { getTranslations } from 'next-intl/server';
import type { Locale } from '@/lib/i18n/locales';
import { latestPath, localized } from '@/lib/i18n/paths';
import { everyLocale } from '@/lib/seo/metadata';
import { PageShell } from './PageShell';

/**
 * A page that answers an error status (404, 410) in the site's frame, with the way back. Plain links: it is also
 * rendered outside the locale layout (see app/global-not-found.tsx).
 */
async function StatusView({ locale, status, namespace }: { locale: Locale; status: 404 | 410; namespace: 'NotFound' | 'Gone' }) {
  const t = await getTranslations({ locale, namespace });
  return (
    <PageShell locale={locale} alternates={everyLocale('/')}>
      <div className="py-16 text-center">
        <p className="text-6xl font-black text-accent" aria-hidden="true">
          {status}
        </p>
        <h1 className="mt-4 text-3xl font-bold">{t('title')}</h1>
        <p className="mx-auto mt-4 max-w-prose text-neutral-700">{t('description')}</p>
        <p className="mt-8 flex justify-center gap-6">
          <a href={localized(locale, '/')} className="font-semibold text-accent underline">
            {t('home')}
          </a>
          <a href={localized(locale, latestPath())} className="font-semibold text-accent underline">
            {t('latest')}
          </a>
        </p>
      </div>
    </PageShell>
  );
}

/** The localized 404 page. */
export function NotFoundView({ locale }: { locale: Locale }) {
  return <StatusView locale={locale} status={404} namespace="NotFound" />;
}

/** The localized page of a withdrawn story, which the proxy answers with 410 Gone (lib/crawlers/gone.ts). */
export function GoneView({ locale }: { locale: Locale }) {
  return <StatusView locale={locale} status={410} namespace="Gone" />;
}

export async function notFoundTitle(locale: Locale): Promise<string> {
  const t = await getTranslations({ locale, namespace: 'NotFound' });
  return t('title');
}
