import { getLocale, getTranslations } from 'next-intl/server';
import { PageShell } from '@/components/site/PageShell';
import { isLocale, defaultLocale } from '@/lib/i18n/locales';
import { Link } from '@/lib/i18n/navigation';
import { latestPath } from '@/lib/i18n/paths';
import { everyLocale } from '@/lib/seo/metadata';

export default async function NotFound() {
  const current = await getLocale();
  const locale = isLocale(current) ? current : defaultLocale;
  const t = await getTranslations({ locale, namespace: 'NotFound' });
  return (
    <PageShell locale={locale} alternates={everyLocale('/')}>
      <title>{t('title')}</title>
      <meta name="robots" content="noindex" />
      <div className="py-16 text-center">
        <p className="text-6xl font-black text-accent">404</p>
        <h1 className="mt-4 text-3xl font-bold">{t('title')}</h1>
        <p className="mx-auto mt-4 max-w-prose text-neutral-700">{t('description')}</p>
        <p className="mt-8 flex justify-center gap-6">
          <Link href="/" className="font-semibold text-accent underline">
            {t('home')}
          </Link>
          <Link href={latestPath()} className="font-semibold text-accent underline">
            {t('latest')}
          </Link>
        </p>
      </div>
    </PageShell>
  );
}
