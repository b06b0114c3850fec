import { hash, verify } from '@node-rs/argon2';

// `Algorithm` is a const enum the compiler cannot inline per file; 2 is its Argon2id.
const ARGON2ID = 2;

/** OWASP's minimum for argon2id: 19 MiB of memory, two passes, one lane. */
export const PASSWORD_HASH_OPTIONS = {
  algorithm: ARGON2ID,
  memoryCost: 19_456,
  timeCost: 2,
  parallelism: 1,
} as const;

export const MIN_PASSWORD_LENGTH = 10;

/**
 * The forms of a typed password to check: Unicode NFC first, the form every password is hashed in, so "ə" typed on a
 * phone (e + combining mark) and on a desktop (one code point) are the same password; then, when it differs, the text
 * as typed, which is what a password set before passwords were normalised was hashed as.
 */
function typedForms(password: string): string[] {
  const nfc = password.normalize('NFC');
  return nfc === password ? [nfc] : [nfc, password];
}

export function hashPassword(password: string): Promise<string> {
  return hash(password.normalize('NFC'), PASSWORD_HASH_OPTIONS);
}

let dummyHash: Promise<string> | null = null;

/**
 * Checks a password against a stored hash. With no hash (unknown email, no password set) it still verifies against
 * a dummy hash, as many times, so the answer takes as long as for a wrong password and timing does not tell which
 * emails exist.
 */
export async function verifyPassword(storedHash: string | null, password: string): Promise<boolean> {
  const target = storedHash ?? (await (dummyHash ??= hashPassword('not-a-real-password')));
  let matches = false;
  // Every form is checked, a match or not, so the time does not depend on which form matched.
  for (const form of typedForms(password)) if (await verify(target, form).catch(() => false)) matches = true;
  return storedHash !== null && matches;
}
