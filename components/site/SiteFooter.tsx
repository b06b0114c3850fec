import { getTranslations } from 'next-intl/server';
import { listCategories } from '@/lib/content/taxonomy';
import type { Locale } from '@/lib/i18n/locales';
import { Link } from '@/lib/i18n/navigation';
import { categoryPath } from '@/lib/i18n/paths';

export async function SiteFooter({ locale }: { locale: Locale }) {
  const [t, categories] = await Promise.all([getTranslations({ locale, namespace: 'Footer' }), listCategories(locale)]);
  return (
    <footer className="mt-10 bg-neutral-900 text-neutral-200">
      <div className="mx-auto max-w-6xl px-4 py-8 text-sm">
        <nav aria-label={t('sections')}>
          <ul className="flex flex-wrap gap-x-5 gap-y-2">
            {categories.map((category) => (
              <li key={category.id}>
                <Link href={categoryPath(category.slug)} className="hover:underline">
                  {category.name}
                </Link>
              </li>
            ))}
          </ul>
        </nav>
        <p className="mt-6 text-neutral-300">{t('rights', { year: new Date().getFullYear() })}</p>
      </div>
    </footer>
  );
}
