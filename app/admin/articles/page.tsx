import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import { AdminShell } from '@/components/admin/AdminShell';
import { OptionSelect } from '@/components/admin/OptionSelect';
import { buttonClass, inputClass } from '@/components/admin/styles';
import { NewArticleForm } from '@/components/admin/NewArticleForm';
import { requireStaff } from '@/lib/auth/staff';
import { translationStatuses } from '@/lib/db/enums';
import { articleFiltersSchema, listArticlesForAdmin, listEditorOptions } from '@/lib/editorial/reads/articles';
import { adminLocale } from '@/lib/i18n/admin-locale';
import { formatShortDateTime } from '@/lib/i18n/format';
import { LANGUAGE_NAMES, locales } from '@/lib/i18n/locales';
import { adminTitle } from '@/lib/i18n/admin-metadata';

export const generateMetadata = adminTitle('list.heading');

export default async function ArticlesPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const locale = await adminLocale();
  const staff = await requireStaff('author');
  const filters = articleFiltersSchema.parse(await searchParams);
  const [t, { rows, next }, options] = await Promise.all([
    getTranslations({ locale, namespace: 'Admin' }),
    listArticlesForAdmin(filters, locale),
    listEditorOptions(locale),
  ]);
  const olderHref = next ? `/admin/articles?${new URLSearchParams({ ...Object.fromEntries(Object.entries(filters).filter(([, v]) => v !== undefined).map(([k, v]) => [k, String(v)])), before: String(next) })}` : null;

  return (
    <AdminShell staff={staff} locale={locale} path="/admin/articles">
      <h1 className="mb-4 text-2xl font-bold">{t('list.heading')}</h1>
      {/* On a phone the form leads, above the list; beside it on a wide screen. */}
      <div className="grid gap-6 lg:grid-cols-[1fr_20rem]">
        <aside className="lg:order-2">
          <NewArticleForm categories={options.categories} locale={locale} />
        </aside>
        <section className="min-w-0 lg:order-1">
          <form method="get" className="mb-4 flex flex-wrap items-end gap-3 text-sm" aria-label={t('list.filters')}>
            <label>
              {t('list.search')}
              <input name="q" type="search" defaultValue={filters.q ?? ''} className={inputClass} />
            </label>
            <OptionSelect
              label={t('list.status')}
              name="status"
              options={translationStatuses.map((s) => ({ id: s, name: t(`status.${s}`) }))}
              defaultValue={filters.status ?? ''}
              anyLabel={t('list.any')}
            />
            {(['locale', 'missing'] as const).map((name) => (
              <OptionSelect
                key={name}
                label={t(`list.${name}`)}
                name={name}
                options={locales.map((l) => ({ id: l, name: LANGUAGE_NAMES[l] }))}
                defaultValue={filters[name] ?? ''}
                anyLabel={t('list.any')}
              />
            ))}
            {(['category', 'author'] as const).map((name) => (
              <OptionSelect
                key={name}
                label={t(`list.${name}`)}
                name={name}
                options={options[name === 'category' ? 'categories' : 'authors']}
                defaultValue={filters[name] ?? ''}
                anyLabel={t('list.any')}
              />
            ))}
            <button type="submit" className={buttonClass}>
              {t('list.apply')}
            </button>
          </form>
          {rows.length === 0 ? <p>{t('list.empty')}</p> : null}
          <ul className="divide-y divide-neutral-200 rounded border border-neutral-200 bg-white">
            {rows.map((row) => {
              const first = row.translations[0];
              return (
                <li key={row.id} className="p-3">
                  <Link href={`/admin/articles/${row.id}?lang=${first?.locale ?? locale}`} className="font-medium underline">
                    {first?.title ?? `#${row.id}`}
                  </Link>
                  <p className="mt-1 flex flex-wrap gap-x-3 text-sm text-neutral-600">
                    {locales.map((l) => {
                      const tr = row.translations.find((x) => x.locale === l);
                      return (
                        <span key={l}>
                          {l.toUpperCase()}: {tr ? t(`status.${tr.status}`) : t('list.noTranslation')}
                        </span>
                      );
                    })}
                    <span>{row.category}</span>
                    <span>{row.author}</span>
                    <span>
                      {t('list.updated')} {formatShortDateTime(row.updatedAt, locale)}
                    </span>
                  </p>
                </li>
              );
            })}
          </ul>
          {olderHref ? (
            <Link href={olderHref} className="mt-4 inline-block underline">
              {t('list.older')}
            </Link>
          ) : null}
        </section>
      </div>
    </AdminShell>
  );
}
