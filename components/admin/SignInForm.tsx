'use client';

import Link from 'next/link';
import { useTranslations } from 'next-intl';
import { useActionState, useState } from 'react';
import { signInAction } from '@/lib/auth/sign-in-actions';
import { MAX_LENGTH } from '@/lib/editorial/shared/limits';
import { buttonClass, inputClass } from './styles';

/** `databaseAway`: the page found the database unreachable, so the editor knows before trying. */
export function SignInForm({ databaseAway = false }: { databaseAway?: boolean }) {
  const t = useTranslations('Admin');
  const [state, action, pending] = useActionState(signInAction, null);
  // Kept in state so that React's reset of the form after the action leaves them filled for the code step, which
  // sends them again with the code.
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const needsCode = Boolean(state?.needsCode);
  const error = state?.error ?? (databaseAway ? 'unavailable' : null);
  return (
    <form action={action} className="space-y-4">
      {error ? (
        <p className="rounded border border-red-300 bg-red-50 p-3 text-sm text-red-800" role="alert">
          {t(error === 'unavailable' ? 'signIn.unavailable' : `errors.${error}`)}
        </p>
      ) : null}
      <div hidden={needsCode} className="space-y-4">
        <label className="block">
          {t('signIn.email')}
          <input name="email" type="email" autoComplete="username" required value={email} onChange={(event) => setEmail(event.target.value)} className={inputClass} />
        </label>
        <label className="block">
          {t('signIn.password')}
          <input name="password" type="password" autoComplete="current-password" required value={password} onChange={(event) => setPassword(event.target.value)} className={inputClass} />
        </label>
      </div>
      {needsCode ? (
        <div>
          <label className="block">
            {t('signIn.code')}
            <input name="code" autoComplete="one-time-code" required autoFocus maxLength={MAX_LENGTH.signInCode} className={`${inputClass} font-mono tracking-widest`} aria-describedby="code-hint" />
          </label>
          <p id="code-hint" className="mt-1 text-sm text-neutral-600">
            {t('signIn.codeHint')}
          </p>
        </div>
      ) : null}
      <div className="flex flex-wrap items-center justify-between gap-3">
        <button type="submit" disabled={pending} className={buttonClass}>
          {needsCode ? t('signIn.verify') : t('signIn.submit')}
        </button>
        <Link href="/admin/forgot-password" className="text-sm underline">
          {t('signIn.forgot')}
        </Link>
      </div>
    </form>
  );
}
