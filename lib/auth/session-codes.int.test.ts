import { randomInt } from 'node:crypto';
import { sql } from 'kysely';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { SessionClaims } from '@/lib/auth/sessions';
import { getDb } from '@/lib/db/client';
import { inRequestFrom, requestFrom } from '@/test/request-headers';
import { form, staffWithSession } from '@/test/staff-session';
import { appCode, enrolledStaff, wrongCode } from '@/test/two-factor';

const session = vi.hoisted(() => ({ claims: null as SessionClaims | null }));
vi.mock('@/lib/auth/auth', () => ({ auth: async () => (session.claims ? { claims: session.claims } : null) }));
vi.mock('next/cache', () => ({ revalidatePath: () => {} }));
vi.mock('next/headers', () => import('@/test/request-headers'));

const { createStaffSession } = await import('./sessions');
const { signedInStaff } = await import('./staff');
const { FAILURES_BEFORE_BACKOFF } = await import('./throttle');
const { WRONG_CODES_PER_SESSION } = await import('./session-codes');
const actions = await import('@/lib/editorial/actions');

const signIn = (claims: SessionClaims) => {
  session.claims = claims;
};

/** An address no other test uses, from the IPv6 documentation range: the throttle counts per address. */
const group = () => randomInt(1, 0x10000).toString(16);
const uniqueAddress = () => `2001:db8:${group()}:${group()}:${group()}::1`;
let address = '';
beforeEach(() => {
  address = uniqueAddress();
  requestFrom(address);
});

const badCode = { ok: false, errors: { code: 'badCode' } };
const throttled = { ok: false, errors: { form: 'throttled' } };
const signedOut = { ok: false, errors: { form: 'signedOut' } };

/** The user's audit log as an admin reads it: what, and from which address. */
async function auditOf(userId: number) {
  const rows = await getDb()
    .selectFrom('audit_log')
    .select(['action', sql<string | null>`details->>'address'`.as('address')])
    .where('user_id', '=', userId)
    .orderBy('id')
    .execute();
  return rows.map((row) => ({ action: row.action, address: row.address }));
}

async function twoFactorIsOn(userId: number): Promise<boolean> {
  const row = await getDb().selectFrom('users').select('totp_enabled_at').where('id', '=', userId).executeTakeFirstOrThrow();
  return row.totp_enabled_at !== null;
}

/** Each form of the security page that takes a code, with a user at the point of typing one. */
const forms = [
  {
    name: 'turning two-factor sign-in off',
    action: 'disableTwoFactorAction',
    audited: { wrong: 'twoFactorOffFailed', right: 'twoFactorOff' },
    setUp: () => enrolledStaff('editor', signIn),
  },
  {
    name: 'new recovery codes',
    action: 'renewRecoveryCodesAction',
    audited: { wrong: 'recoveryCodesFailed', right: 'recoveryCodes' },
    setUp: () => enrolledStaff('editor', signIn),
  },
  {
    name: 'confirming the enrolment',
    action: 'confirmTwoFactorAction',
    audited: { wrong: 'twoFactorOnFailed', right: 'twoFactorOn' },
    setUp: async () => {
      const staff = await staffWithSession('editor');
      signIn(staff.claims);
      const begun = await actions.beginTwoFactorAction(null, form({}));
      if (!begun.ok) throw new Error(JSON.stringify(begun.errors));
      // Nothing is on yet: the code that turns it on is this period's, and the audit log starts empty.
      return { ...staff, key: begun.data.key };
    },
  },
] as const;

describe('codes typed in a session', () => {
  it.each(forms)('$name: of 300 wrong codes only the first few are checked, and then the right one waits too', async ({ action, audited, setUp }) => {
    const user = await setUp();
    const before = await auditOf(user.id);
    const wasOn = await twoFactorIsOn(user.id);
    const results = [];
    for (let i = 0; i < 300; i += 1) results.push(await actions[action](null, form({ code: wrongCode(user.key, i) })));
    expect(results.slice(0, FAILURES_BEFORE_BACKOFF)).toEqual(Array(FAILURES_BEFORE_BACKOFF).fill(badCode));
    expect(results.slice(FAILURES_BEFORE_BACKOFF)).toEqual(Array(300 - FAILURES_BEFORE_BACKOFF).fill(throttled));

    // The right code is refused unchecked while the wait lasts: nothing changes, and the code is not spent.
    const right = appCode(user.key, wasOn ? 1 : 0);
    expect(await actions[action](null, form({ code: right }))).toEqual(throttled);
    expect(await twoFactorIsOn(user.id)).toBe(wasOn);
    // Each checked code is in the audit log with its address; the refused ones, never checked, are not.
    expect(await auditOf(user.id)).toEqual([...before, ...Array(FAILURES_BEFORE_BACKOFF).fill({ action: audited.wrong, address })]);
    // The session lives on: five wrong codes are a mistyping owner as much as a guesser.
    expect(await signedInStaff()).toMatchObject({ id: user.id });

    // The throttle counts the account and the address together: from elsewhere the right code does its work.
    const elsewhere = uniqueAddress();
    requestFrom(elsewhere);
    expect(await actions[action](null, form({ code: right }))).toMatchObject({ ok: true });
    expect(await twoFactorIsOn(user.id)).toBe(!wasOn || action !== 'disableTwoFactorAction');
    expect((await auditOf(user.id)).at(-1)).toEqual({ action: audited.right, address: elsewhere });
  });

  it(`ends the session at the ${WRONG_CODES_PER_SESSION}th wrong code in it, from however many addresses, and no other session`, async () => {
    const user = await enrolledStaff('editor', signIn);
    const otherSession = { ...user.claims, sid: await createStaffSession(getDb(), user.id) };
    const before = await auditOf(user.id);
    const addresses: string[] = [];
    // A new address for each code keeps the throttle quiet: the count per session is what stops this guesser.
    for (let i = 0; i < WRONG_CODES_PER_SESSION; i += 1) {
      addresses.push(uniqueAddress());
      requestFrom(addresses[i]!);
      const action = i % 2 ? actions.renewRecoveryCodesAction : actions.disableTwoFactorAction;
      const result = await action(null, form({ code: wrongCode(user.key, i) }));
      if (i < WRONG_CODES_PER_SESSION - 1) {
        expect(result).toEqual(badCode);
        expect(await signedInStaff()).toMatchObject({ id: user.id });
      } else expect(result).toEqual(signedOut);
    }

    // The session's row is gone: its cookie gets nothing, and the right code from it does nothing.
    expect(await getDb().selectFrom('staff_sessions').select('id').where('id', '=', user.claims.sid).executeTakeFirst()).toBeUndefined();
    expect(await signedInStaff()).toBeNull();
    expect(await actions.disableTwoFactorAction(null, form({ code: appCode(user.key, 1) }))).toEqual(signedOut);
    expect(await twoFactorIsOn(user.id)).toBe(true);
    session.claims = otherSession;
    expect(await signedInStaff()).toMatchObject({ id: user.id });

    const last = addresses.at(-1)!;
    expect(await auditOf(user.id)).toEqual([
      ...before,
      ...addresses.map((from, i) => ({ action: i % 2 ? 'recoveryCodesFailed' : 'twoFactorOffFailed', address: from })),
      { action: 'sessionEndedByCodes', address: last },
    ]);
  });

  it('counts in the database: thirty codes sent at once still get ten checks between them', async () => {
    const user = await enrolledStaff('editor', signIn);
    const before = await auditOf(user.id);
    // Each from its own address, each with the same session, all at once, as to several instances.
    const results = await Promise.all(
      Array.from({ length: 30 }, (_, i) => inRequestFrom(uniqueAddress(), () => actions.disableTwoFactorAction(null, form({ code: wrongCode(user.key, i) })))),
    );
    expect(results.filter((result) => JSON.stringify(result) === JSON.stringify(badCode))).toHaveLength(WRONG_CODES_PER_SESSION - 1);
    expect(results.filter((result) => JSON.stringify(result) === JSON.stringify(signedOut))).toHaveLength(30 - WRONG_CODES_PER_SESSION + 1);
    const failed = (await auditOf(user.id)).slice(before.length).filter((entry) => entry.action === 'twoFactorOffFailed');
    expect(failed).toHaveLength(WRONG_CODES_PER_SESSION);
    expect(await signedInStaff()).toBeNull();
  });
});
