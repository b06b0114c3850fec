'use client';

import { useTranslations } from 'next-intl';
import { useActionState } from 'react';
import { signInAction } from '@/lib/auth/sign-in-actions';
import { buttonClass, inputClass } from './styles';

/** `databaseAway`: the page found the database unreachable, so the editor knows before trying. */
export function SignInForm({ databaseAway = false }: { databaseAway?: boolean }) {
  const t = useTranslations('Admin');
  const [state, action, pending] = useActionState(signInAction, null);
  const error = state?.error ?? (databaseAway ? 'unavailable' : null);
  return (
    <form action={action} className="space-y-4">
      {error ? (
        <p className="rounded border border-red-300 bg-red-50 p-3 text-sm text-red-800" role="alert">
          {t(error === 'unavailable' ? 'signIn.unavailable' : `errors.${error}`)}
        </p>
      ) : null}
      <label className="block">
        {t('signIn.email')}
        <input name="email" type="email" autoComplete="username" required className={inputClass} />
      </label>
      <label className="block">
        {t('signIn.password')}
        <input name="password" type="password" autoComplete="current-password" required className={inputClass} />
      </label>
      <button type="submit" disabled={pending} className={buttonClass}>
        {t('signIn.submit')}
      </button>
    </form>
  );
}
