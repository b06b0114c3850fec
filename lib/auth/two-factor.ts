import 'server-only';
import { createCipheriv, createDecipheriv, createHash, hkdfSync, randomBytes, randomInt } from 'node:crypto';
import { sql, type Kysely } from 'kysely';
import { Secret, TOTP } from 'otpauth';
import QRCode from 'qrcode';
import type { Database } from '@/lib/db/schema';
import { env } from '@/lib/ops/env.mjs';

/**
 * Two-factor sign-in for staff: a time-based code (RFC 6238: SHA-1, 6 digits, 30 s, as every authenticator app
 * reads an otpauth:// QR code) or one of ten single-use recovery codes. The secret is stored encrypted with a key
 * derived from AUTH_SECRET, so a copy of the database (a backup) signs no one in; rotating AUTH_SECRET therefore
 * means enrolling again.
 */
const ISSUER = 'Anews';
const PERIOD_SECONDS = 30;
const RECOVERY_CODES = 10;
// No 0/o, 1/l/i: read off paper. 31 letters, ten of them: about 50 bits a code.
const RECOVERY_ALPHABET = 'abcdefghjkmnpqrstuvwxyz23456789';

function sealingKey(): Buffer {
  const secret = env().AUTH_SECRET;
  if (!secret) throw new Error('AUTH_SECRET is not set: two-factor secrets cannot be sealed');
  return Buffer.from(hkdfSync('sha256', secret, 'anews', 'two-factor secret v1', 32));
}

/** AES-256-GCM, `v1.iv.tag.ciphertext` in base64url. */
function seal(plain: string): string {
  const iv = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', sealingKey(), iv);
  const body = Buffer.concat([cipher.update(plain, 'utf8'), cipher.final()]);
  return ['v1', iv, cipher.getAuthTag(), body].map((part) => (typeof part === 'string' ? part : part.toString('base64url'))).join('.');
}

/** The sealed text, or null when it was sealed under another AUTH_SECRET (or tampered with). */
function unseal(sealed: string): string | null {
  const [version, iv, tag, body] = sealed.split('.');
  if (version !== 'v1' || !iv || !tag || !body) return null;
  try {
    const decipher = createDecipheriv('aes-256-gcm', sealingKey(), Buffer.from(iv, 'base64url'));
    decipher.setAuthTag(Buffer.from(tag, 'base64url'));
    return Buffer.concat([decipher.update(Buffer.from(body, 'base64url')), decipher.final()]).toString('utf8');
  } catch {
    return null;
  }
}

function totp(base32: string, label: string): TOTP {
  return new TOTP({ issuer: ISSUER, label, secret: Secret.fromBase32(base32), algorithm: 'SHA1', digits: 6, period: PERIOD_SECONDS });
}

/** The time step a code belongs to, one step of clock drift either way allowed; null when it is not the code. */
function acceptedStep(base32: string, code: string, now = Date.now()): number | null {
  const delta = totp(base32, '').validate({ token: code, timestamp: now, window: 1 });
  return delta === null ? null : TOTP.counter({ period: PERIOD_SECONDS, timestamp: now }) + delta;
}

export function normalizeRecoveryCode(code: string): string {
  return code.toLowerCase().replace(/[^a-z0-9]/g, '');
}

// A plain SHA-256 is enough: the codes are random with ~50 bits each, not chosen by people, so there is no
// dictionary to try; a slow hash would only make ten checks at each sign-in slow.
function hashRecoveryCode(code: string): string {
  return createHash('sha256').update(normalizeRecoveryCode(code)).digest('hex');
}

function newRecoveryCode(): string {
  const letters = Array.from({ length: 10 }, () => RECOVERY_ALPHABET[randomInt(RECOVERY_ALPHABET.length)]).join('');
  return `${letters.slice(0, 5)}-${letters.slice(5)}`;
}

export interface Enrolment {
  /** The otpauth:// address the QR code holds. */
  uri: string;
  /** The QR code, an SVG as a data: URL for an <img>. */
  qrCode: string;
  /** The secret in base32, for typing into an app that cannot scan. */
  key: string;
}

/** A new secret, kept as pending until a code from it confirms the enrolment; a new start replaces an unconfirmed one. */
export async function startEnrolment(db: Kysely<Database>, user: { id: number; email: string }): Promise<Enrolment> {
  const secret = new Secret({ size: 20 });
  await db.updateTable('users').set({ totp_pending_secret: seal(secret.base32) }).where('id', '=', user.id).execute();
  const uri = totp(secret.base32, user.email).toString();
  const svg = await QRCode.toString(uri, { type: 'svg', margin: 1, errorCorrectionLevel: 'M' });
  return { uri, qrCode: `data:image/svg+xml;base64,${Buffer.from(svg).toString('base64')}`, key: secret.base32.replace(/(.{4})/g, '$1 ').trim() };
}

/** Replaces a user's recovery codes with ten new ones, returned in plain text this once. */
export async function replaceRecoveryCodes(db: Kysely<Database>, userId: number): Promise<string[]> {
  const codes = Array.from({ length: RECOVERY_CODES }, newRecoveryCode);
  await db.deleteFrom('recovery_codes').where('user_id', '=', userId).execute();
  await db
    .insertInto('recovery_codes')
    .values(codes.map((code) => ({ user_id: userId, code_hash: hashRecoveryCode(code) })))
    .execute();
  return codes;
}

/**
 * Turns two-factor sign-in on when `code` comes from the pending secret, inside the caller's transaction. Returns the
 * new recovery codes, or null when the code is wrong or nothing is pending.
 */
export async function confirmEnrolment(trx: Kysely<Database>, userId: number, code: string): Promise<string[] | null> {
  const row = await trx.selectFrom('users').select('totp_pending_secret').where('id', '=', userId).forUpdate().executeTakeFirst();
  const base32 = row?.totp_pending_secret ? unseal(row.totp_pending_secret) : null;
  const step = base32 ? acceptedStep(base32, code) : null;
  if (step === null) return null;
  await trx
    .updateTable('users')
    .set({ totp_secret: row!.totp_pending_secret, totp_pending_secret: null, totp_enabled_at: sql`now()`, totp_last_step: step })
    .where('id', '=', userId)
    .execute();
  return replaceRecoveryCodes(trx, userId);
}

export type SecondFactor = 'totp' | 'recovery';

/**
 * Checks a sign-in's second factor: six digits are the app's code, which is refused a second time (a code seen over a
 * shoulder or replayed from a proxy log is spent); anything else is tried as a recovery code, which is then used up.
 */
export async function checkSecondFactor(db: Kysely<Database>, userId: number, code: string): Promise<SecondFactor | null> {
  const typed = code.replace(/\s/g, '');
  if (/^\d{6}$/.test(typed)) {
    const row = await db.selectFrom('users').select('totp_secret').where('id', '=', userId).executeTakeFirst();
    const base32 = row?.totp_secret ? unseal(row.totp_secret) : null;
    const step = base32 ? acceptedStep(base32, typed) : null;
    if (step === null) return null;
    const claimed = await db
      .updateTable('users')
      .set({ totp_last_step: step })
      .where('id', '=', userId)
      .where((eb) => eb.or([eb('totp_last_step', 'is', null), eb('totp_last_step', '<', String(step))]))
      .returning('id')
      .executeTakeFirst();
    return claimed ? 'totp' : null;
  }
  if (normalizeRecoveryCode(typed).length !== 10) return null;
  const used = await db
    .updateTable('recovery_codes')
    .set({ used_at: sql`now()` })
    .where('user_id', '=', userId)
    .where('code_hash', '=', hashRecoveryCode(typed))
    .where('used_at', 'is', null)
    .returning('user_id')
    .executeTakeFirst();
  return used ? 'recovery' : null;
}

export async function turnOffTwoFactor(trx: Kysely<Database>, userId: number): Promise<void> {
  await trx
    .updateTable('users')
    .set({ totp_secret: null, totp_pending_secret: null, totp_enabled_at: null, totp_last_step: null })
    .where('id', '=', userId)
    .execute();
  await trx.deleteFrom('recovery_codes').where('user_id', '=', userId).execute();
}

export interface TwoFactorStatus {
  since: Date | null;
  recoveryCodesLeft: number;
}

export async function twoFactorStatus(db: Kysely<Database>, userId: number): Promise<TwoFactorStatus> {
  const [user, codes] = await Promise.all([
    db.selectFrom('users').select('totp_enabled_at').where('id', '=', userId).executeTakeFirst(),
    db.selectFrom('recovery_codes').select((eb) => eb.fn.countAll<string>().as('n')).where('user_id', '=', userId).where('used_at', 'is', null).executeTakeFirst(),
  ]);
  return { since: user?.totp_enabled_at ?? null, recoveryCodesLeft: Number(codes?.n ?? 0) };
}

/** The site setting (in site_settings, beside the footer's) that makes two-factor sign-in required for admins. */
export const REQUIRED_FOR_ADMINS = 'two_factor_required_for_admins';

export async function twoFactorRequiredForAdmins(db: Kysely<Database>): Promise<{ required: boolean; version: number }> {
  const row = await db.selectFrom('site_settings').select(['value', 'version']).where('key', '=', REQUIRED_FOR_ADMINS).executeTakeFirst();
  return { required: row?.value === true, version: row?.version ?? 0 };
}
