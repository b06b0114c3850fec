import type { Kysely } from 'kysely';
import type { Database, Role } from '@/lib/db/schema';
import { audit } from '@/lib/audit/write';
import { verifyPassword } from './password';
import { checkSecondFactor, type SecondFactor } from './two-factor';
import { loginRetryAfter, normalizeEmail, recordLoginFailure, recordLoginSuccess } from './throttle';

export type LoginResult =
  | { kind: 'ok'; user: { id: number; name: string; email: string; role: Role; sessionVersion: number } }
  | { kind: 'invalid' }
  /** The password is right and the account has two-factor sign-in: the form asks for the code. */
  | { kind: 'secondFactor' }
  | { kind: 'badCode' }
  | { kind: 'throttled'; retryAfter: number };

/**
 * Checks an email and password, throttled so that nobody else can lock the account's owner out (throttle.ts). A wrong password, an unknown email and
 * a deactivated account all get the same answer after the same argon2 work. Every checked attempt, right or wrong,
 * goes into the audit log with its address; one refused by the throttle before any check does not. An account with
 * two-factor sign-in also needs its code (or a recovery code), checked only after the password.
 */
export async function checkLogin(db: Kysely<Database>, input: { email: string; password: string; code?: string; ip: string }): Promise<LoginResult> {
  const subjects = { account: normalizeEmail(input.email), ip: input.ip };
  const retryAfter = await loginRetryAfter(db, subjects);
  if (retryAfter > 0) return { kind: 'throttled', retryAfter };

  const user = await db
    .selectFrom('users')
    .select(['id', 'name', 'email', 'role', 'password_hash', 'active', 'session_version', 'totp_secret'])
    .where((eb) => eb(eb.fn('lower', ['email']), '=', subjects.account))
    .executeTakeFirst();
  const matches = await verifyPassword(user?.password_hash ?? null, input.password);
  if (!user || !user.active || !matches) {
    await recordLoginFailure(db, subjects);
    // Under the account it was aimed at, if there is one, with the email as typed (cut short) for the rest.
    await audit(db, user?.id ?? null, {
      action: 'signInFailed',
      entity: 'user',
      entityId: user?.id ?? null,
      details: { address: input.ip, email: subjects.account.slice(0, 200) },
    });
    return { kind: 'invalid' };
  }
  let factor: SecondFactor | null = null;
  if (user.totp_secret) {
    // Asking for the code is neither a failure nor a success: the password is checked again with the code.
    if (!input.code) return { kind: 'secondFactor' };
    factor = await checkSecondFactor(db, user.id, input.code);
    if (!factor) {
      // A wrong code counts like a wrong password: six digits are no more guessable than the throttle allows.
      await recordLoginFailure(db, subjects);
      await audit(db, user.id, { action: 'signInFailed', entity: 'user', entityId: user.id, details: { address: input.ip, email: subjects.account.slice(0, 200), reason: 'code' } });
      return { kind: 'badCode' };
    }
  }
  await recordLoginSuccess(db, subjects);
  await audit(db, user.id, { action: 'signIn', entity: 'user', entityId: user.id, details: factor ? { address: input.ip, factor } : { address: input.ip } });
  return {
    kind: 'ok',
    user: { id: user.id, name: user.name, email: user.email, role: user.role, sessionVersion: user.session_version },
  };
}
