import { randomUUID } from 'node:crypto';
import { sql } from 'kysely';
import { afterAll, describe, expect, it } from 'vitest';
import { createDb } from '@/lib/db/connect';
import { createUser, newUserSchema } from './accounts';
import { checkLogin } from './login';
import { PASSWORD_HASH_OPTIONS } from './password';
import { createStaffSession, endAllSessionsOf, resumeStaffSession } from './sessions';
import { FAILURES_BEFORE_BACKOFF, SPRAY_FAILURES_BEFORE_BACKOFF } from './throttle';

// Two clients, as two app instances would have: throttling must hold across them.
const first = createDb(process.env.DATABASE_URL!, 2);
const second = createDb(process.env.DATABASE_URL!, 2);
afterAll(async () => {
  await first.destroy();
  await second.destroy();
});

async function newUser(role: 'admin' | 'editor' | 'author' = 'editor') {
  const email = `${randomUUID()}@anews.test`;
  const password = 'correct horse battery';
  const id = await createUser(first, newUserSchema.parse({ email, name: 'Test User', role, password }));
  return { id: id!, email, password };
}

describe('passwords', () => {
  it('are stored as argon2id with at least 19 MiB, two passes and one lane', async () => {
    const user = await newUser();
    const { password_hash } = await first.selectFrom('users').select('password_hash').where('id', '=', user.id).executeTakeFirstOrThrow();
    expect(password_hash).toMatch(/^\$argon2id\$v=19\$m=(\d+),t=(\d+),p=1\$/);
    const [, m, t] = /m=(\d+),t=(\d+)/.exec(password_hash!)!;
    expect(Number(m)).toBeGreaterThanOrEqual(19 * 1024);
    expect(Number(t)).toBeGreaterThanOrEqual(2);
    expect(PASSWORD_HASH_OPTIONS.parallelism).toBe(1);
    expect(password_hash).not.toContain(user.password);
  });

  it('sign in with the right password, case-insensitively by email', async () => {
    const user = await newUser();
    const result = await checkLogin(first, { email: user.email.toUpperCase(), password: user.password, ip: randomUUID() });
    expect(result).toMatchObject({ kind: 'ok', user: { id: user.id, role: 'editor' } });
  });

  it('give the same answer for an unknown email and a wrong password', async () => {
    const user = await newUser();
    const wrong = await checkLogin(first, { email: user.email, password: 'wrong password!', ip: randomUUID() });
    const unknown = await checkLogin(first, { email: `${randomUUID()}@anews.test`, password: 'wrong password!', ip: randomUUID() });
    expect(wrong).toEqual({ kind: 'invalid' });
    expect(unknown).toEqual(wrong);
  });
});

describe('the audit log', () => {
  it('records every checked sign-in, right or wrong, with its address, and the email a failed one typed', async () => {
    const user = await newUser();
    const ip = randomUUID();
    const stranger = `${randomUUID()}@anews.test`;
    await checkLogin(first, { email: user.email, password: user.password, ip });
    await checkLogin(first, { email: user.email, password: 'wrong wrong wrong', ip });
    await checkLogin(first, { email: stranger, password: 'wrong wrong wrong', ip });
    const rows = await first
      .selectFrom('audit_log')
      .select(['user_id', 'action', 'entity_id', 'details'])
      .where(sql<boolean>`details->>'address' = ${ip}`)
      .orderBy('id')
      .execute();
    expect(rows).toEqual([
      { user_id: user.id, action: 'signIn', entity_id: String(user.id), details: { address: ip } },
      { user_id: user.id, action: 'signInFailed', entity_id: String(user.id), details: { address: ip, email: user.email } },
      { user_id: null, action: 'signInFailed', entity_id: null, details: { address: ip, email: stranger } },
    ]);
  });
});

describe('login throttling', () => {
  const wrong = (db: typeof first, email: string, ip: string) => checkLogin(db, { email, password: 'nope nope nope', ip });

  it(`backs off one address guessing one account after ${FAILURES_BEFORE_BACKOFF} failures, across instances`, async () => {
    const user = await newUser();
    const ip = randomUUID();
    for (let i = 0; i < FAILURES_BEFORE_BACKOFF; i += 1) expect(await wrong(i % 2 ? first : second, user.email, ip)).toEqual({ kind: 'invalid' });
    // Even the right password, from that address, on the other instance, waits.
    const blocked = await checkLogin(second, { email: user.email, password: user.password, ip });
    expect(blocked).toMatchObject({ kind: 'throttled' });
    expect(blocked.kind === 'throttled' && blocked.retryAfter).toBeGreaterThan(0);
    // The owner elsewhere is not held back by it.
    expect(await checkLogin(first, { email: user.email, password: user.password, ip: randomUUID() })).toMatchObject({ kind: 'ok' });
  });

  it('never locks the owner out of their usual address, whatever is tried from elsewhere', async () => {
    const user = await newUser();
    const office = randomUUID();
    expect(await checkLogin(first, { email: user.email, password: user.password, ip: office })).toMatchObject({ kind: 'ok' });
    // An attacker who knows the email sprays wrong passwords from many addresses, and from one.
    for (let i = 0; i < SPRAY_FAILURES_BEFORE_BACKOFF + 5; i += 1) await wrong(i % 2 ? first : second, user.email, randomUUID());
    const attacker = randomUUID();
    for (let i = 0; i < FAILURES_BEFORE_BACKOFF + 2; i += 1) await wrong(first, user.email, attacker);
    expect(await checkLogin(second, { email: user.email, password: user.password, ip: attacker })).toMatchObject({ kind: 'throttled' });
    // The owner, from where they work, signs in.
    expect(await checkLogin(second, { email: user.email, password: user.password, ip: office })).toMatchObject({ kind: 'ok' });
    // An address the account never used waits while the account is under attack from everywhere.
    expect(await checkLogin(first, { email: user.email, password: user.password, ip: randomUUID() })).toMatchObject({ kind: 'throttled' });
  });

  it(`backs off an address spraying many accounts after ${SPRAY_FAILURES_BEFORE_BACKOFF} failures, and no other address`, async () => {
    const ip = randomUUID();
    for (let i = 0; i < SPRAY_FAILURES_BEFORE_BACKOFF; i += 1) await wrong(i % 2 ? first : second, `${randomUUID()}@anews.test`, ip);
    const user = await newUser();
    expect(await checkLogin(first, { email: user.email, password: user.password, ip })).toMatchObject({ kind: 'throttled' });
    expect(await checkLogin(first, { email: user.email, password: user.password, ip: randomUUID() })).toMatchObject({ kind: 'ok' });
  });

  it('forgives an address its failures on an account once it signs in there', async () => {
    const user = await newUser();
    const ip = randomUUID();
    for (let i = 0; i < FAILURES_BEFORE_BACKOFF - 1; i += 1) await wrong(first, user.email, ip);
    expect(await checkLogin(first, { email: user.email, password: user.password, ip })).toMatchObject({ kind: 'ok' });
    await wrong(first, user.email, ip);
    expect(await checkLogin(first, { email: user.email, password: user.password, ip })).toMatchObject({ kind: 'ok' });
  });
});

describe('sessions', () => {
  it('end when the user is deactivated or their session version changes', async () => {
    const user = await newUser();
    const claims = { uid: user.id, sid: await createStaffSession(first, user.id), sv: 1 };
    expect(await resumeStaffSession(second, claims)).toMatchObject({ id: user.id, role: 'editor' });

    await endAllSessionsOf(first, user.id);
    expect(await resumeStaffSession(second, claims)).toBeNull();
    // A token forged with the new version but the old session id is no better.
    expect(await resumeStaffSession(second, { ...claims, sv: 2 })).toBeNull();

    const fresh = { uid: user.id, sid: await createStaffSession(first, user.id), sv: 2 };
    expect(await resumeStaffSession(first, fresh)).not.toBeNull();
    await first.updateTable('users').set({ active: false }).where('id', '=', user.id).execute();
    expect(await resumeStaffSession(first, fresh)).toBeNull();
  });

  it('end after two idle hours and twelve hours in all', async () => {
    const user = await newUser();
    const idle = { uid: user.id, sid: await createStaffSession(first, user.id), sv: 1 };
    await first.updateTable('staff_sessions').set({ last_seen_at: new Date(Date.now() - 2 * 3600_000 - 1000) }).where('id', '=', idle.sid).execute();
    expect(await resumeStaffSession(first, idle)).toBeNull();

    const old = { uid: user.id, sid: await createStaffSession(first, user.id), sv: 1 };
    await first.updateTable('staff_sessions').set({ created_at: new Date(Date.now() - 12 * 3600_000 - 1000) }).where('id', '=', old.sid).execute();
    expect(await resumeStaffSession(first, old)).toBeNull();

    const active = { uid: user.id, sid: await createStaffSession(first, user.id), sv: 1 };
    await first.updateTable('staff_sessions').set({ last_seen_at: new Date(Date.now() - 3600_000) }).where('id', '=', active.sid).execute();
    expect(await resumeStaffSession(first, active)).not.toBeNull();
  });
});
