import { getTranslations } from 'next-intl/server';
import { redirect } from 'next/navigation';
import { AdminShell } from '@/components/admin/AdminShell';
import { SignInForm } from '@/components/admin/SignInForm';
import { currentStaff } from '@/lib/auth/staff';
import { adminLocale } from '@/lib/i18n/admin-locale';
import { adminTitle } from '@/lib/i18n/admin-metadata';

export const generateMetadata = adminTitle('signIn.heading');

export default async function SignInPage() {
  const locale = await adminLocale();
  if (await currentStaff()) redirect('/admin');
  const t = await getTranslations({ locale, namespace: 'Admin.signIn' });
  return (
    <AdminShell staff={null} locale={locale} path="/admin/sign-in">
      <div className="mx-auto max-w-sm rounded border border-neutral-200 bg-white p-6">
        <h1 className="mb-4 text-xl font-bold">{t('heading')}</h1>
        <SignInForm />
      </div>
    </AdminShell>
  );
}
