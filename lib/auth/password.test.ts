import { hash } from '@node-rs/argon2';
import { describe, expect, it } from 'vitest';
import { hashPassword, PASSWORD_HASH_OPTIONS, verifyPassword } from './password';

const composed = 'Şəki-qışı-2026-é';
const decomposed = composed.normalize('NFD');

describe('passwords', () => {
  it('are one password however a letter with a mark was typed', async () => {
    expect(decomposed).not.toBe(composed);
    const stored = await hashPassword(decomposed);
    expect(await verifyPassword(stored, composed)).toBe(true);
    expect(await verifyPassword(stored, decomposed)).toBe(true);
    expect(await verifyPassword(stored, 'Şəki-qışı-2026-e')).toBe(false);
  });

  it('still open an account whose password was hashed as typed, before passwords were normalised', async () => {
    const stored = await hash(decomposed, PASSWORD_HASH_OPTIONS);
    expect(await verifyPassword(stored, decomposed)).toBe(true);
  });

  it('never match without a stored hash', async () => {
    expect(await verifyPassword(null, composed)).toBe(false);
    expect(await verifyPassword(null, decomposed)).toBe(false);
  });
});
