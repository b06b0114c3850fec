import { getTranslations } from 'next-intl/server';
import { AdminShell } from '@/components/admin/AdminShell';
import { CategoryControls } from '@/components/admin/CategoryControls';
import { TermForm } from '@/components/admin/TermForm';
import { requireStaff } from '@/lib/auth/staff';
import { createCategoryAction } from '@/lib/editorial/actions';
import { categoryOverview } from '@/lib/editorial/commands/categories';
import { listTermsForEditing } from '@/lib/editorial/commands/taxonomy';
import { adminLocale } from '@/lib/i18n/admin-locale';
import { adminTitle } from '@/lib/i18n/admin-metadata';

export const generateMetadata = adminTitle('taxonomy.heading');

const EMPTY_NAMES = { ru: { name: '', slug: '' }, az: { name: '', slug: '' }, en: { name: '', slug: '' } };

export default async function TaxonomyPage() {
  const locale = await adminLocale();
  const staff = await requireStaff('editor');
  const [t, tCategories, terms, overview, tags] = await Promise.all([
    getTranslations({ locale, namespace: 'Admin.taxonomy' }),
    getTranslations({ locale, namespace: 'Admin.categories' }),
    listTermsForEditing('category'),
    categoryOverview(),
    listTermsForEditing('tag'),
  ]);
  const categories = overview.flatMap(({ id, articles }) => terms.filter((term) => term.id === id).map((term) => ({ ...term, articles })));
  return (
    <AdminShell staff={staff} locale={locale} path="/admin/taxonomy">
      <h1 className="mb-4 text-2xl font-bold">{t('heading')}</h1>
      <h2 className="mb-2 text-xl font-bold">{t('categories')}</h2>
      <div className="mb-6 divide-y divide-neutral-200 rounded border border-neutral-200 bg-white">
        {categories.map((term, index) => (
          <div key={term.id}>
            <CategoryControls
              id={term.id}
              version={term.version}
              name={term.names[locale].name}
              position={index + 1}
              total={categories.length}
              articles={term.articles}
              others={categories.filter((other) => other.id !== term.id).map((other) => ({ id: other.id, name: other.names[locale].name }))}
            />
            <TermForm kind="category" term={term} label={term.names[locale].name} />
          </div>
        ))}
        <div className="bg-neutral-50">
          <h3 className="px-3 pt-3 text-sm font-bold">{tCategories('new')}</h3>
          <TermForm key={`new-${categories.length}`} kind="category" term={{ id: 0, version: 0, names: EMPTY_NAMES }} label={tCategories('new')} action={createCategoryAction} />
        </div>
      </div>
      <h2 className="mb-2 text-xl font-bold">{t('tags')}</h2>
      <div className="divide-y divide-neutral-200 rounded border border-neutral-200 bg-white">
        <TermForm key={`new-${tags.length}`} kind="tag" term={{ id: 0, version: 0, names: EMPTY_NAMES }} label={t('newTag')} />
        {tags.map((term) => (
          <TermForm key={term.id} kind="tag" term={term} label={term.names[locale].name} />
        ))}
      </div>
    </AdminShell>
  );
}
