import { createHash, randomUUID } from 'node:crypto';
import { sql } from 'kysely';
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { getDb } from '@/lib/db/client';
import { createServer, type Socket } from 'node:net';
import type { AddressInfo } from 'node:net';
import { mailQueueIdle, SEND_TIMEOUT_MS } from '@/lib/mail/send';
import { logger } from '@/lib/ops/log.mjs';
import { adminLanguage, requestFrom } from '@/test/request-headers';
import { startSmtpReceiver, type SmtpReceiver } from '@/test/smtp-receiver';
import { createUser, newUserSchema } from './accounts';
import { checkLogin } from './login';
import { verifyPassword } from './password';
import {
  BAD_TOKENS_PER_ADDRESS,
  MAX_STORED_ATTEMPTS,
  REQUESTS_PER_ACCOUNT,
  REQUESTS_PER_ADDRESS,
  RESET_MINUTES,
  requestPasswordReset,
  resetPasswordWithToken,
  resetTokenState,
} from './password-reset';
import { requestResetAction, resetPasswordAction } from './password-reset-actions';
import { createStaffSession, resumeStaffSession } from './sessions';
import { confirmEnrolment, startEnrolment } from './two-factor';
import { Secret, TOTP } from 'otpauth';

/** The code an authenticator app shows for `key`, `steps` periods from now (as test/two-factor.ts, which needs the actions). */
const appCode = (key: string, steps = 0) =>
  new TOTP({ secret: Secret.fromBase32(key.replace(/\s/g, '')), algorithm: 'SHA1', digits: 6, period: 30 }).generate({ timestamp: Date.now() + steps * 30_000 });

vi.mock('next/headers', () => import('@/test/request-headers'));

let smtp: SmtpReceiver;
const SITE = 'https://news.example.test';
beforeAll(async () => {
  smtp = await startSmtpReceiver();
  process.env.SMTP_URL = smtp.url;
  process.env.SMTP_FROM = 'Anews <newsroom@news.example.test>';
  process.env.SITE_URL = SITE;
});
afterAll(async () => {
  await mailQueueIdle();
  delete process.env.SMTP_URL;
  delete process.env.SMTP_FROM;
  delete process.env.SITE_URL;
  await smtp.close();
});
beforeEach(() => {
  adminLanguage(undefined);
});

const db = () => getDb();
/** Each test asks from an address of its own: the throttle counts per address. */
const address = () => `203.0.113.${Math.floor(Math.random() * 250)}-${randomUUID()}`;

async function newUser(active = true) {
  const email = `reset-${randomUUID()}@anews.test`;
  const password = 'the-old-password';
  const id = (await createUser(db(), newUserSchema.parse({ email, name: 'Reset Tester', role: 'editor', password })))!;
  if (!active) await db().updateTable('users').set({ active: false }).where('id', '=', id).execute();
  return { id, email, password };
}

/** Asks for a link and returns the token from the mail the SMTP server received. */
async function linkFor(email: string, from = address(), locale: 'ru' | 'az' | 'en' = 'en', typed = email) {
  const since = smtp.messages.length;
  expect(await requestPasswordReset(db(), { email: typed, address: from, locale })).toEqual({ kind: 'sent' });
  const mail = await smtp.next(email, since);
  const link = /https?:\/\/\S+/.exec(mail.text)![0];
  return { mail, link, token: new URL(link).searchParams.get('token')! };
}

function form(fields: Record<string, string>): FormData {
  const data = new FormData();
  for (const [key, value] of Object.entries(fields)) data.append(key, value);
  return data;
}

describe('a "forgot password" link', () => {
  it('is mailed through SMTP, in the language asked in, built from SITE_URL, and only its hash is stored', async () => {
    const user = await newUser();
    const { mail, link, token } = await linkFor(user.email, address(), 'ru', user.email.toUpperCase());
    expect(mail.from).toBe('newsroom@news.example.test');
    expect(mail.user).toBe('newsroom');
    expect(mail.subject).toBe('Anews: новый пароль');
    expect(mail.text).toContain(`Она действует один раз, ${RESET_MINUTES} минут`);
    expect(link).toBe(`${SITE}/admin/reset-password?token=${token}`);
    expect(token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(Buffer.from(token, 'base64url')).toHaveLength(32);

    const rows = await db().selectFrom('password_reset_tokens').selectAll().where('user_id', '=', user.id).execute();
    expect(rows).toHaveLength(1);
    expect(rows[0]!.token_hash).toBe(createHash('sha256').update(token).digest('hex'));
    expect(JSON.stringify(rows)).not.toContain(token);
    expect((rows[0]!.expires_at.getTime() - rows[0]!.created_at.getTime()) / 60_000).toBe(RESET_MINUTES);
  });

  it('is answered the same for an unknown or deactivated address, with the same statements, and no mail leaves', async () => {
    const statements = { known: [] as string[], unknown: [] as string[] };
    let current: string[] = [];
    // Every statement the request runs, as a read or a write.
    const counted = getDb().withPlugin({
      transformQuery: ({ node }) => {
        current.push(node.kind === 'SelectQueryNode' ? 'read' : 'write');
        return node;
      },
      transformResult: async ({ result }) => result,
    });
    {
      const user = await newUser();
      const deactivated = await newUser(false);
      const stranger = `nobody-${randomUUID()}@anews.test`;
      const since = smtp.messages.length;
      current = statements.known;
      expect(await requestPasswordReset(counted, { email: user.email, address: address(), locale: 'en' })).toEqual({ kind: 'sent' });
      current = statements.unknown;
      expect(await requestPasswordReset(counted, { email: stranger, address: address(), locale: 'en' })).toEqual({ kind: 'sent' });
      current = [];
      expect(await requestPasswordReset(counted, { email: deactivated.email, address: address(), locale: 'en' })).toEqual({ kind: 'sent' });
      // The same reads and writes, in the same order: a token is written (for nobody) and the request audited.
      expect(statements.unknown).toEqual(statements.known);
      await smtp.next(user.email, since);
      await mailQueueIdle();
      expect(smtp.messages.slice(since).flatMap((mail) => mail.to)).toEqual([user.email]);
      const audit = await db().selectFrom('audit_log').select(['user_id', 'details']).where('action', '=', 'passwordResetRequested').where(sql<string>`details->>'email'`, '=', stranger).execute();
      expect(audit).toEqual([{ user_id: null, details: expect.objectContaining({ email: stranger }) }]);
    }
  });

  it('works once: it sets the password, ends every session and is audited; two-factor still applies after', async () => {
    const user = await newUser();
    const sessions = [await createStaffSession(db(), user.id), await createStaffSession(db(), user.id)];
    const { key } = await startEnrolment(db(), user);
    expect(await db().transaction().execute((trx) => confirmEnrolment(trx, user.id, appCode(key)))).toHaveLength(10);
    const { token } = await linkFor(user.email);
    const from = address();
    expect(await resetPasswordWithToken(db(), { token, password: 'a-brand-new-password', address: from })).toEqual({ kind: 'ok' });
    for (const sid of sessions) expect(await resumeStaffSession(db(), { uid: user.id, sid, sv: 1 })).toBeNull();
    const { password_hash } = await db().selectFrom('users').select('password_hash').where('id', '=', user.id).executeTakeFirstOrThrow();
    expect(await verifyPassword(password_hash, 'a-brand-new-password')).toBe(true);
    expect(await verifyPassword(password_hash, user.password)).toBe(false);
    expect(await db().selectFrom('password_reset_tokens').select('user_id').where('user_id', '=', user.id).execute()).toEqual([]);
    const audit = await db().selectFrom('audit_log').select(['action', 'details']).where('user_id', '=', user.id).where('action', '=', 'passwordReset').execute();
    expect(audit).toEqual([{ action: 'passwordReset', details: { address: from } }]);

    // Used: refused, and the password stays the one it set.
    expect(await resetPasswordWithToken(db(), { token, password: 'yet-another-password', address: from })).toEqual({ kind: 'invalid' });
    expect(await resetTokenState(db(), token)).toEqual({ kind: 'invalid' });
    // The new password signs in, after the authenticator's code as before.
    expect((await checkLogin(db(), { email: user.email, password: 'a-brand-new-password', ip: from })).kind).toBe('secondFactor');
    expect((await checkLogin(db(), { email: user.email, password: 'a-brand-new-password', code: appCode(key, 1), ip: from })).kind).toBe('ok');
  });

  it('is replaced by a newer request', async () => {
    const user = await newUser();
    const older = await linkFor(user.email);
    const newer = await linkFor(user.email);
    expect(newer.token).not.toBe(older.token);
    expect(await resetTokenState(db(), older.token)).toEqual({ kind: 'invalid' });
    expect(await resetPasswordWithToken(db(), { token: older.token, password: 'a-brand-new-password', address: address() })).toEqual({ kind: 'invalid' });
    expect(await resetTokenState(db(), newer.token)).toEqual({ kind: 'valid', userId: user.id });
  });

  it(`expires ${RESET_MINUTES} minutes after it was asked for`, async () => {
    const user = await newUser();
    const { token } = await linkFor(user.email);
    // The row made older, as the clock would: a second short of the limit it works, a second past it not.
    const age = (seconds: number) =>
      db()
        .updateTable('password_reset_tokens')
        .set({ created_at: sql`now() - make_interval(secs => ${seconds})`, expires_at: sql`now() - make_interval(secs => ${seconds}) + make_interval(mins => ${RESET_MINUTES})` })
        .where('user_id', '=', user.id)
        .execute();
    await age(RESET_MINUTES * 60 - 1);
    expect(await resetTokenState(db(), token)).toEqual({ kind: 'valid', userId: user.id });
    await age(RESET_MINUTES * 60 + 1);
    expect(await resetTokenState(db(), token)).toEqual({ kind: 'expired' });
    expect(await resetPasswordWithToken(db(), { token, password: 'a-brand-new-password', address: address() })).toEqual({ kind: 'expired' });
    const { password_hash } = await db().selectFrom('users').select('password_hash').where('id', '=', user.id).executeTakeFirstOrThrow();
    expect(await verifyPassword(password_hash, user.password)).toBe(true);
  });

  it('refuses forged tokens and forged emails with an answer, never an error, and changes nothing', async () => {
    const user = await newUser();
    const { token } = await linkFor(user.email);
    requestFrom(address());
    const forgedTokens = [`${token.slice(0, 42)}\u0000`, `${token}\u0000`, `${token.slice(0, 42)}\ud800`, 'x'.repeat(100_000), '', token.slice(1), `${token}=`, 'A'.repeat(43)];
    for (const forged of forgedTokens) {
      expect(await resetTokenState(db(), forged)).toEqual({ kind: 'invalid' });
      expect(await resetPasswordAction(null, form({ token: forged, password: 'a-brand-new-password', repeat: 'a-brand-new-password' }))).toEqual({ error: 'invalidLink' });
    }
    // Passwords sign-in would refuse are never set.
    for (const [password, field] of [['new\u0000password', 'invalidCharacters'], ['x'.repeat(1_001), 'tooLong'], ['short', 'passwordTooShort']] as const) {
      expect(await resetPasswordAction(null, form({ token, password, repeat: password }))).toEqual({ field });
    }
    expect(await resetPasswordAction(null, form({ token, password: 'a-brand-new-password', repeat: 'a-brand-new-passwort' }))).toEqual({ field: 'passwordsDiffer' });
    const since = smtp.messages.length;
    for (const email of [`${user.email}\u0000`, `\ud800${user.email}`, `${'a'.repeat(100_000)}@anews.test`, 'not an email', '']) {
      expect(await requestResetAction(null, form({ email }))).toEqual({ error: 'invalidEmail' });
    }
    await mailQueueIdle();
    expect(smtp.messages.length).toBe(since);
    expect(await resetTokenState(db(), token)).toEqual({ kind: 'valid', userId: user.id });
  });

  it('is asked for through the form in the sign-in page’s language, whatever Host the request named', async () => {
    const user = await newUser();
    adminLanguage('az');
    requestFrom(address());
    const since = smtp.messages.length;
    expect(await requestResetAction(null, form({ email: ` ${user.email} ` }))).toEqual({ sent: true });
    const mail = await smtp.next(user.email, since);
    expect(mail.subject).toBe('Anews: yeni şifrə');
    // The action is handed no Host: the link comes from SITE_URL alone (the end-to-end spec forges the header).
    expect(mail.text).toContain(`${SITE}/admin/reset-password?token=`);
  });
});

describe('throttling', () => {
  it(`lets one address ask ${REQUESTS_PER_ADDRESS} times in its window, whichever emails`, async () => {
    const from = address();
    for (let i = 0; i < REQUESTS_PER_ADDRESS; i += 1) {
      expect(await requestPasswordReset(db(), { email: `spray-${i}-${randomUUID()}@anews.test`, address: from, locale: 'en' })).toEqual({ kind: 'sent' });
    }
    expect(await requestPasswordReset(db(), { email: `spray-${randomUUID()}@anews.test`, address: from, locale: 'en' })).toMatchObject({ kind: 'throttled' });
    expect(await requestPasswordReset(db(), { email: `spray-${randomUUID()}@anews.test`, address: address(), locale: 'en' })).toEqual({ kind: 'sent' });
  });

  it(`mails one account ${REQUESTS_PER_ACCOUNT} links in its window, from however many addresses, and the last one stays valid`, async () => {
    const user = await newUser();
    let last = '';
    for (let i = 0; i < REQUESTS_PER_ACCOUNT; i += 1) last = (await linkFor(user.email)).token;
    const since = smtp.messages.length;
    const refused = await requestPasswordReset(db(), { email: user.email, address: address(), locale: 'en' });
    expect(refused).toMatchObject({ kind: 'throttled' });
    expect((refused as { retryAfter: number }).retryAfter).toBeGreaterThan(0);
    await mailQueueIdle();
    expect(smtp.messages.length).toBe(since);
    expect(await resetTokenState(db(), last)).toEqual({ kind: 'valid', userId: user.id });
    // An unknown email is counted the same way, so the wait tells nothing of which accounts exist.
    const stranger = `nobody-${randomUUID()}@anews.test`;
    for (let i = 0; i < REQUESTS_PER_ACCOUNT; i += 1) await requestPasswordReset(db(), { email: stranger, address: address(), locale: 'en' });
    expect(await requestPasswordReset(db(), { email: stranger, address: address(), locale: 'en' })).toMatchObject({ kind: 'throttled' });
  });

  it(`stops an address after ${BAD_TOKENS_PER_ADDRESS} wrong links, even before a right one`, async () => {
    const user = await newUser();
    const { token } = await linkFor(user.email);
    const from = address();
    for (let i = 0; i < BAD_TOKENS_PER_ADDRESS; i += 1) {
      expect(await resetPasswordWithToken(db(), { token: randomUUID(), password: 'a-brand-new-password', address: from })).toEqual({ kind: 'invalid' });
    }
    expect(await resetPasswordWithToken(db(), { token, password: 'a-brand-new-password', address: from })).toMatchObject({ kind: 'throttled' });
    expect(await resetPasswordWithToken(db(), { token, password: 'a-brand-new-password', address: address() })).toEqual({ kind: 'ok' });
  });

  it(`keeps at most ${MAX_STORED_ATTEMPTS} attempts: past that, requests wait and nothing more is stored`, async () => {
    const filler = `filler-${randomUUID()}`;
    const stored = async () => Number((await db().selectFrom('password_reset_attempts').select((eb) => eb.fn.countAll<string>().as('n')).executeTakeFirstOrThrow()).n);
    await sql`insert into password_reset_attempts (scope, subject) select 'ip', ${filler} || g from generate_series(1, ${MAX_STORED_ATTEMPTS} - (select count(*) from password_reset_attempts)::int) g`.execute(db());
    try {
      expect(await stored()).toBe(MAX_STORED_ATTEMPTS);
      const user = await newUser();
      const since = smtp.messages.length;
      expect(await requestPasswordReset(db(), { email: user.email, address: address(), locale: 'en' })).toMatchObject({ kind: 'throttled' });
      expect(await stored()).toBe(MAX_STORED_ATTEMPTS);
      await mailQueueIdle();
      expect(smtp.messages.length).toBe(since);
    } finally {
      await db().deleteFrom('password_reset_attempts').where('subject', 'like', `${filler}%`).execute();
    }
  });
});

describe('sending', () => {
  it('gives up on a mail server that never answers after its deadline, logs it, and answers the same', async () => {
    const sockets: Socket[] = [];
    const silent = createServer((socket) => sockets.push(socket));
    await new Promise<void>((resolve) => silent.listen(0, '127.0.0.1', resolve));
    const errors = vi.spyOn(logger(), 'error');
    process.env.SMTP_URL = `smtp://127.0.0.1:${(silent.address() as AddressInfo).port}`;
    try {
      const user = await newUser();
      const started = Date.now();
      expect(await requestPasswordReset(db(), { email: user.email, address: address(), locale: 'en' })).toEqual({ kind: 'sent' });
      await mailQueueIdle();
      const waited = Date.now() - started;
      expect(waited).toBeGreaterThanOrEqual(SEND_TIMEOUT_MS - 1_000);
      expect(waited).toBeLessThan(SEND_TIMEOUT_MS + 5_000);
      expect(errors).toHaveBeenCalledWith(expect.objectContaining({ reason: expect.any(String) }), expect.stringMatching(/^mail to re….*@anews\.test not sent$/));
    } finally {
      process.env.SMTP_URL = smtp.url;
      errors.mockRestore();
      for (const socket of sockets) socket.destroy();
      silent.close();
    }
    // The next mail goes out as usual.
    const user = await newUser();
    await linkFor(user.email);
  }, SEND_TIMEOUT_MS + 20_000);

  it('logs a refused connection, and the answer is the same', async () => {
    const closed = createServer();
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
    const port = (closed.address() as AddressInfo).port;
    await new Promise((resolve) => closed.close(resolve));
    const errors = vi.spyOn(logger(), 'error');
    process.env.SMTP_URL = `smtp://127.0.0.1:${port}`;
    try {
      const user = await newUser();
      expect(await requestPasswordReset(db(), { email: user.email, address: address(), locale: 'en' })).toEqual({ kind: 'sent' });
      await mailQueueIdle();
      expect(errors).toHaveBeenCalledWith(expect.objectContaining({ reason: expect.stringMatching(/ECONNREFUSED/) }), expect.stringMatching(/not sent$/));
    } finally {
      process.env.SMTP_URL = smtp.url;
      errors.mockRestore();
    }
  });

  it('writes the link to the log when no SMTP_URL is set', async () => {
    const warnings = vi.spyOn(logger(), 'warn');
    delete process.env.SMTP_URL;
    try {
      const user = await newUser();
      expect(await requestPasswordReset(db(), { email: user.email, address: address(), locale: 'en' })).toEqual({ kind: 'sent' });
      await mailQueueIdle();
      expect(warnings).toHaveBeenCalledWith(expect.anything(), expect.stringMatching(new RegExp(`^No SMTP_URL: the mail to ${user.email} is written here instead of sent\\. [\\s\\S]*${SITE}/admin/reset-password\\?token=[A-Za-z0-9_-]{43}`)));
    } finally {
      process.env.SMTP_URL = smtp.url;
      warnings.mockRestore();
    }
  });
});
