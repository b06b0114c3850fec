'use client';

import Link from 'next/link';
import { useTranslations } from 'next-intl';
import { useActionState, useRef } from 'react';
import { requestResetAction, resetPasswordAction } from '@/lib/auth/password-reset-actions';
import { changePasswordAction } from '@/lib/editorial/actions';
import type { ActionErrors } from '@/lib/editorial/shared/result';
import { buttonClass, inputClass } from './styles';
import { useStaffForm } from './useStaffForm';

// The forms check nothing in the browser (noValidate): every message comes from the server, in the admin's language,
// instead of the browser's own "Please fill out this field" in the browser's.

const alertClass = 'rounded border border-red-300 bg-red-50 p-3 text-sm text-red-800';
const statusClass = 'rounded border border-green-300 bg-green-50 p-3 text-sm text-green-900';

/** A field's error, naming the shortest password where it says so. */
function PasswordFieldError({ errors, field, min }: { errors: ActionErrors; field: string; min: number }) {
  const t = useTranslations('Admin.errors');
  const key = errors[field];
  if (!key) return null;
  return (
    <p id={`${field}-error`} className="mt-1 text-sm text-red-700" role="alert">
      {t(key, { min })}
    </p>
  );
}

/** "Forgot password": asks for the email, and answers the same whether an account has it or not. */
export function ForgotPasswordForm({ minutes }: { minutes: number }) {
  const t = useTranslations('Admin');
  const [state, action, pending] = useActionState(requestResetAction, null);
  if (state?.sent) {
    return (
      <p className={statusClass} role="status">
        {t('forgot.sent', { minutes })}
      </p>
    );
  }
  const error = state?.error;
  return (
    <form action={action} noValidate className="space-y-4">
      {error ? (
        <p className={alertClass} role="alert">
          {t(error === 'unavailable' ? 'signIn.unavailable' : `errors.${error}`)}
        </p>
      ) : null}
      <label className="block">
        {t('forgot.email')}
        <input name="email" type="email" autoComplete="username" maxLength={320} className={inputClass} />
      </label>
      <button type="submit" disabled={pending} className={buttonClass}>
        {t('forgot.submit')}
      </button>
    </form>
  );
}

/** The new password, through a link: once set, the page sends the editor to sign in. */
export function ResetPasswordForm({ token, min, minutes }: { token: string; min: number; minutes: number }) {
  const t = useTranslations('Admin');
  const [state, action, pending] = useActionState(resetPasswordAction, null);
  if (state?.done) {
    return (
      <div className="space-y-4">
        <p className={statusClass} role="status">
          {t('reset.done')}
        </p>
        <Link href="/admin/sign-in" className={`${buttonClass} inline-block`}>
          {t('reset.signIn')}
        </Link>
      </div>
    );
  }
  if (state?.error && state.error !== 'unavailable') {
    return <ResetLinkProblem problem={state.error === 'expired' ? 'expired' : state.error === 'throttled' ? 'throttled' : 'invalid'} minutes={minutes} />;
  }
  const errors: ActionErrors = state?.field ? { [state.field === 'passwordsDiffer' ? 'repeat' : 'password']: state.field } : {};
  return (
    <form action={action} noValidate className="space-y-4">
      {state?.error === 'unavailable' ? (
        <p className={alertClass} role="alert">
          {t('signIn.unavailable')}
        </p>
      ) : null}
      <input type="hidden" name="token" value={token} />
      <NewPasswordFields errors={errors} min={min} labels={{ password: t('reset.password', { min }), repeat: t('reset.repeat') }} />
      <button type="submit" disabled={pending} className={buttonClass}>
        {t('reset.submit')}
      </button>
    </form>
  );
}

/** A link that cannot be used (expired, used, replaced, forged), said plainly, with the way to a new one. */
export function ResetLinkProblem({ problem, minutes }: { problem: 'expired' | 'invalid' | 'throttled'; minutes: number }) {
  const t = useTranslations('Admin.reset');
  return (
    <div className="space-y-4">
      <p className={alertClass} role="alert">
        {t(problem, { minutes })}
      </p>
      <Link href="/admin/forgot-password" className="underline">
        {t('requestNew')}
      </Link>
    </div>
  );
}

function NewPasswordFields({ errors, min, labels }: { errors: ActionErrors; min: number; labels: { password: string; repeat: string } }) {
  return (
    <>
      {(['password', 'repeat'] as const).map((field) => (
        <label key={field} className="block">
          {labels[field]}
          <input
            name={field}
            type="password"
            autoComplete="new-password"
            maxLength={1_000}
            aria-invalid={errors[field] ? true : undefined}
            aria-describedby={errors[field] ? `${field}-error` : undefined}
            className={inputClass}
          />
          <PasswordFieldError errors={errors} field={field} min={min} />
        </label>
      ))}
    </>
  );
}

/** One's own password, with the current one; the other sessions end. */
export function ChangePasswordForm({ min }: { min: number }) {
  const t = useTranslations('Admin');
  const form = useRef<HTMLFormElement>(null);
  // Once changed, no password stays in the fields.
  const { state, onSubmit, pending, errors } = useStaffForm(changePasswordAction, () => form.current?.reset());
  return (
    <form ref={form} onSubmit={onSubmit} noValidate className="space-y-4 rounded border border-neutral-200 bg-white p-4" aria-labelledby="change-password">
      <h2 id="change-password" className="font-bold">
        {t('account.change')}
      </h2>
      {errors.form ? (
        <p className={alertClass} role="alert">
          {t(`errors.${errors.form}`)}
        </p>
      ) : null}
      {state?.ok ? (
        <p className={statusClass} role="status">
          {t('account.changed', { count: state.data.otherSessionsEnded })}
        </p>
      ) : null}
      <label className="block">
        {t('account.current')}
        <input
          name="current"
          type="password"
          autoComplete="current-password"
          maxLength={1_000}
          aria-invalid={errors.current ? true : undefined}
          aria-describedby={errors.current ? 'current-error' : undefined}
          className={inputClass}
        />
        <PasswordFieldError errors={errors} field="current" min={min} />
      </label>
      <NewPasswordFields errors={errors} min={min} labels={{ password: t('account.password', { min }), repeat: t('account.repeat') }} />
      <button type="submit" disabled={pending} className={buttonClass}>
        {t('account.submit')}
      </button>
    </form>
  );
}
