import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import { AdminShell } from '@/components/admin/AdminShell';
import { ForgotPasswordForm } from '@/components/admin/PasswordForms';
import { RESET_MINUTES } from '@/lib/auth/password-reset';
import { SIGN_IN_PATH } from '@/lib/auth/staff';
import { adminLocale } from '@/lib/i18n/admin-locale';
import { adminTitle } from '@/lib/i18n/admin-metadata';

export const generateMetadata = adminTitle('forgot.heading');

/** "Forgot password", open to everyone, as the sign-in page is: it tells nothing of which accounts exist. */
export default async function ForgotPasswordPage() {
  const locale = await adminLocale();
  const t = await getTranslations({ locale, namespace: 'Admin.forgot' });
  return (
    <AdminShell staff={null} locale={locale} path="/admin/forgot-password">
      <div className="mx-auto max-w-sm space-y-4 rounded border border-neutral-200 bg-white p-6">
        <h1 className="text-xl font-bold">{t('heading')}</h1>
        <p className="text-sm text-neutral-700">{t('intro', { minutes: RESET_MINUTES })}</p>
        <ForgotPasswordForm minutes={RESET_MINUTES} />
        <Link href={SIGN_IN_PATH} className="block text-sm underline">
          {t('back')}
        </Link>
      </div>
    </AdminShell>
  );
}
