import 'server-only';
import { z } from 'zod';
import { createUser, newUserSchema } from '@/lib/auth/accounts';
import { hashPassword, MIN_PASSWORD_LENGTH } from '@/lib/auth/password';
import { roles } from '@/lib/db/enums';
import type { Staff } from '@/lib/auth/sessions';
import { endAllSessionsOf } from '@/lib/auth/sessions';
import { turnOffTwoFactor } from '@/lib/auth/two-factor';
import { endResetLinks } from '@/lib/auth/password-reset';
import { getDb } from '@/lib/db/client';
import { fail, type ActionResult } from '@/lib/editorial/plumbing/staff-action';
import { audit } from '@/lib/audit/write';
import type { AuditAction } from '@/lib/audit/actions';
import { recordId } from '@/lib/editorial/plumbing/fields';

const userId = recordId;
export { newUserSchema };
export const roleSchema = z.object({ userId, role: z.enum(roles) });
export const activeSchema = z.object({ userId, active: z.enum(['true', 'false']).transform((v) => v === 'true') });
export const twoFactorResetSchema = z.object({ userId });
export const passwordSchema = z.object({ userId, password: z.string().min(MIN_PASSWORD_LENGTH, 'tooShort').max(1_000, 'tooLong') });

export async function addUser(staff: Staff, input: z.output<typeof newUserSchema>): Promise<ActionResult<{ id: number }>> {
  const db = getDb();
  const id = await createUser(db, input);
  if (!id) return fail({ email: 'emailTaken' });
  await audit(db, staff.id, { action: 'create', entity: 'user', entityId: id, details: { role: input.role } });
  return { ok: true, data: { id } };
}

/**
 * Changes a user's role, active flag or password. Each of them ends the user's sessions, so the change holds at once;
 * an admin cannot demote or deactivate themselves and lock the newsroom out.
 */
async function changeUser(
  staff: Staff,
  id: number,
  action: AuditAction,
  set: { role?: (typeof roles)[number]; active?: boolean; password_hash?: string },
): Promise<ActionResult> {
  if (id === staff.id && (set.role !== undefined || set.active !== undefined)) return fail({ form: 'self' });
  const db = getDb();
  const changed = await db.transaction().execute(async (trx) => {
    const row = await trx.updateTable('users').set(set).where('id', '=', id).returning('id').executeTakeFirst();
    if (!row) return false;
    await endAllSessionsOf(trx, id);
    // A new password, or a deactivated account, leaves no "forgot password" link waiting in a mailbox.
    if (set.password_hash !== undefined || set.active === false) await endResetLinks(trx, id);
    await audit(trx, staff.id, { action, entity: 'user', entityId: id, details: { role: set.role, active: set.active } });
    return true;
  });
  return changed ? { ok: true, data: null } : fail({ form: 'notFound' });
}

export const setUserRole = (staff: Staff, input: z.output<typeof roleSchema>) => changeUser(staff, input.userId, 'role', { role: input.role });
export const setUserActive = (staff: Staff, input: z.output<typeof activeSchema>) =>
  changeUser(staff, input.userId, input.active ? 'activate' : 'deactivate', { active: input.active });
export async function resetPassword(staff: Staff, input: z.output<typeof passwordSchema>): Promise<ActionResult> {
  return changeUser(staff, input.userId, 'password', { password_hash: await hashPassword(input.password) });
}

/**
 * Turns off another user's two-factor sign-in, for one who lost both their phone and their recovery codes: they sign
 * in with their password and set it up again. Their sessions end. One's own is turned off on the security page, with
 * a code.
 */
export async function resetTwoFactor(staff: Staff, input: z.output<typeof twoFactorResetSchema>): Promise<ActionResult> {
  if (input.userId === staff.id) return fail({ form: 'self' });
  const changed = await getDb()
    .transaction()
    .execute(async (trx) => {
      const row = await trx.selectFrom('users').select('id').where('id', '=', input.userId).where('totp_enabled_at', 'is not', null).forUpdate().executeTakeFirst();
      if (!row) return false;
      await turnOffTwoFactor(trx, row.id);
      await endAllSessionsOf(trx, row.id);
      await audit(trx, staff.id, { action: 'twoFactorOff', entity: 'user', entityId: row.id });
      return true;
    });
  return changed ? { ok: true, data: null } : fail({ form: 'notFound' });
}
