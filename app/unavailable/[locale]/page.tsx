import type { Metadata } from 'next';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { PageShell } from '@/components/site/PageShell';
import { routing } from '@/lib/i18n/routing';
import { readerLocale } from '@/lib/i18n/params';
import { localized } from '@/lib/i18n/paths';
import { everyLocale } from '@/lib/seo/metadata';

/**
 * What a reader gets when no page can be served: the database is away and nothing was kept for this address (a page
 * never rendered, a search). Prerendered at build with the site's header and footer as they were then, since there
 * is no database to render them from when it is needed; the front door (lib/http/front-door.mjs) sends it as a 503.
 * No breaking line or rates: an old one must not pass for news. Readers never reach this route by its own address.
 */
export const dynamic = 'force-static';
export const dynamicParams = false;

export function generateStaticParams() {
  return routing.locales.map((locale) => ({ locale }));
}

type Props = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const t = await getTranslations({ locale: await readerLocale(params), namespace: 'Unavailable' });
  return { title: t('title'), robots: { index: false, follow: false } };
}

export default async function UnavailablePage({ params }: Props) {
  const locale = await readerLocale(params);
  setRequestLocale(locale);
  const t = await getTranslations({ locale, namespace: 'Unavailable' });
  return (
    <PageShell locale={locale} alternates={everyLocale('/')}>
      <div className="mx-auto max-w-prose py-16 text-center">
        <h1 className="text-3xl font-bold text-balance">{t('title')}</h1>
        <p className="mt-4 text-neutral-700">{t('description')}</p>
        <p className="mt-8 flex flex-wrap justify-center gap-x-6 gap-y-3">
          {/* An empty href is the address the reader asked for, query included: the front door serves this page for any. */}
          <a href="" className="rounded bg-accent px-4 py-2 font-semibold text-white">
            {t('retry')}
          </a>
          <a href={localized(locale, '/')} className="px-1 py-2 font-semibold text-accent underline">
            {t('home')}
          </a>
        </p>
      </div>
    </PageShell>
  );
}
