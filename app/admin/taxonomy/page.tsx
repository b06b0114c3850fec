import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import { AdminShell } from '@/components/admin/AdminShell';
import { CategoryControls } from '@/components/admin/CategoryControls';
import { buttonClass, inputClass } from '@/components/admin/styles';
import { TermForm } from '@/components/admin/TermForm';
import { requireStaff } from '@/lib/auth/staff';
import { createCategoryAction } from '@/lib/editorial/actions';
import { categoryOverview } from '@/lib/editorial/commands/categories';
import { listTermsForEditing, searchTermsForEditing, type EditableTerm, type TermKind } from '@/lib/editorial/commands/taxonomy';
import { adminLocale } from '@/lib/i18n/admin-locale';
import { adminTitle } from '@/lib/i18n/admin-metadata';
import { locales, type Locale } from '@/lib/i18n/locales';

export const generateMetadata = adminTitle('taxonomy.heading');

const EMPTY_NAMES = { ru: { name: '', slug: '' }, az: { name: '', slug: '' }, en: { name: '', slug: '' } };

/** Whether a term's name or slug in some language contains the search. */
const matches = (term: EditableTerm, q: string) => !q || locales.some((l) => `${term.names[l].name}\n${term.names[l].slug}`.toLowerCase().includes(q.toLowerCase()));

function TermSummary({ term, kind, locale, editLabel, pending }: { term: EditableTerm; kind: TermKind; locale: Locale; editLabel: string; pending: string }) {
  // A tag made from a story may have its name in one language only so far.
  const name = term.names[locale].name || locales.map((l) => term.names[l].name).find(Boolean) || `#${term.id}`;
  return (
    <div className="flex flex-wrap items-baseline gap-x-3 gap-y-1 px-3 py-2 text-sm">
      <Link href={`/admin/taxonomy/${kind}/${term.id}`} className="font-semibold underline" aria-label={`${editLabel}: ${name}`}>
        {name}
      </Link>
      {term.names[locale].name ? null : <em className="text-amber-800">{pending}</em>}
      <span className="text-neutral-600">
        {locales
          .filter((l) => l !== locale)
          .map((l) => (
            <span key={l} lang={l} className="mr-3">
              {l.toUpperCase()}: {term.names[l].name || <em className="text-amber-800">{pending}</em>}
            </span>
          ))}
        {term.names[locale].slug ? <span className="font-mono text-xs">/{term.names[locale].slug}</span> : null}
      </span>
    </div>
  );
}

/** Sections and tags: a search, one line per term with its edit page, the navigation order, and forms for new ones. */
export default async function TaxonomyPage(props: { searchParams: Promise<{ q?: string | string[] }> }) {
  const locale = await adminLocale();
  const staff = await requireStaff('editor');
  const { q: asked } = await props.searchParams;
  const q = typeof asked === 'string' ? asked.trim().slice(0, 200) : '';
  const [t, tCategories, terms, overview, tags] = await Promise.all([
    getTranslations({ locale, namespace: 'Admin.taxonomy' }),
    getTranslations({ locale, namespace: 'Admin.categories' }),
    listTermsForEditing('category'),
    categoryOverview(),
    searchTermsForEditing('tag', q),
  ]);
  const categories = overview.flatMap(({ id, articles }) => terms.filter((term) => term.id === id).map((term) => ({ ...term, articles })));
  const shown = categories.filter((term) => matches(term, q));
  return (
    <AdminShell staff={staff} locale={locale} path="/admin/taxonomy">
      <h1 className="mb-4 text-2xl font-bold">{t('heading')}</h1>
      <form method="get" role="search" className="mb-6 flex flex-wrap items-end gap-2 text-sm">
        <label>
          {t('search')}
          <input name="q" type="search" defaultValue={q} maxLength={200} className={inputClass} />
        </label>
        <button type="submit" className={buttonClass}>
          {t('find')}
        </button>
        {q ? (
          <Link href="/admin/taxonomy" className="underline">
            {t('clear')}
          </Link>
        ) : null}
      </form>
      <div className="grid gap-6 lg:grid-cols-2">
        <section aria-labelledby="categories">
          <h2 id="categories" className="mb-2 text-xl font-bold">
            {t('categories')}
          </h2>
          <div className="divide-y divide-neutral-200 rounded border border-neutral-200 bg-white">
            {shown.length === 0 ? <p className="p-3 text-sm">{t('nothing')}</p> : null}
            {shown.map((term) => (
              <div key={term.id}>
                <CategoryControls
                  id={term.id}
                  version={term.version}
                  name={term.names[locale].name}
                  position={categories.indexOf(term) + 1}
                  total={categories.length}
                  articles={term.articles}
                  others={categories.filter((other) => other.id !== term.id).map((other) => ({ id: other.id, name: other.names[locale].name }))}
                />
                <TermSummary term={term} kind="category" locale={locale} editLabel={t('edit')} pending={t('pendingName')} />
              </div>
            ))}
            <details className="bg-neutral-50">
              <summary className="cursor-pointer px-3 py-2 text-sm font-bold">{tCategories('new')}</summary>
              <TermForm key={`new-${categories.length}`} kind="category" term={{ id: 0, version: 0, names: EMPTY_NAMES }} label={tCategories('new')} action={createCategoryAction} />
            </details>
          </div>
        </section>
        <section aria-labelledby="tags">
          <h2 id="tags" className="mb-2 text-xl font-bold">
            {t('tags')}
          </h2>
          <div className="divide-y divide-neutral-200 rounded border border-neutral-200 bg-white">
            <details className="bg-neutral-50">
              <summary className="cursor-pointer px-3 py-2 text-sm font-bold">{t('newTag')}</summary>
              <TermForm key={`new-${tags.total}`} kind="tag" term={{ id: 0, version: 0, names: EMPTY_NAMES }} label={t('newTag')} />
            </details>
            {tags.terms.length === 0 ? <p className="p-3 text-sm">{t('nothing')}</p> : null}
            {tags.terms.map((term) => (
              <TermSummary key={term.id} term={term} kind="tag" locale={locale} editLabel={t('edit')} pending={t('pendingName')} />
            ))}
            {tags.total > tags.terms.length ? <p className="p-3 text-sm text-neutral-600">{t('more', { shown: tags.terms.length, total: tags.total })}</p> : null}
          </div>
        </section>
      </div>
    </AdminShell>
  );
}
