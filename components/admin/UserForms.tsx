'use client';

import { useTranslations } from 'next-intl';
import { useRef } from 'react';
import { createUserAction, resetPasswordAction, resetTwoFactorAction, setUserActiveAction, setUserRoleAction } from '@/lib/editorial/actions';
import { roles } from '@/lib/db/enums';
import type { StaffUser } from '@/lib/editorial/shared/staff-user';
import { FieldError, FormStatus } from './FormMessages';
import { buttonClass, inputClass } from './styles';
import { useStaffForm } from './useStaffForm';

/** A new staff account. Once created, the form is emptied: the new user's password does not stay on the screen. */
export function CreateUserForm() {
  const t = useTranslations('Admin');
  const form = useRef<HTMLFormElement>(null);
  const { state, onSubmit, pending, errors } = useStaffForm(createUserAction, () => form.current?.reset());
  return (
    <form ref={form} onSubmit={onSubmit} className="space-y-3 rounded border border-neutral-200 bg-white p-4" aria-labelledby="new-user">
      <h2 id="new-user" className="font-bold">
        {t('users.create')}
      </h2>
      <FormStatus errors={errors} saved={Boolean(state?.ok)} savedText={t('users.done')} />
      {(['email', 'name', 'password'] as const).map((field) => (
        <label key={field} className="block">
          {t(`users.${field}`)}
          <input name={field} type={field === 'password' ? 'password' : field === 'email' ? 'email' : 'text'} autoComplete="off" required className={inputClass} />
          <FieldError errors={errors} field={field} />
        </label>
      ))}
      <label className="block">
        {t('users.role')}
        <select name="role" defaultValue="author" className={inputClass}>
          {roles.map((role) => (
            <option key={role} value={role}>
              {t(`roles.${role}`)}
            </option>
          ))}
        </select>
      </label>
      <button type="submit" disabled={pending} className={buttonClass}>
        {t('users.add')}
      </button>
    </form>
  );
}

/** One user's row: role, active flag and password, each its own small form. */
export function UserRow({ user }: { user: StaffUser }) {
  const t = useTranslations('Admin');
  const role = useStaffForm(setUserRoleAction);
  const active = useStaffForm(setUserActiveAction);
  const passwordForm = useRef<HTMLFormElement>(null);
  // A password set for someone else is not left in the field once it is set.
  const password = useStaffForm(resetPasswordAction, () => passwordForm.current?.reset());
  const twoFactor = useStaffForm(resetTwoFactorAction);
  const errors = { ...role.errors, ...active.errors, ...password.errors, ...twoFactor.errors };
  return (
    <li className="space-y-2 p-3" aria-label={user.email}>
      <p>
        <strong>{user.name}</strong> · {user.email} · {t(`roles.${user.role}`)} · {user.active ? t('users.active') : t('users.inactive')}
        {user.twoFactor ? ` · ${t('users.twoFactorOn')}` : null}
      </p>
      <FormStatus errors={errors} saved={Boolean(password.state?.ok)} savedText={t('users.done')} />
      <div className="flex flex-wrap items-end gap-3 text-sm">
        <form onSubmit={role.onSubmit} className="flex items-end gap-2">
          <input type="hidden" name="userId" value={user.id} />
          <label>
            {t('users.role')}
            <select name="role" defaultValue={user.role} className={inputClass}>
              {roles.map((r) => (
                <option key={r} value={r}>
                  {t(`roles.${r}`)}
                </option>
              ))}
            </select>
          </label>
          <button type="submit" disabled={role.pending} className={buttonClass}>
            {t('users.changeRole')}
          </button>
        </form>
        <form onSubmit={active.onSubmit}>
          <input type="hidden" name="userId" value={user.id} />
          <input type="hidden" name="active" value={user.active ? 'false' : 'true'} />
          <button type="submit" disabled={active.pending} className={buttonClass}>
            {user.active ? t('users.deactivate') : t('users.activate')}
          </button>
        </form>
        <form ref={passwordForm} onSubmit={password.onSubmit} className="flex items-end gap-2">
          <input type="hidden" name="userId" value={user.id} />
          <label>
            {t('users.newPassword')}
            <input name="password" type="password" autoComplete="new-password" required minLength={10} className={inputClass} />
          </label>
          <button type="submit" disabled={password.pending} className={buttonClass}>
            {t('users.resetPassword')}
          </button>
        </form>
        {user.twoFactor ? (
          <form onSubmit={twoFactor.onSubmit}>
            <input type="hidden" name="userId" value={user.id} />
            <button type="submit" disabled={twoFactor.pending} className={buttonClass} title={t('users.resetTwoFactorHint')}>
              {t('users.resetTwoFactor')}
            </button>
          </form>
        ) : null}
      </div>
      <FieldError errors={password.errors} field="password" />
    </li>
  );
}
