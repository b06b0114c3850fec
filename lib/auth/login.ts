import type { Kysely } from 'kysely';
import type { Database, Role } from '@/lib/db/schema';
import { audit } from '@/lib/editorial/audit';
import { verifyPassword } from './password';
import { loginRetryAfter, normalizeEmail, recordLoginFailure, recordLoginSuccess } from './throttle';

export type LoginResult =
  | { kind: 'ok'; user: { id: number; name: string; email: string; role: Role; sessionVersion: number } }
  | { kind: 'invalid' }
  | { kind: 'throttled'; retryAfter: number };

/**
 * Checks an email and password, throttled so that nobody else can lock the account's owner out (throttle.ts). A wrong password, an unknown email and
 * a deactivated account all get the same answer after the same argon2 work. Every checked attempt, right or wrong,
 * goes into the audit log with its address; one refused by the throttle before any check does not.
 */
export async function checkLogin(db: Kysely<Database>, input: { email: string; password: string; ip: string }): Promise<LoginResult> {
  const subjects = { account: normalizeEmail(input.email), ip: input.ip };
  const retryAfter = await loginRetryAfter(db, subjects);
  if (retryAfter > 0) return { kind: 'throttled', retryAfter };

  const user = await db
    .selectFrom('users')
    .select(['id', 'name', 'email', 'role', 'password_hash', 'active', 'session_version'])
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
  await recordLoginSuccess(db, subjects);
  await audit(db, user.id, { action: 'signIn', entity: 'user', entityId: user.id, details: { address: input.ip } });
  return {
    kind: 'ok',
    user: { id: user.id, name: user.name, email: user.email, role: user.role, sessionVersion: user.session_version },
  };
}
