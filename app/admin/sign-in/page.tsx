import { getTranslations } from 'next-intl/server';
import { redirect } from 'next/navigation';
import { AdminShell } from '@/components/admin/AdminShell';
import { SignInForm } from '@/components/admin/SignInForm';
import { currentStaff } from '@/lib/auth/staff';
import { databaseAway, isUnreachable } from '@/lib/db/outage.mjs';
import { adminLocale } from '@/lib/i18n/admin-locale';
import { adminTitle } from '@/lib/i18n/admin-metadata';

export const generateMetadata = adminTitle('signIn.heading');

export default async function SignInPage() {
  const locale = await adminLocale();
  // While the database is away nobody can be signed in: the form says so instead of an error page.
  const staff = await currentStaff().catch((error: unknown) => {
    if (isUnreachable(error)) return null;
    throw error;
  });
  if (staff) redirect('/admin');
  const t = await getTranslations({ locale, namespace: 'Admin.signIn' });
  return (
    <AdminShell staff={null} locale={locale} path="/admin/sign-in">
      <div className="mx-auto max-w-sm rounded border border-neutral-200 bg-white p-6">
        <h1 className="mb-4 text-xl font-bold">{t('heading')}</h1>
        <SignInForm databaseAway={databaseAway()} />
      </div>
    </AdminShell>
  );
}
