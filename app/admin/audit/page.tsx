import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import { AdminShell } from '@/components/admin/AdminShell';
import { requireStaff } from '@/lib/auth/staff';
import { isAuditAction } from '@/lib/audit/actions';
import { listAudit } from '@/lib/editorial/reads/audit-and-gaps';
import { adminLocale } from '@/lib/i18n/admin-locale';
import { formatDateTime } from '@/lib/i18n/format';
import { adminTitle } from '@/lib/i18n/admin-metadata';

export const generateMetadata = adminTitle('audit.heading');

/** Who did what, to which article or user and locale, and when: for admins. */
export default async function AuditPage({ searchParams }: { searchParams: Promise<{ before?: string | string[] }> }) {
  const locale = await adminLocale();
  const staff = await requireStaff('admin');
  const { before } = await searchParams;
  const cursor = typeof before === 'string' && /^\d{1,18}$/.test(before) ? before : null;
  const [t, { rows, next }] = await Promise.all([getTranslations({ locale, namespace: 'Admin.audit' }), listAudit(cursor)]);
  return (
    <AdminShell staff={staff} locale={locale} path="/admin/audit">
      <h1 className="mb-4 text-2xl font-bold">{t('heading')}</h1>
      <table className="w-full border border-neutral-200 bg-white text-sm">
        <thead>
          <tr className="text-left">
            <th className="p-2">{t('when')}</th>
            <th className="p-2">{t('who')}</th>
            <th className="p-2">{t('what')}</th>
            <th className="p-2">{t('target')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.id} className="border-t border-neutral-200">
              <td className="p-2">{formatDateTime(row.at, locale)}</td>
              <td className="p-2">{row.user ?? (row.action === 'signInFailed' || row.action === 'passwordResetRequested' ? t('unknownAccount', { email: row.email ?? '' }) : t('system'))}</td>
              <td className="p-2">{isAuditAction(row.action) ? t(`actions.${row.action}`) : row.action}</td>
              <td className="p-2">
                {row.entity === 'article' && row.entityId ? (
                  <Link href={`/admin/articles/${row.entityId}${row.locale ? `?lang=${row.locale}` : ''}`} className="underline">
                    {t('article', { id: row.entityId })}
                  </Link>
                ) : row.entity === 'media' ? (
                  <a href={`/media/${row.entityId}`} className="underline">
                    {t('media', { id: row.entityId ?? '' })}
                  </a>
                ) : row.entity === 'rates' || row.entity === 'breaking' ? (
                  t(row.entity)
                ) : (row.entity === 'category' || row.entity === 'tag') && row.entityId ? (
                  <Link href="/admin/taxonomy" className="underline">
                    {t(row.entity, { id: row.entityId })}
                  </Link>
                ) : row.entity === 'settings' || row.entity === 'category' || row.entity === 'tag' ? (
                  t('settings')
                ) : row.entityId ? (
                  t('user', { id: row.entityId })
                ) : null}
                {row.locale ? ` · ${row.locale.toUpperCase()}` : null}
                {row.address ? ` · ${t('from', { address: row.address })}` : null}
                {row.reason ? ` · ${t('reason', { reason: row.reason })}` : null}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {next ? (
        <Link href={`/admin/audit?before=${next}`} className="mt-4 inline-block underline">
          {t('older')}
        </Link>
      ) : null}
    </AdminShell>
  );
}
