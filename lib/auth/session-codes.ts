import 'server-only';
import type { Kysely } from 'kysely';
import type { Database } from '@/lib/db/schema';
import { audit } from '@/lib/audit/write';
import type { AuditAction } from '@/lib/audit/actions';
import { endStaffSession, type Staff } from './sessions';
import { forgiveFailures, loginRetryAfter, normalizeEmail, recordLoginFailure } from './throttle';

/**
 * Two-factor codes typed inside a session (turning it on or off, new recovery codes) are sign-in attempts like those
 * at the sign-in form, or a stolen session would be a place to guess codes at leisure. Each goes through the sign-in
 * throttle (throttle.ts) under the account and the request's address, is refused unchecked while it says wait, and
 * each wrong one is audited with its address. On top of that a session gets ten wrong codes in all, the tenth ending
 * it: a stolen cookie is worth ten guesses, from however many addresses they come.
 */
export const WRONG_CODES_PER_SESSION = 10;

export type SessionCodeCheck<T> =
  | { kind: 'ok'; value: T }
  | { kind: 'wrong' }
  /** The tenth wrong code, or none was left to try: the session is over and its next request is signed out. */
  | { kind: 'sessionEnded' }
  | { kind: 'throttled'; retryAfter: number };

export interface CodeAttempt {
  /** The client's address (lib/http/client-address). */
  address: string;
  /** What a wrong code is audited as. */
  failed: AuditAction;
}

/** Takes one of the session's wrong codes ahead of a check; its number, or null when none is left. */
async function takeAttempt(db: Kysely<Database>, sessionId: string): Promise<number | null> {
  const row = await db
    .updateTable('staff_sessions')
    .set((eb) => ({ code_failures: eb('code_failures', '+', 1) }))
    .where('id', '=', sessionId)
    .where('code_failures', '<', WRONG_CODES_PER_SESSION)
    .returning('code_failures')
    .executeTakeFirst();
  return row?.code_failures ?? null;
}

async function giveBackAttempt(db: Kysely<Database>, sessionId: string): Promise<void> {
  await db
    .updateTable('staff_sessions')
    .set((eb) => ({ code_failures: eb('code_failures', '-', 1) }))
    .where('id', '=', sessionId)
    .execute();
}

/**
 * Runs `check`, which answers null for a wrong code, as a throttled and counted attempt in `staff`'s session. The
 * count is taken before the check and given back after a right code, so that codes sent all at once, to several
 * instances, still get ten checks between them; a check that throws keeps its count.
 */
export async function checkCodeInSession<T>(
  db: Kysely<Database>,
  staff: Staff,
  attempt: CodeAttempt,
  check: () => Promise<T | null>,
): Promise<SessionCodeCheck<T>> {
  const subjects = { account: normalizeEmail(staff.email), ip: attempt.address };
  const retryAfter = await loginRetryAfter(db, subjects);
  if (retryAfter > 0) return { kind: 'throttled', retryAfter };
  const taken = await takeAttempt(db, staff.sessionId);
  if (taken === null) {
    await endStaffSession(db, staff.sessionId);
    return { kind: 'sessionEnded' };
  }
  const value = await check();
  if (value !== null) {
    await giveBackAttempt(db, staff.sessionId);
    // The right code from the authenticator: whoever mistyped before from here is its owner.
    await forgiveFailures(db, subjects);
    return { kind: 'ok', value };
  }
  await recordLoginFailure(db, subjects);
  const details = { address: attempt.address };
  await audit(db, staff.id, { action: attempt.failed, entity: 'user', entityId: staff.id, details });
  if (taken < WRONG_CODES_PER_SESSION) return { kind: 'wrong' };
  await endStaffSession(db, staff.sessionId);
  await audit(db, staff.id, { action: 'sessionEndedByCodes', entity: 'user', entityId: staff.id, details });
  return { kind: 'sessionEnded' };
}
