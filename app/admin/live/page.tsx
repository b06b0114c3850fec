import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import { AdminShell } from '@/components/admin/AdminShell';
import { StartCoverageForm } from '@/components/admin/live/LiveDeskForms';
import { hasRole } from '@/lib/auth/roles';
import { requireStaff } from '@/lib/auth/staff';
import { listEditorOptions } from '@/lib/editorial/reads/articles';
import { listLivePages } from '@/lib/editorial/reads/live-desk';
import { adminLocale } from '@/lib/i18n/admin-locale';
import { adminTitle } from '@/lib/i18n/admin-metadata';
import { locales } from '@/lib/i18n/locales';

export const generateMetadata = adminTitle('live.heading');

/** Live coverage: every live page, to open its desk; editors start new coverage here. */
export default async function LivePagesPage() {
  const locale = await adminLocale();
  const staff = await requireStaff('author');
  const [t, pages, options] = await Promise.all([getTranslations({ locale, namespace: 'Admin.live' }), listLivePages(), listEditorOptions(locale)]);
  return (
    <AdminShell staff={staff} locale={locale} path="/admin/live">
      <h1 className="mb-4 text-2xl font-bold">{t('heading')}</h1>
      <div className="grid gap-6 lg:grid-cols-3">
        <div className="lg:col-span-2">
          {pages.length ? (
            <ul className="divide-y divide-neutral-200 rounded border border-neutral-200 bg-white">
              {pages.map((page) => (
                <li key={page.id} className="flex flex-wrap items-baseline gap-3 p-3">
                  <Link href={`/admin/live/${page.id}`} className="font-semibold underline">
                    {page.titles[locale] ?? locales.map((l) => page.titles[l]).find(Boolean) ?? `#${page.id}`}
                  </Link>
                  <span className="text-sm text-neutral-600">{page.ended ? t('stateEnded') : t('stateLive')}</span>
                  <span className="text-sm text-neutral-600">{t('entryCount', { count: page.entries })}</span>
                </li>
              ))}
            </ul>
          ) : (
            <p>{t('none')}</p>
          )}
        </div>
        {hasRole(staff.role, 'editor') ? <StartCoverageForm categories={options.categories} locale={locale} /> : null}
      </div>
    </AdminShell>
  );
}
