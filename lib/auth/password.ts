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

export function hashPassword(password: string): Promise<string> {
  return hash(password, PASSWORD_HASH_OPTIONS);
}

let dummyHash: Promise<string> | null = null;

/**
 * Checks a password against a stored hash. With no hash (unknown email, no password set) it still verifies against
 * a dummy hash, so the answer takes as long as for a wrong password and timing does not tell which emails exist.
 */
export async function verifyPassword(storedHash: string | null, password: string): Promise<boolean> {
  if (!storedHash) {
    dummyHash ??= hashPassword('not-a-real-password');
    await verify(await dummyHash, password).catch(() => false);
    return false;
  }
  return verify(storedHash, password).catch(() => false);
}
