'use server';

/**
 * "Forgot password", open to signed-out visitors like signing in (lib/auth/sign-in-actions.ts): asking for a link and
 * setting a new password through one, both throttled (lib/auth/password-reset.ts).
 * lib/editorial/actions.int.test.ts checks that no other action is left unguarded.
 */
import { z } from 'zod';
import { getDb } from '@/lib/db/client';
import { isUnreachable } from '@/lib/db/outage.mjs';
import { requestAddress } from '@/lib/http/client-address';
import { isPlainText } from '@/lib/http/plain-text';
import { cookies } from 'next/headers';
import { ADMIN_LOCALE_COOKIE } from '@/lib/i18n/admin-locale';
import { defaultLocale, isLocale, type Locale } from '@/lib/i18n/locales';
import { MIN_PASSWORD_LENGTH } from './password';
import { ANSWER_FLOOR_MS, requestPasswordReset, resetPasswordWithToken } from './password-reset';

export type ForgotState = { sent?: true; error?: 'invalidEmail' | 'throttled' | 'unavailable' } | null;
export type ResetState = { done?: true; error?: 'expired' | 'invalidLink' | 'throttled' | 'unavailable'; field?: 'passwordTooShort' | 'passwordsDiffer' | 'tooLong' | 'invalidCharacters' } | null;

// A forged character (NUL, a lone surrogate) is refused before anything reaches PostgreSQL.
const typed = (max: number) => z.string().max(max).refine(isPlainText);
const forgotSchema = z.object({ email: typed(320).pipe(z.email()) });

/** The language of the page the request came from: the admin's cookie (lib/i18n/admin-locale), as the page read it. */
async function pageLocale(): Promise<Locale> {
  const value = (await cookies()).get(ADMIN_LOCALE_COOKIE)?.value;
  return isLocale(value) ? value : defaultLocale;
}

export async function requestResetAction(_previous: ForgotState, formData: FormData): Promise<ForgotState> {
  const started = performance.now();
  const parsed = forgotSchema.safeParse({ email: String(formData.get('email') ?? '').trim() });
  if (!parsed.success) return { error: 'invalidEmail' };
  try {
    const result = await requestPasswordReset(getDb(), { email: parsed.data.email, address: await requestAddress(), locale: await pageLocale() });
    return result.kind === 'sent' ? { sent: true } : { error: 'throttled' };
  } catch (error) {
    if (isUnreachable(error)) return { error: 'unavailable' };
    throw error;
  } finally {
    const left = started + ANSWER_FLOOR_MS - performance.now();
    if (left > 0) await new Promise((resolve) => setTimeout(resolve, left));
  }
}

export async function resetPasswordAction(_previous: ResetState, formData: FormData): Promise<ResetState> {
  const token = formData.get('token');
  const password = formData.get('password');
  const repeat = formData.get('repeat');
  if (typeof token !== 'string' || typeof password !== 'string' || typeof repeat !== 'string') return { error: 'invalidLink' };
  if (token.length > 100 || !isPlainText(token)) return { error: 'invalidLink' };
  if (password.length > 1_000 || repeat.length > 1_000) return { field: 'tooLong' };
  // Sign-in refuses such a password (lib/auth/auth.ts), so it is never set.
  if (!isPlainText(password)) return { field: 'invalidCharacters' };
  if (password.length < MIN_PASSWORD_LENGTH) return { field: 'passwordTooShort' };
  if (password !== repeat) return { field: 'passwordsDiffer' };
  try {
    const result = await resetPasswordWithToken(getDb(), { token, password, address: await requestAddress() });
    if (result.kind === 'ok') return { done: true };
    if (result.kind === 'throttled') return { error: 'throttled' };
    return { error: result.kind === 'expired' ? 'expired' : 'invalidLink' };
  } catch (error) {
    if (isUnreachable(error)) return { error: 'unavailable' };
    throw error;
  }
}
