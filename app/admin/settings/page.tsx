import { getTranslations } from 'next-intl/server';
import { AdminShell } from '@/components/admin/AdminShell';
import { SettingsForm } from '@/components/admin/SettingsForm';
import { requireStaff } from '@/lib/auth/staff';
import { getEditableSettings } from '@/lib/editorial/commands/settings';
import { adminLocale } from '@/lib/i18n/admin-locale';
import { adminTitle } from '@/lib/i18n/admin-metadata';

export const generateMetadata = adminTitle('settings.heading');

export default async function SettingsPage() {
  const locale = await adminLocale();
  const staff = await requireStaff('admin');
  const [t, settings] = await Promise.all([getTranslations({ locale, namespace: 'Admin.settings' }), getEditableSettings()]);
  return (
    <AdminShell staff={staff} locale={locale} path="/admin/settings">
      <h1 className="mb-4 text-2xl font-bold">{t('heading')}</h1>
      <SettingsForm values={settings.values} versions={settings.versions} />
    </AdminShell>
  );
}
