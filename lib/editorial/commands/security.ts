import 'server-only';
import { z } from 'zod';
import { MAX_LENGTH } from '@/lib/editorial/shared/limits';
import type { Staff } from '@/lib/auth/sessions';
import {
  checkSecondFactor,
  confirmEnrolment,
  replaceRecoveryCodes,
  REQUIRED_FOR_ADMINS,
  startEnrolment,
  turnOffTwoFactor,
  twoFactorRequiredForAdmins,
  type Enrolment,
} from '@/lib/auth/two-factor';
import { checkCodeInSession } from '@/lib/auth/session-codes';
import { requestAddress } from '@/lib/http/client-address';
import { getDb } from '@/lib/db/client';
import { audit } from '@/lib/audit/write';
import type { AuditAction } from '@/lib/audit/actions';
import { recordVersion } from '@/lib/editorial/plumbing/fields';
import { fail, type ActionResult } from '@/lib/editorial/shared/result';
import { writeSetting } from '@/lib/editorial/commands/settings';
import { versionedWrite } from '@/lib/editorial/plumbing/versioned-write';

/** The security page's forms: each staff member's own two-factor sign-in, and the admins' requirement of it. */
export const noInput = z.object({});
// Six digits from the app; spaces as some apps show them ("123 456") are fine.
export const appCodeSchema = z.object({ code: z.string().max(MAX_LENGTH.appCode, 'badCode').transform((code) => code.replace(/\s/g, '')).pipe(z.string().regex(/^\d{6}$/, 'badCode')) });
export const requiredSchema = z.object({ required: z.enum(['on']).optional(), version: recordVersion });

export async function beginTwoFactor(staff: Staff): Promise<ActionResult<Enrolment>> {
  if (staff.twoFactor) return fail({ form: 'invalid' });
  return { ok: true, data: await startEnrolment(getDb(), staff) };
}

/**
 * Checks a code typed on this page as a sign-in attempt (lib/auth/session-codes): throttled, audited with the address
 * and counted against the session. `check` answers null for a wrong code, and otherwise makes the change.
 */
async function withCode<T>(staff: Staff, failed: AuditAction, check: (address: string) => Promise<T | null>): Promise<ActionResult<T>> {
  const address = await requestAddress();
  const result = await checkCodeInSession(getDb(), staff, { address, failed }, () => check(address));
  if (result.kind === 'ok') return { ok: true, data: result.value };
  if (result.kind === 'throttled') return fail({ form: 'throttled' });
  return fail(result.kind === 'wrong' ? { code: 'badCode' } : { form: 'signedOut' });
}

export async function confirmTwoFactor(staff: Staff, input: z.output<typeof appCodeSchema>): Promise<ActionResult<{ recoveryCodes: string[] }>> {
  return withCode(staff, 'twoFactorOnFailed', (address) =>
    getDb()
      .transaction()
      .execute(async (trx) => {
        const recoveryCodes = await confirmEnrolment(trx, staff.id, input.code);
        if (!recoveryCodes) return null;
        await audit(trx, staff.id, { action: 'twoFactorOn', entity: 'user', entityId: staff.id, details: { address } });
        return { recoveryCodes };
      }),
  );
}

/** New recovery codes (the old ones stop working), against a code from the app: a left-open session alone cannot. */
export async function renewRecoveryCodes(staff: Staff, input: z.output<typeof appCodeSchema>): Promise<ActionResult<{ recoveryCodes: string[] }>> {
  const db = getDb();
  return withCode(staff, 'recoveryCodesFailed', async (address) => {
    if (!staff.twoFactor || (await checkSecondFactor(db, staff.id, input.code)) !== 'totp') return null;
    return db.transaction().execute(async (trx) => {
      const recoveryCodes = await replaceRecoveryCodes(trx, staff.id);
      await audit(trx, staff.id, { action: 'recoveryCodes', entity: 'user', entityId: staff.id, details: { address } });
      return { recoveryCodes };
    });
  });
}

export async function disableTwoFactor(staff: Staff, input: z.output<typeof appCodeSchema>): Promise<ActionResult> {
  const db = getDb();
  if (staff.role === 'admin' && (await twoFactorRequiredForAdmins(db)).required) return fail({ form: 'twoFactorStillRequired' });
  const result = await withCode(staff, 'twoFactorOffFailed', async (address) => {
    if (!staff.twoFactor || (await checkSecondFactor(db, staff.id, input.code)) !== 'totp') return null;
    await db.transaction().execute(async (trx) => {
      await turnOffTwoFactor(trx, staff.id);
      await audit(trx, staff.id, { action: 'twoFactorOff', entity: 'user', entityId: staff.id, details: { address } });
    });
    return true;
  });
  return result.ok ? { ok: true, data: null } : result;
}

/** Requires (or stops requiring) two-factor sign-in of every admin, against the version the form was loaded with. */
export async function setTwoFactorRequired(staff: Staff, input: z.output<typeof requiredSchema>): Promise<ActionResult<{ version: number }>> {
  const required = input.required === 'on';
  return versionedWrite((current) =>
    getDb()
      .transaction()
      .execute(async (trx) => {
        const saved = current(await writeSetting(trx, REQUIRED_FOR_ADMINS, JSON.stringify(required), input.version));
        await audit(trx, staff.id, { action: 'twoFactorRequired', entity: 'settings', entityId: 0, details: { required } });
        return saved;
      }),
  );
}
