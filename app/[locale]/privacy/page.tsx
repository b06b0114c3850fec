import type { Metadata } from 'next';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { PageShell } from '@/components/site/PageShell';
import { locales } from '@/lib/i18n/locales';
import { readerLocale, type LocaleParams } from '@/lib/i18n/params';
import { privacyPath } from '@/lib/i18n/paths';
import { everyLocale, pageMetadata } from '@/lib/seo/metadata';

export const revalidate = false;

export function generateStaticParams() {
  return locales.map((locale) => ({ locale }));
}

export async function generateMetadata({ params }: LocaleParams): Promise<Metadata> {
  const locale = await readerLocale(params);
  const t = await getTranslations({ locale, namespace: 'Privacy' });
  return pageMetadata({ locale, alternates: everyLocale(privacyPath()), title: t('title'), description: t('description') });
}

const SECTIONS = ['counted', 'how', 'script', 'optOut', 'kept'] as const;

/** What the site counts about its readers, and how, in plain words (the "now" board, lib/now/; the views, lib/views/). */
export default async function PrivacyPage({ params }: LocaleParams) {
  const locale = await readerLocale(params);
  setRequestLocale(locale);
  const t = await getTranslations({ locale, namespace: 'Privacy' });
  return (
    <PageShell locale={locale} alternates={everyLocale(privacyPath())}>
      <article className="max-w-2xl space-y-4 leading-relaxed">
        <h1 className="text-3xl font-bold">{t('heading')}</h1>
        <p className="text-lg">{t('cookies')}</p>
        {SECTIONS.map((section) => (
          <section key={section} aria-labelledby={`privacy-${section}`}>
            <h2 id={`privacy-${section}`} className="mb-1 mt-6 text-xl font-bold">
              {t(`${section}Title`)}
            </h2>
            <p>{t(section)}</p>
          </section>
        ))}
        <p className="pt-4 text-neutral-700">{t('contact')}</p>
      </article>
    </PageShell>
  );
}
