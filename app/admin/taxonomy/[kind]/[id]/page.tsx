import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import { notFound } from 'next/navigation';
import { AdminShell } from '@/components/admin/AdminShell';
import { TermForm } from '@/components/admin/TermForm';
import { requireStaff } from '@/lib/auth/staff';
import { getTermForEditing } from '@/lib/editorial/commands/taxonomy';
import { recordId } from '@/lib/editorial/plumbing/fields';
import { adminLocale } from '@/lib/i18n/admin-locale';
import { adminTitle } from '@/lib/i18n/admin-metadata';
import { locales } from '@/lib/i18n/locales';

export const generateMetadata = adminTitle('taxonomy.heading');

/** One category's or tag's names and slugs in every language, on a page of its own. */
export default async function TermPage(props: { params: Promise<{ kind: string; id: string }> }) {
  const locale = await adminLocale();
  const staff = await requireStaff('editor');
  const { kind, id } = await props.params;
  const parsed = recordId.safeParse(id);
  if ((kind !== 'category' && kind !== 'tag') || !parsed.success) notFound();
  const term = await getTermForEditing(kind, parsed.data);
  if (!term) notFound();
  const t = await getTranslations({ locale, namespace: 'Admin.taxonomy' });
  const name = term.names[locale].name || locales.map((l) => term.names[l].name).find(Boolean) || `#${term.id}`;
  return (
    <AdminShell staff={staff} locale={locale} path={`/admin/taxonomy/${kind}/${term.id}`}>
      <Link href="/admin/taxonomy" className="text-sm underline">
        {t('back')}
      </Link>
      <h1 className="mb-4 mt-2 text-2xl font-bold">{t(kind === 'tag' ? 'editTag' : 'editCategory', { name })}</h1>
      <div className="max-w-4xl rounded border border-neutral-200 bg-white">
        <TermForm kind={kind} term={term} label={name} />
      </div>
    </AdminShell>
  );
}
