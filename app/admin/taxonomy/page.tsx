import { getTranslations } from 'next-intl/server';
import { AdminShell } from '@/components/admin/AdminShell';
import { TermForm } from '@/components/admin/TermForm';
import { requireStaff } from '@/lib/auth/staff';
import { listTermsForEditing } from '@/lib/editorial/taxonomy';
import { adminLocale } from '@/lib/i18n/admin-locale';
import { adminTitle } from '@/lib/i18n/admin-metadata';

export const generateMetadata = adminTitle('taxonomy.heading');

const EMPTY_NAMES = { ru: { name: '', slug: '' }, az: { name: '', slug: '' }, en: { name: '', slug: '' } };

export default async function TaxonomyPage() {
  const locale = await adminLocale();
  const staff = await requireStaff('editor');
  const [t, categories, tags] = await Promise.all([
    getTranslations({ locale, namespace: 'Admin.taxonomy' }),
    listTermsForEditing('category'),
    listTermsForEditing('tag'),
  ]);
  return (
    <AdminShell staff={staff} locale={locale} path="/admin/taxonomy">
      <h1 className="mb-4 text-2xl font-bold">{t('heading')}</h1>
      <h2 className="mb-2 text-xl font-bold">{t('categories')}</h2>
      <div className="mb-6 divide-y divide-neutral-200 rounded border border-neutral-200 bg-white">
        {categories.map((term) => (
          <TermForm key={term.id} kind="category" term={term} label={term.names[locale].name} />
        ))}
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
