import { getTranslations } from 'next-intl/server';
import { listCategories } from '@/lib/content/taxonomy';
import type { Alternates, Locale } from '@/lib/i18n/locales';
import { Link } from '@/lib/i18n/navigation';
import { categoryPath, latestPath, searchPath } from '@/lib/i18n/paths';
import { SearchForm } from '@/components/search/SearchForm';
import { LanguageSwitcher } from './LanguageSwitcher';
import { Logo } from './Logo';

const iconClass = 'size-5 shrink-0';

/**
 * The logo row, then the sections. Below 1024 px one row: logo, languages, a search link and a menu that holds the
 * sections, as a `<details>` (it opens and closes without JavaScript); from 1024 px the search field and the
 * sections' row show instead. Each copy is hidden (display: none) where the other shows, so readers, screen readers
 * and tests meet one.
 */
export async function SiteHeader({ locale, alternates }: { locale: Locale; alternates: Alternates }) {
  const [t, search, categories] = await Promise.all([
    getTranslations({ locale, namespace: 'Site' }),
    getTranslations({ locale, namespace: 'Search' }),
    listCategories(locale),
  ]);
  const sections = [
    ...categories.map((category) => ({ key: `c${category.id}`, href: categoryPath(category.slug), name: category.name })),
    { key: 'latest', href: latestPath(), name: t('latest') },
  ];
  return (
    <header className="relative border-b border-neutral-200">
      <div className="mx-auto flex max-w-6xl items-center gap-x-3 px-4 py-2 lg:gap-x-6 lg:pb-2 lg:pt-4">
        <Link href="/" className="-my-1 shrink-0 py-1">
          <Logo alt={t('homeLink')} className="h-7 w-auto lg:h-10" />
        </Link>
        <span className="hidden text-sm text-neutral-600 xl:inline">{t('tagline')}</span>
        <div className="ml-auto flex items-center gap-x-1 text-sm lg:gap-x-6">
          <LanguageSwitcher locale={locale} alternates={alternates} />
          <div className="hidden w-72 lg:block">
            <SearchForm locale={locale} id="site-search-query" />
          </div>
          <Link href={searchPath()} className="inline-flex size-11 items-center justify-center rounded text-neutral-900 hover:text-accent lg:hidden">
            <svg viewBox="0 0 24 24" className={iconClass} fill="none" stroke="currentColor" strokeWidth="2.25" strokeLinecap="round" aria-hidden="true">
              <circle cx="10.5" cy="10.5" r="6.5" />
              <path d="m15.5 15.5 5 5" />
            </svg>
            <span className="sr-only">{search('label')}</span>
          </Link>
          <details className="group lg:hidden">
            <summary className="flex h-11 min-w-11 cursor-pointer list-none items-center justify-center gap-1.5 rounded px-2 font-semibold text-neutral-900 hover:text-accent [&::-webkit-details-marker]:hidden">
              <svg viewBox="0 0 24 24" className={iconClass} fill="none" stroke="currentColor" strokeWidth="2.25" strokeLinecap="round" aria-hidden="true">
                <path d="M4 7h16M4 12h16M4 17h16" className="group-open:hidden" />
                <path d="m6 6 12 12M18 6 6 18" className="hidden group-open:block" />
              </svg>
              <span className="max-sm:sr-only">{t('menu')}</span>
            </summary>
            <nav aria-label={t('mainNav')} className="absolute inset-x-0 top-full z-40 border-b border-neutral-200 bg-white shadow-lg">
              <ul className="mx-auto grid max-w-6xl grid-cols-2 gap-x-4 px-4 py-2 font-semibold uppercase sm:grid-cols-3">
                {sections.map((section) => (
                  <li key={section.key}>
                    <Link href={section.href} className="flex min-h-11 items-center hover:text-accent hover:underline">
                      {section.name}
                    </Link>
                  </li>
                ))}
              </ul>
            </nav>
          </details>
        </div>
      </div>
      <nav aria-label={t('mainNav')} className="mx-auto hidden max-w-6xl px-4 lg:block">
        <ul className="flex flex-wrap gap-x-5 gap-y-1 py-2 text-sm font-semibold uppercase">
          {sections.map((section) => (
            <li key={section.key}>
              <Link href={section.href} className="hover:text-accent hover:underline">
                {section.name}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
    </header>
  );
}
