import { getTranslations } from 'next-intl/server';
import { AdminShell } from '@/components/admin/AdminShell';
import { NowBoard } from '@/components/admin/now/NowBoard';
import { requireStaff } from '@/lib/auth/staff';
import { adminLocale } from '@/lib/i18n/admin-locale';
import { adminTitle } from '@/lib/i18n/admin-metadata';
import { getNowBoard } from '@/lib/now/board';

export const generateMetadata = adminTitle('now.heading');

/** The "now" board, for every staff member: who is reading what, per language, this minute (lib/now/). */
export default async function NowPage() {
  const locale = await adminLocale();
  const staff = await requireStaff();
  const [t, board] = await Promise.all([getTranslations({ locale, namespace: 'Admin.now' }), getNowBoard(locale)]);
  return (
    <AdminShell staff={staff} locale={locale} path="/admin/now">
      <h1 className="mb-1 text-2xl font-bold">{t('heading')}</h1>
      <p className="mb-4 max-w-2xl text-sm">{t('intro')}</p>
      <NowBoard initial={board} />
    </AdminShell>
  );
}
