import { randomUUID } from 'node:crypto';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { SessionClaims } from '@/lib/auth/sessions';
import { getDb } from '@/lib/db/client';
import { requestFrom } from '@/test/request-headers';
import { form, staffWithSession } from '@/test/staff-session';
import { appCode, enrolledStaff } from '@/test/two-factor';

const session = vi.hoisted(() => ({ claims: null as SessionClaims | null }));
vi.mock('@/lib/auth/auth', () => ({ auth: async () => (session.claims ? { claims: session.claims } : null) }));
vi.mock('next/cache', () => ({ revalidatePath: () => {} }));
vi.mock('next/headers', () => import('@/test/request-headers'));

const { checkLogin } = await import('./login');
const { currentStaff, signedInStaff } = await import('./staff');
const { REQUIRED_FOR_ADMINS } = await import('./two-factor');
const actions = await import('@/lib/editorial/actions');

const PASSWORD = 'integration-pass';

// Each test from an address of its own: the codes it types wrong are counted by address too (lib/auth/throttle).
beforeEach(() => requestFrom(randomUUID()));

const enrolled = (role: 'admin' | 'editor' = 'editor') =>
  enrolledStaff(role, (claims) => {
    session.claims = claims;
  });

describe('enrolling', () => {
  it('shows an otpauth QR code and key, turns on with a code from them, and gives ten recovery codes once', async () => {
    const staff = await staffWithSession('editor');
    session.claims = staff.claims;
    const begun = await actions.beginTwoFactorAction(null, form({}));
    if (!begun.ok) throw new Error('begin refused');
    expect(begun.data.uri).toMatch(/^otpauth:\/\/totp\/Anews:.+\?.*secret=[A-Z2-7]{32}/);
    expect(Buffer.from(begun.data.qrCode.replace(/^data:image\/svg\+xml;base64,/, ''), 'base64').toString()).toMatch(/^<svg[^>]*>/);
    // A wrong code leaves it off.
    const wrong = String((Number(appCode(begun.data.key)) + 1) % 1_000_000).padStart(6, '0');
    expect(await actions.confirmTwoFactorAction(null, form({ code: wrong }))).toEqual({ ok: false, errors: { code: 'badCode' } });
    expect((await signedInStaff())?.twoFactor).toBe(false);

    const confirmed = await actions.confirmTwoFactorAction(null, form({ code: appCode(begun.data.key).replace(/(\d{3})/, '$1 ') }));
    if (!confirmed.ok) throw new Error(JSON.stringify(confirmed.errors));
    expect(confirmed.data.recoveryCodes).toHaveLength(10);
    expect(new Set(confirmed.data.recoveryCodes).size).toBe(10);
    for (const code of confirmed.data.recoveryCodes) expect(code).toMatch(/^[a-z2-9]{5}-[a-z2-9]{5}$/);

    // Stored sealed and hashed: neither the key nor a recovery code is in the database as such.
    const row = await getDb().selectFrom('users').select(['totp_secret', 'totp_pending_secret']).where('id', '=', staff.id).executeTakeFirstOrThrow();
    expect(row.totp_pending_secret).toBeNull();
    expect(row.totp_secret).not.toContain(begun.data.key.replace(/\s/g, ''));
    const hashes = await getDb().selectFrom('recovery_codes').select('code_hash').where('user_id', '=', staff.id).execute();
    expect(hashes).toHaveLength(10);
    expect(hashes.map((h) => h.code_hash)).not.toContain(confirmed.data.recoveryCodes[0]);
    const audit = await getDb().selectFrom('audit_log').select('action').where('user_id', '=', staff.id).execute();
    expect(audit.map((a) => a.action)).toContain('twoFactorOn');
  });
});

describe('signing in with two-factor sign-in on', () => {
  it('asks for the code after the right password, refuses a wrong or replayed one, and takes each recovery code once', async () => {
    const user = await enrolled();
    const ip = randomUUID();
    const login = (code?: string) => checkLogin(getDb(), { email: user.email, password: PASSWORD, ip, code });

    expect(await checkLogin(getDb(), { email: user.email, password: 'wrong password', ip })).toEqual({ kind: 'invalid' });
    expect(await login()).toEqual({ kind: 'secondFactor' });
    expect(await login('000000' === appCode(user.key) ? '111111' : '000000')).toEqual({ kind: 'badCode' });
    // The enrolment used this period's code; the app's next one (one period of drift is allowed) signs in, once.
    const next = appCode(user.key, 1);
    expect(await login(next)).toMatchObject({ kind: 'ok', user: { id: user.id } });
    expect(await login(next)).toEqual({ kind: 'badCode' });
    // Two periods ahead is too far: a clock that wrong, or a code guessed for later.
    expect(await login(appCode(user.key, 3))).toEqual({ kind: 'badCode' });

    const [first, second] = user.recoveryCodes;
    expect(await login(first!.toUpperCase().replace('-', ' '))).toMatchObject({ kind: 'ok' });
    expect(await login(first)).toEqual({ kind: 'badCode' });
    expect(await login(second)).toMatchObject({ kind: 'ok' });

    const audit = await getDb().selectFrom('audit_log').select(['action', 'details']).where('user_id', '=', user.id).where('action', 'in', ['signIn', 'signInFailed']).orderBy('id').execute();
    expect(audit.map((entry) => [entry.action, (entry.details as { factor?: string; reason?: string }).factor ?? (entry.details as { reason?: string }).reason ?? null])).toEqual([
      ['signInFailed', null],
      ['signInFailed', 'code'],
      ['signIn', 'totp'],
      ['signInFailed', 'code'],
      ['signInFailed', 'code'],
      ['signIn', 'recovery'],
      ['signInFailed', 'code'],
      ['signIn', 'recovery'],
    ]);
  });

  it('counts wrong codes like wrong passwords: the throttle stops a guesser of codes too', async () => {
    const user = await enrolled();
    const ip = randomUUID();
    const results = [];
    for (let i = 0; i < 7; i += 1) results.push((await checkLogin(getDb(), { email: user.email, password: PASSWORD, ip, code: String(100000 + i) })).kind);
    expect(results.slice(0, 5).every((kind) => kind === 'badCode')).toBe(true);
    expect(results.at(-1)).toBe('throttled');
  });

  it('cannot be read back with another AUTH_SECRET: a copy of the database alone does not give the codes', async () => {
    const user = await enrolled();
    const secret = process.env.AUTH_SECRET;
    process.env.AUTH_SECRET = 'another-secret-entirely';
    try {
      expect(await checkLogin(getDb(), { email: user.email, password: PASSWORD, ip: randomUUID(), code: appCode(user.key, 1) })).toEqual({ kind: 'badCode' });
    } finally {
      process.env.AUTH_SECRET = secret;
    }
  });
});

describe('managing it', () => {
  it('renews recovery codes and turns off only against a code from the app', async () => {
    const user = await enrolled();
    session.claims = user.claims;
    expect(await actions.renewRecoveryCodesAction(null, form({ code: user.recoveryCodes[0]! }))).toEqual({ ok: false, errors: { code: 'badCode' } });
    const renewCode = appCode(user.key, 1);
    const renewed = await actions.renewRecoveryCodesAction(null, form({ code: renewCode }));
    if (!renewed.ok) throw new Error(JSON.stringify(renewed.errors));
    expect(renewed.data.recoveryCodes).toHaveLength(10);
    // The old codes stopped working.
    expect(await checkLogin(getDb(), { email: user.email, password: PASSWORD, ip: randomUUID(), code: user.recoveryCodes[1]! })).toEqual({ kind: 'badCode' });

    expect(await actions.disableTwoFactorAction(null, form({ code: '123456' }))).toEqual({ ok: false, errors: { code: 'badCode' } });
    // The renewal spent the app's next code; turning off takes a later one, a minute on.
    expect(await actions.disableTwoFactorAction(null, form({ code: renewCode }))).toEqual({ ok: false, errors: { code: 'badCode' } });
    vi.useFakeTimers({ toFake: ['Date'] });
    try {
      vi.setSystemTime(Date.now() + 60_000);
      expect(await actions.disableTwoFactorAction(null, form({ code: appCode(user.key) }))).toEqual({ ok: true, data: null });
    } finally {
      vi.useRealTimers();
    }
    expect(await checkLogin(getDb(), { email: user.email, password: PASSWORD, ip: randomUUID() })).toMatchObject({ kind: 'ok' });
  });
});

describe('required for admins', () => {
  it('holds an admin without it to the security page, and lets them work once they have set it up', async () => {
    const db = getDb();
    const setter = await enrolled('admin');
    session.claims = setter.claims;
    const current = await db.selectFrom('site_settings').select('version').where('key', '=', REQUIRED_FOR_ADMINS).executeTakeFirst();
    const turnedOn = await actions.setTwoFactorRequiredAction(null, form({ required: 'on', version: String(current?.version ?? 0) }));
    if (!turnedOn.ok) throw new Error(JSON.stringify(turnedOn.errors));
    try {
      // An admin with it keeps working; an editor without it is not concerned.
      expect(await currentStaff()).toMatchObject({ id: setter.id });
      session.claims = (await staffWithSession('editor')).claims;
      expect(await currentStaff()).not.toBeNull();
      // It cannot be turned off while required.
      session.claims = setter.claims;
      expect(await actions.disableTwoFactorAction(null, form({ code: appCode(setter.key, 1) }))).toEqual({ ok: false, errors: { form: 'twoFactorStillRequired' } });

      const admin = await staffWithSession('admin');
      session.claims = admin.claims;
      expect(await signedInStaff()).toMatchObject({ id: admin.id });
      expect(await currentStaff()).toBeNull();
      expect(await actions.createArticleAction(null, form({ locale: 'en', title: 'Before enrolling', categoryId: '1' }))).toEqual({ ok: false, errors: { form: 'twoFactorRequired' } });
      const begun = await actions.beginTwoFactorAction(null, form({}));
      if (!begun.ok) throw new Error(JSON.stringify(begun.errors));
      expect(await actions.confirmTwoFactorAction(null, form({ code: appCode(begun.data.key) }))).toMatchObject({ ok: true });
    } finally {
      const row = await db.selectFrom('site_settings').select('version').where('key', '=', REQUIRED_FOR_ADMINS).executeTakeFirstOrThrow();
      session.claims = setter.claims;
      expect(await actions.setTwoFactorRequiredAction(null, form({ version: String(row.version) }))).toMatchObject({ ok: true });
    }
  });
});

describe('an admin', () => {
  it('turns off the two-factor sign-in of someone who lost their phone and codes, which ends their sessions, but not their own', async () => {
    const user = await enrolled();
    const admin = await enrolled('admin');
    session.claims = admin.claims;
    expect(await actions.resetTwoFactorAction(null, form({ userId: String(admin.id) }))).toEqual({ ok: false, errors: { form: 'self' } });
    expect(await actions.resetTwoFactorAction(null, form({ userId: String(user.id) }))).toEqual({ ok: true, data: null });
    // Once only: there is nothing left to turn off.
    expect(await actions.resetTwoFactorAction(null, form({ userId: String(user.id) }))).toEqual({ ok: false, errors: { form: 'notFound' } });
    session.claims = user.claims;
    expect(await signedInStaff()).toBeNull();
    expect(await checkLogin(getDb(), { email: user.email, password: PASSWORD, ip: randomUUID() })).toMatchObject({ kind: 'ok' });
    expect(await getDb().selectFrom('recovery_codes').select('code_hash').where('user_id', '=', user.id).execute()).toEqual([]);
  });
});
