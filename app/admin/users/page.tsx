import { getTranslations } from 'next-intl/server';
import { AdminShell } from '@/components/admin/AdminShell';
import { CreateUserForm, UserRow } from '@/components/admin/UserForms';
import { requireStaff } from '@/lib/auth/staff';
import { listStaffUsers } from '@/lib/editorial/reads/articles';
import { adminLocale } from '@/lib/i18n/admin-locale';
import { adminTitle } from '@/lib/i18n/admin-metadata';

export const generateMetadata = adminTitle('users.heading');

export default async function UsersPage() {
  const locale = await adminLocale();
  const staff = await requireStaff('admin');
  const [t, users] = await Promise.all([getTranslations({ locale, namespace: 'Admin.users' }), listStaffUsers()]);
  return (
    <AdminShell staff={staff} locale={locale} path="/admin/users">
      <div className="grid gap-6 lg:grid-cols-[1fr_20rem]">
        <section>
          <h1 className="mb-4 text-2xl font-bold">{t('heading')}</h1>
          <ul className="divide-y divide-neutral-200 rounded border border-neutral-200 bg-white">
            {users.map((user) => (
              <UserRow key={`${user.id}-${user.role}-${user.active}`} user={user} />
            ))}
          </ul>
        </section>
        <aside>
          <CreateUserForm />
        </aside>
      </div>
    </AdminShell>
  );
}
