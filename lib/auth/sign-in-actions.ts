'use server';

/**
 * The only server actions open to signed-out visitors: signing in (throttled, lib/auth/login) and signing out.
 * lib/editorial/actions.int.test.ts checks that no other action is left unguarded.
 */
import { CredentialsSignin } from 'next-auth';
import { redirect } from 'next/navigation';
import { isUnreachable } from '@/lib/db/outage.mjs';
import { signIn, signOut } from './auth';
import { SIGN_IN_PATH } from './staff';

/** What the form shows next: an error, and whether it asks for the second factor (the password was right). */
export type SignInState = { error?: 'badCredentials' | 'throttled' | 'badCode' | 'unavailable'; needsCode?: true } | null;

export async function signInAction(_previous: SignInState, formData: FormData): Promise<SignInState> {
  const email = formData.get('email');
  const password = formData.get('password');
  const code = formData.get('code') ?? '';
  if (typeof email !== 'string' || typeof password !== 'string' || typeof code !== 'string' || !email || !password) return { error: 'badCredentials' };
  try {
    await signIn('credentials', { email, password, code, redirect: false });
  } catch (error) {
    if (error instanceof CredentialsSignin) {
      if (error.code === 'secondFactor') return { needsCode: true };
      if (error.code === 'badCode') return { error: 'badCode', needsCode: true };
      return { error: error.code === 'throttled' ? 'throttled' : 'badCredentials', ...(code ? { needsCode: true as const } : {}) };
    }
    // The database is away: neither the password nor the throttle can be checked, so nobody signs in meanwhile.
    if (isUnreachable(error)) return { error: 'unavailable', ...(code ? { needsCode: true as const } : {}) };
    throw error;
  }
  redirect('/admin');
}

export async function signOutAction(): Promise<void> {
  await signOut({ redirectTo: SIGN_IN_PATH });
}
