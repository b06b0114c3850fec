import { getTranslations } from 'next-intl/server';
import type { Locale } from '@/lib/i18n/locales';
import { latestPath, localized } from '@/lib/i18n/paths';
import { everyLocale } from '@/lib/seo/metadata';
import { PageShell } from './PageShell';

/** The localized 404 page. Plain links: it is also rendered outside the locale layout (see app/not-found.tsx). */
export async function NotFoundView({ locale }: { locale: Locale }) {
  const t = await getTranslations({ locale, namespace: 'NotFound' });
  return (
    <PageShell locale={locale} alternates={everyLocale('/')}>
      <div className="py-16 text-center">
        <p className="text-6xl font-black text-accent" aria-hidden="true">
          404
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

export async function notFoundTitle(locale: Locale): Promise<string> {
  const t = await getTranslations({ locale, namespace: 'NotFound' });
  return t('title');
}
