import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import { AdminShell } from '@/components/admin/AdminShell';
import { requireStaff } from '@/lib/auth/staff';
import { listTranslationGaps } from '@/lib/editorial/reads/audit-and-gaps';
import { adminLocale } from '@/lib/i18n/admin-locale';
import { LANGUAGE_NAMES } from '@/lib/i18n/locales';
import { adminTitle } from '@/lib/i18n/admin-metadata';

export const generateMetadata = adminTitle('translations.heading');

/** The translation dashboard: which articles lack which language, and which translations fell behind their source. */
export default async function TranslationsPage() {
  const locale = await adminLocale();
  const staff = await requireStaff('editor');
  const [t, gaps] = await Promise.all([getTranslations({ locale, namespace: 'Admin' }), listTranslationGaps()]);
  return (
    <AdminShell staff={staff} locale={locale} path="/admin/translations">
      <h1 className="mb-4 text-2xl font-bold">{t('translations.heading')}</h1>
      {gaps.length === 0 ? <p>{t('translations.none')}</p> : null}
      <ul className="divide-y divide-neutral-200 rounded border border-neutral-200 bg-white">
        {gaps.map((gap) => (
          <li key={gap.id} className="p-3">
            <Link href={`/admin/articles/${gap.id}?lang=${gap.missing[0] ?? gap.stale[0] ?? gap.source}`} className="font-medium underline" lang={gap.source}>
              {gap.title}
            </Link>
            <p className="mt-1 flex flex-wrap gap-x-4 text-sm text-neutral-700">
              <span>{t('translations.source', { language: LANGUAGE_NAMES[gap.source] })}</span>
              {gap.missing.length ? (
                <span>
                  {t('translations.missing')}: {gap.missing.map((l) => LANGUAGE_NAMES[l]).join(', ')}
                </span>
              ) : null}
              {gap.stale.length ? (
                <span>
                  {t('translations.stale')}: {gap.stale.map((l) => LANGUAGE_NAMES[l]).join(', ')}
                </span>
              ) : null}
            </p>
          </li>
        ))}
      </ul>
    </AdminShell>
  );
}
