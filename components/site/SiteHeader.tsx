import { getTranslations } from 'next-intl/server';
import { listCategories } from '@/lib/content/taxonomy';
import type { Alternates, Locale } from '@/lib/i18n/locales';
import { Link } from '@/lib/i18n/navigation';
import { categoryPath, latestPath } from '@/lib/i18n/paths';
import { SearchForm } from '@/components/search/SearchForm';
import { LanguageSwitcher } from './LanguageSwitcher';
import { RatesTicker } from './RatesTicker';

export async function SiteHeader({ locale, alternates }: { locale: Locale; alternates: Alternates }) {
  const [t, categories] = await Promise.all([getTranslations({ locale, namespace: 'Site' }), listCategories(locale)]);
  return (
    <header className="border-b border-neutral-200">
      <div className="bg-neutral-900 text-neutral-100">
        <div className="mx-auto flex max-w-6xl flex-wrap items-center justify-between gap-x-6 gap-y-2 px-4 py-2 text-sm">
          <RatesTicker locale={locale} />
          <LanguageSwitcher locale={locale} alternates={alternates} />
        </div>
      </div>
      <div className="mx-auto flex max-w-6xl flex-wrap items-baseline gap-x-4 px-4 pb-2 pt-4">
        <Link href="/" className="text-3xl font-black tracking-tight text-accent" aria-label={t('homeLink')}>
          {t('name')}
        </Link>
        <span className="text-sm text-neutral-600">{t('tagline')}</span>
        <div className="ml-auto w-full max-w-xs pt-2 sm:w-auto">
          <SearchForm locale={locale} id="site-search-query" />
        </div>
      </div>
      <nav aria-label={t('mainNav')} className="mx-auto max-w-6xl px-4">
        <ul className="flex flex-wrap gap-x-5 gap-y-1 py-2 text-sm font-semibold uppercase">
          {categories.map((category) => (
            <li key={category.id}>
              <Link href={categoryPath(category.slug)} className="hover:text-accent hover:underline">
                {category.name}
              </Link>
            </li>
          ))}
          <li>
            <Link href={latestPath()} className="hover:text-accent hover:underline">
              {t('latest')}
            </Link>
          </li>
        </ul>
      </nav>
    </header>
  );
}
