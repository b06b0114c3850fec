import { randomUUID } from 'node:crypto';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { verifyPassword } from '@/lib/auth/password';
import { createStaffSession, resumeStaffSession, type SessionClaims } from '@/lib/auth/sessions';
import { FAILURES_BEFORE_BACKOFF } from '@/lib/auth/throttle';
import { getDb } from '@/lib/db/client';
import * as actions from '@/lib/editorial/actions';
import { requestFrom } from '@/test/request-headers';
import { form, staffWithSession } from '@/test/staff-session';

const session = vi.hoisted(() => ({ claims: null as SessionClaims | null }));
vi.mock('@/lib/auth/auth', () => ({ auth: async () => (session.claims ? { claims: session.claims } : null) }));
vi.mock('next/cache', () => ({ revalidatePath: () => {} }));
vi.mock('next/headers', () => import('@/test/request-headers'));

// test/staff-session.ts gives every user this password.
const CURRENT = 'integration-pass';
const change = (fields: Record<string, string>) => actions.changePasswordAction(null, form(fields));

beforeEach(() => requestFrom(`198.51.100.${Math.floor(Math.random() * 250)}-${randomUUID()}`));

async function passwordHash(id: number) {
  return (await getDb().selectFrom('users').select('password_hash').where('id', '=', id).executeTakeFirstOrThrow()).password_hash;
}

describe('changing one’s own password', () => {
  it('needs the current one: a wrong one changes nothing, and is audited and throttled like a sign-in', async () => {
    const staff = await staffWithSession('author');
    session.claims = staff.claims;
    for (let attempt = 1; attempt <= FAILURES_BEFORE_BACKOFF; attempt += 1) {
      expect(await change({ current: `wrong-${attempt}`, password: 'a-new-password-1', repeat: 'a-new-password-1' })).toEqual({ ok: false, errors: { current: 'wrongPassword' } });
    }
    // Past the sign-in allowance, even the right one waits.
    expect(await change({ current: CURRENT, password: 'a-new-password-1', repeat: 'a-new-password-1' })).toEqual({ ok: false, errors: { form: 'throttled' } });
    expect(await verifyPassword(await passwordHash(staff.id), CURRENT)).toBe(true);
    const audit = await getDb().selectFrom('audit_log').select('action').where('user_id', '=', staff.id).execute();
    expect(audit.map((row) => row.action)).toEqual(Array(FAILURES_BEFORE_BACKOFF).fill('passwordChangeFailed'));
    expect(await resumeStaffSession(getDb(), staff.claims)).not.toBeNull();
  });

  it('refuses a short password, two that differ, and an empty current one, by field', async () => {
    const staff = await staffWithSession('author');
    session.claims = staff.claims;
    expect(await change({ current: CURRENT, password: 'short', repeat: 'short' })).toEqual({ ok: false, errors: { password: 'passwordTooShort' } });
    expect(await change({ current: CURRENT, password: 'a-new-password-1', repeat: 'a-new-password-2' })).toEqual({ ok: false, errors: { repeat: 'passwordsDiffer' } });
    expect(await change({ current: '', password: 'a-new-password-1', repeat: 'a-new-password-1' })).toEqual({ ok: false, errors: { current: 'required' } });
    expect(await change({ current: CURRENT, password: 'a-new-password-1\u0000', repeat: 'a-new-password-1\u0000' })).toMatchObject({ ok: false, errors: { password: 'invalidCharacters' } });
    expect(await change({ current: CURRENT, password: 'x'.repeat(100_000), repeat: 'x'.repeat(100_000) })).toEqual({ ok: false, errors: { password: 'tooLong', repeat: 'tooLong' } });
    expect(await verifyPassword(await passwordHash(staff.id), CURRENT)).toBe(true);
  });

  it('ends the other sessions and any "forgot password" link, keeps this one, and is audited', async () => {
    const staff = await staffWithSession('editor');
    const elsewhere = [await createStaffSession(getDb(), staff.id), await createStaffSession(getDb(), staff.id)];
    await getDb().insertInto('password_reset_tokens').values({ user_id: staff.id, token_hash: randomUUID(), expires_at: new Date(Date.now() + 60_000) }).execute();
    session.claims = staff.claims;
    expect(await change({ current: CURRENT, password: 'a-new-password-1', repeat: 'a-new-password-1' })).toEqual({ ok: true, data: { otherSessionsEnded: 2 } });

    expect(await resumeStaffSession(getDb(), staff.claims)).toMatchObject({ id: staff.id });
    for (const sid of elsewhere) expect(await resumeStaffSession(getDb(), { ...staff.claims, sid })).toBeNull();
    expect(await getDb().selectFrom('password_reset_tokens').select('user_id').where('user_id', '=', staff.id).execute()).toEqual([]);
    const hash = await passwordHash(staff.id);
    expect(hash).toMatch(/^\$argon2id\$/);
    expect(await verifyPassword(hash, 'a-new-password-1')).toBe(true);
    expect(await verifyPassword(hash, CURRENT)).toBe(false);
    const audit = await getDb().selectFrom('audit_log').select(['action', 'details']).where('user_id', '=', staff.id).execute();
    expect(audit).toEqual([{ action: 'passwordChanged', details: { address: expect.any(String), otherSessionsEnded: 2 } }]);
  });

  it('is refused to a signed-out caller', async () => {
    session.claims = null;
    expect(await change({ current: CURRENT, password: 'a-new-password-1', repeat: 'a-new-password-1' })).toEqual({ ok: false, errors: { form: 'signedOut' } });
  });
});
