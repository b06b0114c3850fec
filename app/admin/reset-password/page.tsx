import { getTranslations } from 'next-intl/server';
import { AdminShell } from '@/components/admin/AdminShell';
import { ResetLinkProblem, ResetPasswordForm } from '@/components/admin/PasswordForms';
import { MIN_PASSWORD_LENGTH } from '@/lib/auth/password';
import { RESET_MINUTES, RESET_PATH, resetTokenState } from '@/lib/auth/password-reset';
import { getDb } from '@/lib/db/client';
import { adminLocale } from '@/lib/i18n/admin-locale';
import { adminTitle } from '@/lib/i18n/admin-metadata';

export const generateMetadata = adminTitle('reset.heading');

/**
 * A "forgot password" link lands here (`?token=…`). A link that cannot be used, expired, used, replaced or made up,
 * gets a page that says so in the admin's language, with the way to a new one; the token is spent only when the new
 * password is sent (lib/auth/password-reset.ts).
 */
export default async function ResetPasswordPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const locale = await adminLocale();
  const { token } = await searchParams;
  const t = await getTranslations({ locale, namespace: 'Admin.reset' });
  const state = typeof token === 'string' ? await resetTokenState(getDb(), token) : ({ kind: 'invalid' } as const);
  return (
    // Switching the language comes back to the same link (the switcher takes only such plain paths).
    <AdminShell staff={null} locale={locale} path={state.kind === 'invalid' ? RESET_PATH : `${RESET_PATH}?token=${token as string}`}>
      <div className="mx-auto max-w-sm space-y-4 rounded border border-neutral-200 bg-white p-6">
        <h1 className="text-xl font-bold">{t('heading')}</h1>
        {state.kind === 'valid' ? (
          <>
            <p className="text-sm text-neutral-700">{t('intro', { min: MIN_PASSWORD_LENGTH })}</p>
            <ResetPasswordForm token={token as string} min={MIN_PASSWORD_LENGTH} minutes={RESET_MINUTES} />
          </>
        ) : (
          <ResetLinkProblem problem={state.kind} minutes={RESET_MINUTES} />
        )}
      </div>
    </AdminShell>
  );
}
