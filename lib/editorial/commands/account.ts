import 'server-only';
import { sql } from 'kysely';
import { z } from 'zod';
import { hashPassword, MIN_PASSWORD_LENGTH, verifyPassword } from '@/lib/auth/password';
import { endResetLinks } from '@/lib/auth/password-reset';
import type { Staff } from '@/lib/auth/sessions';
import { forgiveFailures, loginRetryAfter, normalizeEmail, recordLoginFailure } from '@/lib/auth/throttle';
import { audit } from '@/lib/audit/write';
import { getDb } from '@/lib/db/client';
import { requestAddress } from '@/lib/http/client-address';
import { fail, type ActionResult } from '@/lib/editorial/shared/result';

/** The rules of a new password, as for a user an admin creates (lib/auth/accounts.ts): MIN_PASSWORD_LENGTH or more. */
export const newPasswordFields = {
  password: z.string().min(MIN_PASSWORD_LENGTH, 'passwordTooShort').max(1_000, 'tooLong'),
  repeat: z.string().max(1_000, 'tooLong'),
};
const samePassword = { path: ['repeat'], message: 'passwordsDiffer' };

export const changePasswordSchema = z
  .object({ current: z.string().min(1, 'required').max(1_000, 'wrongPassword'), ...newPasswordFields })
  .refine((input) => input.password === input.repeat, samePassword);

/**
 * A staff member changes their own password, with the current one. A wrong current password is a sign-in attempt
 * like any other (lib/auth/throttle.ts: throttled, counted, audited with the address), or a session left open would
 * be a place to guess it. The change ends every other session of the user and any "forgot password" link; this one
 * stays signed in.
 */
export async function changeOwnPassword(staff: Staff, input: z.output<typeof changePasswordSchema>): Promise<ActionResult<{ otherSessionsEnded: number }>> {
  const db = getDb();
  const address = await requestAddress();
  const subjects = { account: normalizeEmail(staff.email), ip: address };
  if ((await loginRetryAfter(db, subjects)) > 0) return fail({ form: 'throttled' });
  const row = await db.selectFrom('users').select('password_hash').where('id', '=', staff.id).executeTakeFirstOrThrow();
  if (!(await verifyPassword(row.password_hash, input.current))) {
    await recordLoginFailure(db, subjects);
    await audit(db, staff.id, { action: 'passwordChangeFailed', entity: 'user', entityId: staff.id, details: { address } });
    return fail({ current: 'wrongPassword' });
  }
  const passwordHash = await hashPassword(input.password);
  const ended = await db.transaction().execute(async (trx) => {
    await trx.updateTable('users').set({ password_hash: passwordHash, updated_at: sql`now()` }).where('id', '=', staff.id).execute();
    const others = await trx.deleteFrom('staff_sessions').where('user_id', '=', staff.id).where('id', '!=', staff.sessionId).executeTakeFirst();
    await endResetLinks(trx, staff.id);
    await audit(trx, staff.id, { action: 'passwordChanged', entity: 'user', entityId: staff.id, details: { address, otherSessionsEnded: Number(others.numDeletedRows) } });
    return Number(others.numDeletedRows);
  });
  await forgiveFailures(db, subjects);
  return { ok: true, data: { otherSessionsEnded: ended } };
}
