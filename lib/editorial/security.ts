import 'server-only';
import { z } from 'zod';
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
import { getDb } from '@/lib/db/client';
import { audit } from './audit';
import { recordVersion } from './fields';
import { fail, type ActionResult } from './result';
import { writeSetting } from './settings';
import { versionedWrite } from './versioned-write';

/** The security page's forms: each staff member's own two-factor sign-in, and the admins' requirement of it. */
export const noInput = z.object({});
// Six digits from the app; spaces as some apps show them ("123 456") are fine.
export const appCodeSchema = z.object({ code: z.string().transform((code) => code.replace(/\s/g, '')).pipe(z.string().regex(/^\d{6}$/, 'badCode')) });
export const requiredSchema = z.object({ required: z.enum(['on']).optional(), version: recordVersion });

export async function beginTwoFactor(staff: Staff): Promise<ActionResult<Enrolment>> {
  if (staff.twoFactor) return fail({ form: 'invalid' });
  return { ok: true, data: await startEnrolment(getDb(), staff) };
}

export async function confirmTwoFactor(staff: Staff, input: z.output<typeof appCodeSchema>): Promise<ActionResult<{ recoveryCodes: string[] }>> {
  const recoveryCodes = await getDb()
    .transaction()
    .execute(async (trx) => {
      const codes = await confirmEnrolment(trx, staff.id, input.code);
      if (codes) await audit(trx, staff.id, { action: 'twoFactorOn', entity: 'user', entityId: staff.id });
      return codes;
    });
  return recoveryCodes ? { ok: true, data: { recoveryCodes } } : fail({ code: 'badCode' });
}

/** New recovery codes (the old ones stop working), against a code from the app: a left-open session alone cannot. */
export async function renewRecoveryCodes(staff: Staff, input: z.output<typeof appCodeSchema>): Promise<ActionResult<{ recoveryCodes: string[] }>> {
  const db = getDb();
  if (!staff.twoFactor || (await checkSecondFactor(db, staff.id, input.code)) !== 'totp') return fail({ code: 'badCode' });
  const recoveryCodes = await db.transaction().execute(async (trx) => {
    const codes = await replaceRecoveryCodes(trx, staff.id);
    await audit(trx, staff.id, { action: 'recoveryCodes', entity: 'user', entityId: staff.id });
    return codes;
  });
  return { ok: true, data: { recoveryCodes } };
}

export async function disableTwoFactor(staff: Staff, input: z.output<typeof appCodeSchema>): Promise<ActionResult> {
  const db = getDb();
  if (staff.role === 'admin' && (await twoFactorRequiredForAdmins(db)).required) return fail({ form: 'twoFactorStillRequired' });
  if (!staff.twoFactor || (await checkSecondFactor(db, staff.id, input.code)) !== 'totp') return fail({ code: 'badCode' });
  await db.transaction().execute(async (trx) => {
    await turnOffTwoFactor(trx, staff.id);
    await audit(trx, staff.id, { action: 'twoFactorOff', entity: 'user', entityId: staff.id });
  });
  return { ok: true, data: null };
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
