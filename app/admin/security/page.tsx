import { getTranslations } from 'next-intl/server';
import { redirect } from 'next/navigation';
import { AdminShell } from '@/components/admin/AdminShell';
import { RequiredForAdminsForm, TwoFactorPanel } from '@/components/admin/TwoFactorForms';
import { mustEnrol, SIGN_IN_PATH, signedInStaff } from '@/lib/auth/staff';
import { twoFactorRequiredForAdmins, twoFactorStatus } from '@/lib/auth/two-factor';
import { getDb } from '@/lib/db/client';
import { adminLocale } from '@/lib/i18n/admin-locale';
import { adminTitle } from '@/lib/i18n/admin-metadata';
import { formatDateTime } from '@/lib/i18n/format';

export const generateMetadata = adminTitle('security.heading');

/** Each staff member's own sign-in security; the one page an admin who must set up two-factor sign-in can open. */
export default async function SecurityPage() {
  const locale = await adminLocale();
  const staff = await signedInStaff();
  if (!staff) redirect(SIGN_IN_PATH);
  const db = getDb();
  const [t, status, requirement, enrolling] = await Promise.all([
    getTranslations({ locale, namespace: 'Admin.security' }),
    twoFactorStatus(db, staff.id),
    twoFactorRequiredForAdmins(db),
    mustEnrol(staff),
  ]);
  return (
    <AdminShell staff={staff} locale={locale} path="/admin/security">
      <div className="max-w-2xl space-y-6">
        <h1 className="text-2xl font-bold">{t('heading')}</h1>
        {enrolling ? (
          <p className="rounded border border-amber-300 bg-amber-50 p-3 text-sm text-amber-900" role="alert">
            {t('requiredNotice')}
          </p>
        ) : null}
        <TwoFactorPanel
          on={status.since !== null}
          since={status.since ? formatDateTime(status.since, locale) : null}
          recoveryCodesLeft={status.recoveryCodesLeft}
          mayTurnOff={!(staff.role === 'admin' && requirement.required)}
        />
        {staff.role === 'admin' && !enrolling ? <RequiredForAdminsForm required={requirement.required} version={requirement.version} /> : null}
      </div>
    </AdminShell>
  );
}
