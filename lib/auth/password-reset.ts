import 'server-only';
import { createHash, randomBytes } from 'node:crypto';
import { sql, type Kysely } from 'kysely';
import { createTranslator } from 'next-intl';
import { audit } from '@/lib/audit/write';
import type { Database } from '@/lib/db/schema';
import { siteUrl } from '@/lib/http/site';
import type { Locale } from '@/lib/i18n/locales';
import { queueMail } from '@/lib/mail/send';
import { logger } from '@/lib/ops/log.mjs';
import az from '@/messages/az.json';
import en from '@/messages/en.json';
import ru from '@/messages/ru.json';
import { hashPassword } from './password';
import { endAllSessionsOf } from './sessions';
import { forgiveFailures, normalizeEmail } from './throttle';

/**
 * "Forgot password": a one-time link by mail, valid RESET_MINUTES. The token is 32 random bytes; only its SHA-256 is
 * stored (a random 256-bit secret needs no slow hash), one per user, so that a newer request replaces the older link
 * and a reset, or a change of password, ends it. The answer to a request is the same whether the address has an
 * account or not, after the same database work, and the mail leaves after the answer (lib/mail/send.ts).
 *
 * Throttled as sign-in is, over a window of WINDOW_MINUTES: requests per address and per typed email (so that nobody
 * fills an inbox, and a refused request leaves the last link sent valid), and wrong links per address. The attempts
 * table drops old rows as it goes and stops storing (and answers "wait") past MAX_STORED_ATTEMPTS rows.
 */
export const RESET_MINUTES = 30;
export const WINDOW_MINUTES = 15;
export const REQUESTS_PER_ADDRESS = 10;
export const REQUESTS_PER_ACCOUNT = 3;
export const BAD_TOKENS_PER_ADDRESS = 20;
export const MAX_STORED_ATTEMPTS = 20_000;
export const RESET_PATH = '/admin/reset-password';
/**
 * The least time the form's request for a link is answered in (lib/auth/password-reset-actions.ts). Both paths do the
 * same database work already (the integration test counts it); the floor also evens out what a busy machine, or the
 * mail going out in the background, makes uneven, so the time tells nothing of which addresses have accounts.
 */
export const ANSWER_FLOOR_MS = 300;

const messages = { ru, az, en };
// 32 bytes in base64url, without padding.
const TOKEN_PATTERN = /^[A-Za-z0-9_-]{43}$/;

export function newResetToken(): string {
  return randomBytes(32).toString('base64url');
}

export function hashResetToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

export function resetLink(token: string): string {
  return `${siteUrl()}${RESET_PATH}?token=${token}`;
}

type Scope = 'account' | 'ip' | 'badToken';

/** Seconds until the busiest of these counts lets another attempt through; 0: go ahead. */
async function retryAfter(db: Kysely<Database>, limits: { scope: Scope; subject: string; allowed: number }[]): Promise<number> {
  const rows = await db
    .selectFrom('password_reset_attempts')
    .select(['scope', 'subject', (eb) => eb.fn.countAll<string>().as('n'), (eb) => eb.fn.min('created_at').as('oldest')])
    .where('created_at', '>', sql<Date>`now() - make_interval(mins => ${WINDOW_MINUTES})`)
    .where((eb) => eb.or(limits.map((limit) => eb.and([eb('scope', '=', limit.scope), eb('subject', '=', limit.subject)]))))
    .groupBy(['scope', 'subject'])
    .execute();
  let wait = 0;
  for (const row of rows) {
    const limit = limits.find((l) => l.scope === row.scope && l.subject === row.subject);
    if (!limit || Number(row.n) < limit.allowed) continue;
    const until = new Date(row.oldest as Date).getTime() + WINDOW_MINUTES * 60_000;
    wait = Math.max(wait, Math.max(1, Math.ceil((until - Date.now()) / 1000)));
  }
  return wait;
}

/** Stores attempts, unless the table already holds its most: then false, and the caller answers "wait". */
async function recordAttempts(db: Kysely<Database>, attempts: { scope: Scope; subject: string }[]): Promise<boolean> {
  await db.deleteFrom('password_reset_attempts').where('created_at', '<', sql<Date>`now() - make_interval(mins => ${WINDOW_MINUTES})`).execute();
  const stored = await db.selectFrom('password_reset_attempts').select((eb) => eb.fn.countAll<string>().as('n')).executeTakeFirstOrThrow();
  if (Number(stored.n) + attempts.length > MAX_STORED_ATTEMPTS) {
    logger().warn(`password reset attempts: ${stored.n} stored in the last ${WINDOW_MINUTES} minutes, the most kept; new requests wait`);
    return false;
  }
  await db.insertInto('password_reset_attempts').values(attempts).execute();
  return true;
}

export type ResetRequest = { kind: 'sent' } | { kind: 'throttled'; retryAfter: number };

/**
 * Asks for a link for `email`. The answer is `sent` whether or not an active account has that email; only then is a
 * mail queued, in `locale` (the language of the page it was asked from).
 */
export async function requestPasswordReset(db: Kysely<Database>, input: { email: string; address: string; locale: Locale }): Promise<ResetRequest> {
  const account = normalizeEmail(input.email).slice(0, 320);
  const wait = await retryAfter(db, [
    { scope: 'ip', subject: input.address, allowed: REQUESTS_PER_ADDRESS },
    { scope: 'account', subject: account, allowed: REQUESTS_PER_ACCOUNT },
  ]);
  if (wait > 0) return { kind: 'throttled', retryAfter: wait };
  if (!(await recordAttempts(db, [{ scope: 'ip', subject: input.address }, { scope: 'account', subject: account }]))) return { kind: 'throttled', retryAfter: 60 };

  const user = await db
    .selectFrom('users')
    .select(['id', 'email'])
    .where((eb) => eb(eb.fn('lower', ['email']), '=', account))
    .where('active', '=', true)
    .executeTakeFirst();
  // The same work either way: a token is made and written (for nobody, it replaces nothing), and the request audited.
  const token = newResetToken();
  const tokenHash = hashResetToken(token);
  if (user) {
    await db
      .insertInto('password_reset_tokens')
      .values({ user_id: user.id, token_hash: tokenHash, expires_at: sql<Date>`now() + make_interval(mins => ${RESET_MINUTES})` })
      .onConflict((oc) =>
        oc.column('user_id').doUpdateSet({ token_hash: tokenHash, created_at: sql`now()`, expires_at: sql<Date>`now() + make_interval(mins => ${RESET_MINUTES})` }),
      )
      .execute();
  } else {
    await db.deleteFrom('password_reset_tokens').where('token_hash', '=', tokenHash).execute();
  }
  await audit(db, user?.id ?? null, {
    action: 'passwordResetRequested',
    entity: 'user',
    entityId: user?.id ?? null,
    details: { address: input.address, email: account.slice(0, 200) },
  });
  if (user) {
    const t = createTranslator({ locale: input.locale, messages: messages[input.locale], namespace: 'Admin.resetMail' });
    queueMail({ to: user.email, subject: t('subject'), text: t('body', { link: resetLink(token), minutes: RESET_MINUTES }) });
  }
  return { kind: 'sent' };
}

export type TokenState = { kind: 'valid'; userId: number } | { kind: 'expired' } | { kind: 'invalid' };

/** What a link's token is now: valid, expired, or anything else (used, replaced, forged, of a deactivated account). */
export async function resetTokenState(db: Kysely<Database>, token: string): Promise<TokenState> {
  if (!TOKEN_PATTERN.test(token)) return { kind: 'invalid' };
  const row = await db
    .selectFrom('password_reset_tokens as r')
    .innerJoin('users as u', 'u.id', 'r.user_id')
    .select(['r.user_id', sql<boolean>`r.expires_at > now()`.as('live')])
    .where('r.token_hash', '=', hashResetToken(token))
    .where('u.active', '=', true)
    .executeTakeFirst();
  if (!row) return { kind: 'invalid' };
  return row.live ? { kind: 'valid', userId: row.user_id } : { kind: 'expired' };
}

export type ResetResult = { kind: 'ok' } | { kind: 'expired' } | { kind: 'invalid' } | { kind: 'throttled'; retryAfter: number };

/**
 * Sets a new password through a link: the token is spent in the same transaction, every session of the user ends, and
 * the reset is audited. A wrong link counts against the address. Two-factor sign-in, if the account has it, still
 * asks for its code at the next sign-in.
 */
export async function resetPasswordWithToken(db: Kysely<Database>, input: { token: string; password: string; address: string }): Promise<ResetResult> {
  const wait = await retryAfter(db, [{ scope: 'badToken', subject: input.address, allowed: BAD_TOKENS_PER_ADDRESS }]);
  if (wait > 0) return { kind: 'throttled', retryAfter: wait };
  const state = await resetTokenState(db, input.token);
  if (state.kind !== 'valid') {
    await recordAttempts(db, [{ scope: 'badToken', subject: input.address }]);
    return state;
  }
  const passwordHash = await hashPassword(input.password);
  const email = await db.transaction().execute(async (trx) => {
    const spent = await trx
      .deleteFrom('password_reset_tokens')
      .where('token_hash', '=', hashResetToken(input.token))
      .where('expires_at', '>', sql<Date>`now()`)
      .returning('user_id')
      .executeTakeFirst();
    // Spent meanwhile, by the same link sent twice at once.
    if (!spent) return null;
    const user = await trx.updateTable('users').set({ password_hash: passwordHash }).where('id', '=', spent.user_id).returning(['id', 'email']).executeTakeFirstOrThrow();
    await endAllSessionsOf(trx, user.id);
    await audit(trx, user.id, { action: 'passwordReset', entity: 'user', entityId: user.id, details: { address: input.address } });
    return user.email;
  });
  if (email === null) return { kind: 'invalid' };
  // Whoever mistyped the old password from here was its owner.
  await forgiveFailures(db, { account: normalizeEmail(email), ip: input.address });
  return { kind: 'ok' };
}

/** A password changed by other means (its owner, an admin) ends the link that may be waiting in a mailbox. */
export async function endResetLinks(db: Kysely<Database>, userId: number): Promise<void> {
  await db.deleteFrom('password_reset_tokens').where('user_id', '=', userId).execute();
}
