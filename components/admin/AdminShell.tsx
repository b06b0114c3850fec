import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import type { ReactNode } from 'react';
import { hasRole } from '@/lib/auth/roles';
import type { Staff } from '@/lib/auth/sessions';
import { signOutAction } from '@/lib/auth/sign-in-actions';
import { LANGUAGE_NAMES, locales, type Locale } from '@/lib/i18n/locales';

/** The frame of every admin page: navigation, who is signed in, the interface language and signing out. */
export async function AdminShell({ staff, locale, path, children }: { staff: Staff | null; locale: Locale; path: string; children: ReactNode }) {
  const t = await getTranslations({ locale, namespace: 'Admin' });
  return (
    <>
      <header className="border-b border-neutral-200 bg-white">
        <div className="mx-auto flex max-w-6xl flex-wrap items-center gap-4 px-4 py-3">
          <Link href="/admin" className="font-bold">
            Anews · {t('title')}
          </Link>
          {staff ? (
            <nav className="flex flex-wrap gap-x-3 gap-y-1 text-sm">
              <Link href="/admin">{t('nav.desk')}</Link>
              <Link href="/admin/articles">{t('nav.articles')}</Link>
              <Link href="/admin/live">{t('nav.live')}</Link>
              <Link href="/admin/media">{t('nav.media')}</Link>
              <Link href="/admin/now">{t('nav.now')}</Link>
              {hasRole(staff.role, 'editor') ? <Link href="/admin/translations">{t('nav.translations')}</Link> : null}
              {hasRole(staff.role, 'editor') ? <Link href="/admin/taxonomy">{t('nav.taxonomy')}</Link> : null}
              {hasRole(staff.role, 'editor') ? <Link href="/admin/rates">{t('nav.rates')}</Link> : null}
              {hasRole(staff.role, 'editor') ? <Link href="/admin/breaking">{t('nav.breaking')}</Link> : null}
              {hasRole(staff.role, 'admin') ? <Link href="/admin/users">{t('nav.users')}</Link> : null}
              {hasRole(staff.role, 'admin') ? <Link href="/admin/settings">{t('nav.settings')}</Link> : null}
              {hasRole(staff.role, 'admin') ? <Link href="/admin/audit">{t('nav.audit')}</Link> : null}
              <Link href="/admin/security">{t('nav.security')}</Link>
            </nav>
          ) : null}
          <div className="ml-auto flex flex-wrap items-center gap-3 text-sm">
            <span className="sr-only">{t('nav.language')}</span>
            {locales.map((l) => (
              <a
                key={l}
                href={`/admin/locale?to=${l}&back=${encodeURIComponent(path)}`}
                aria-current={l === locale ? 'true' : undefined}
                className={l === locale ? 'font-bold' : 'underline'}
                lang={l}
              >
                {LANGUAGE_NAMES[l]}
              </a>
            ))}
            {staff ? (
              <>
                {/* The account menu: one's own password (app/admin/account). */}
                <Link href="/admin/account" title={t('nav.account')} className="underline">
                  {t('nav.signedInAs', { name: staff.name, role: t(`roles.${staff.role}`) })}
                </Link>
                <form action={signOutAction}>
                  <button type="submit" className="underline">
                    {t('nav.signOut')}
                  </button>
                </form>
              </>
            ) : null}
          </div>
        </div>
      </header>
      <main className="mx-auto max-w-6xl px-4 py-6">{children}</main>
    </>
  );
}
