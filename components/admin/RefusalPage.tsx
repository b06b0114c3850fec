import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import { currentStaff } from '@/lib/auth/staff';
import { adminLocale } from '@/lib/i18n/admin-locale';
import { AdminShell } from './AdminShell';

/**
 * The newsroom's own "not found" and "not allowed" pages: the admin's header, in the admin's language, with the way
 * back to the day's dashboard and to the article list. Next gives these pages no props: the staff member is read
 * again (once per request, cached), and a signed-out visitor gets the same page with the header's sign-in state.
 */
export async function RefusalPage({ kind }: { kind: 'notFound' | 'forbidden' }) {
  const locale = await adminLocale();
  const [t, staff] = await Promise.all([getTranslations({ locale, namespace: 'Admin.refusal' }), currentStaff()]);
  return (
    <AdminShell staff={staff} locale={locale} path="/admin">
      <div className="mx-auto max-w-xl space-y-4 py-8">
        <p className="text-sm font-medium text-neutral-600">{kind === 'notFound' ? '404' : '403'}</p>
        <h1 className="text-2xl font-bold">{t(`${kind}.heading`)}</h1>
        <p>{t(`${kind}.text`)}</p>
        <p className="flex flex-wrap gap-x-4 gap-y-2">
          {staff ? (
            <>
              <Link href="/admin" className="underline">
                {t('toDesk')}
              </Link>
              <Link href="/admin/articles" className="underline">
                {t('toArticles')}
              </Link>
            </>
          ) : (
            <Link href="/admin/sign-in" className="underline">
              {t('toSignIn')}
            </Link>
          )}
        </p>
      </div>
    </AdminShell>
  );
}
