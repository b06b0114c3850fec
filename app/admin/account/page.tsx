import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import { AdminShell } from '@/components/admin/AdminShell';
import { ChangePasswordForm } from '@/components/admin/PasswordForms';
import { MIN_PASSWORD_LENGTH } from '@/lib/auth/password';
import { requireStaff, SECURITY_PATH } from '@/lib/auth/staff';
import { adminLocale } from '@/lib/i18n/admin-locale';
import { adminTitle } from '@/lib/i18n/admin-metadata';

export const generateMetadata = adminTitle('account.heading');

/** Each staff member's own account: who they are signed in as, and their password. */
export default async function AccountPage() {
  const locale = await adminLocale();
  const staff = await requireStaff();
  const t = await getTranslations({ locale, namespace: 'Admin' });
  return (
    <AdminShell staff={staff} locale={locale} path="/admin/account">
      <div className="max-w-xl space-y-6">
        <h1 className="text-2xl font-bold">{t('account.heading')}</h1>
        <p>{t('account.who', { name: staff.name, email: staff.email, role: t(`roles.${staff.role}`) })}</p>
        <ChangePasswordForm min={MIN_PASSWORD_LENGTH} />
        <p className="text-sm">
          <Link href={SECURITY_PATH} className="underline">
            {t('account.security')}
          </Link>
        </p>
      </div>
    </AdminShell>
  );
}
