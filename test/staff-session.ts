import { randomUUID } from 'node:crypto';
import { createUser, newUserSchema } from '@/lib/auth/accounts';
import { createStaffSession, type SessionClaims } from '@/lib/auth/sessions';
import { getDb } from '@/lib/db/client';
import type { Role } from '@/lib/db/schema';
import { locales } from '@/lib/i18n/locales';

/**
 * A real user with a real session row, and the claims Auth.js would decode from their cookie. Integration tests hand
 * these to a stand-in for `auth()`; everything after it (the database checks, the guard) runs as in production.
 */
export async function staffWithSession(role: Role): Promise<{ id: number; claims: SessionClaims }> {
  const db = getDb();
  const id = await createUser(db, newUserSchema.parse({ email: `${role}-${randomUUID()}@anews.test`, name: `Test ${role}`, role, password: 'integration-pass' }));
  if (!id) throw new Error('could not create the test user');
  return { id, claims: { uid: id, sid: await createStaffSession(db, id), sv: 1 } };
}

export function form(fields: Record<string, string | string[]>): FormData {
  const data = new FormData();
  for (const [key, value] of Object.entries(fields)) {
    for (const item of Array.isArray(value) ? value : [value]) data.append(key, item);
  }
  return data;
}

/** A category of the test's own, so articles it publishes never show up in the demo content's related lists. */
export async function testCategory(): Promise<number> {
  const db = getDb();
  const key = `test-${randomUUID()}`;
  const { id } = await db.insertInto('categories').values({ key, position: 99 }).returning('id').executeTakeFirstOrThrow();
  await db
    .insertInto('category_translations')
    .values(locales.map((locale) => ({ category_id: id, locale, name: key, slug: key })))
    .execute();
  return id;
}
