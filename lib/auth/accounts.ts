import type { Kysely } from 'kysely';
import { z } from 'zod';
import { roles } from '@/lib/db/enums';
import type { Database, Role } from '@/lib/db/schema';
import { locales } from '@/lib/i18n/locales';
import { slugify } from '@/lib/i18n/slugify';
import { hashPassword, MIN_PASSWORD_LENGTH } from './password';
import { normalizeEmail } from './throttle';

export const newUserSchema = z.object({
  email: z.email().max(320).transform(normalizeEmail),
  name: z.string().trim().min(1).max(200),
  role: z.enum(roles),
  password: z.string().min(MIN_PASSWORD_LENGTH).max(1_000),
});
export type NewUser = z.infer<typeof newUserSchema>;

/**
 * Creates a user and the byline readers see for them (an author with the same name in every language). Runs in the
 * caller's transaction when given one. Returns null when the email is taken.
 */
export async function createUser(db: Kysely<Database>, input: NewUser): Promise<number | null> {
  const passwordHash = await hashPassword(input.password);
  return db.transaction().execute(async (trx) => {
    const user = await trx
      .insertInto('users')
      .values({ email: input.email, name: input.name, role: input.role, password_hash: passwordHash })
      .onConflict((oc) => oc.column('email').doNothing())
      .returning('id')
      .executeTakeFirst();
    if (!user) return null;
    const base = slugify(input.name, 'en') || 'author';
    const taken = await trx.selectFrom('authors').select('id').where('slug', '=', base).executeTakeFirst();
    const author = await trx
      .insertInto('authors')
      .values({ slug: taken ? `${base}-${user.id}` : base, user_id: user.id })
      .returning('id')
      .executeTakeFirstOrThrow();
    await trx
      .insertInto('author_translations')
      .values(locales.map((locale) => ({ author_id: author.id, locale, name: input.name })))
      .execute();
    return user.id;
  });
}

/** The demo editor of development and end-to-end runs; the README gives these credentials. Never in production. */
export const DEMO_EDITOR = { email: 'editor@anews.test', name: 'Demo Editor', role: 'editor' as Role, password: 'demo-editor-2026' };

/**
 * First start: ADMIN_EMAIL + ADMIN_PASSWORD create the admin when the database has no user yet; the demo editor is
 * added only when asked (development, end-to-end tests). Returns what it created, for the start-up log.
 */
export async function bootstrapUsers(
  db: Kysely<Database>,
  options: { adminEmail?: string; adminPassword?: string; demoEditor: boolean },
): Promise<string[]> {
  const created: string[] = [];
  const anyUser = await db.selectFrom('users').select('id').limit(1).executeTakeFirst();
  if (!anyUser && options.adminEmail && options.adminPassword) {
    const admin = newUserSchema.parse({ email: options.adminEmail, name: 'Admin', role: 'admin', password: options.adminPassword });
    if (await createUser(db, admin)) created.push(`admin ${admin.email}`);
  }
  if (options.demoEditor && (await createUser(db, newUserSchema.parse(DEMO_EDITOR)))) created.push(`demo editor ${DEMO_EDITOR.email}`);
  return created;
}
