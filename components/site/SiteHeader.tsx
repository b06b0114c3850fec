import { getTranslations } from 'next-intl/server';
import { listCategories } from '@/lib/content/taxonomy';
import type { Alternates, Locale } from '@/lib/i18n/locales';
import { Link } from '@/lib/i18n/navigation';
import { categoryPath, latestPath } from '@/lib/i18n/paths';
import { SearchForm } from '@/components/search/SearchForm';
import { LanguageSwitcher } from './LanguageSwitcher';

export async function SiteHeader({ locale, alternates }: { locale: Locale; alternates: Alternates }) {
  const [t, categories] = await Promise.all([getTranslations({ locale, namespace: 'Site' }), listCategories(locale)]);
  return (
    <header className="border-b border-neutral-200">
      <div className="mx-auto flex max-w-6xl flex-wrap items-baseline gap-x-4 px-4 pb-2 pt-4">
        <Link href="/" className="text-3xl font-black tracking-tight text-accent" aria-label={t('homeLink')}>
          {t('name')}
        </Link>
        <span className="text-sm text-neutral-600">{t('tagline')}</span>
        <div className="ml-auto flex w-full flex-wrap items-center justify-between gap-x-6 gap-y-2 pt-2 text-sm sm:w-auto">
          <LanguageSwitcher locale={locale} alternates={alternates} />
          <div className="w-full max-w-xs sm:w-auto">
            <SearchForm locale={locale} id="site-search-query" />
          </div>
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
