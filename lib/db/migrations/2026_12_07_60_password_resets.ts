import { sql, type Kysely } from 'kysely';

// Migrations run on Kysely<any> and never import app code: they must keep working as the app changes.

export async function up(db: Kysely<any>): Promise<void> {
  // "Forgot password" links (lib/auth/password-reset.ts): one live link per user at most, a newer request replacing
  // it. Only the SHA-256 of the token is kept, so a copy of the database (a backup) resets no one's password.
  await db.schema
    .createTable('password_reset_tokens')
    .addColumn('user_id', 'integer', (c) => c.primaryKey().references('users.id').onDelete('cascade'))
    .addColumn('token_hash', 'text', (c) => c.notNull().unique())
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('expires_at', 'timestamptz', (c) => c.notNull())
    .execute();
  // Requests for a link and wrong links, counted per address and per typed email over a short window, as sign-in
  // failures are; old rows are dropped as new ones come, and the table holds a bounded number of them.
  await db.schema
    .createTable('password_reset_attempts')
    .addColumn('id', 'bigserial', (c) => c.primaryKey())
    .addColumn('scope', 'text', (c) => c.notNull().check(sql`scope in ('account', 'ip', 'badToken')`))
    .addColumn('subject', 'text', (c) => c.notNull())
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .execute();
  await db.schema.createIndex('password_reset_attempts_subject_idx').on('password_reset_attempts').columns(['scope', 'subject', 'created_at']).execute();
  await db.schema.createIndex('password_reset_attempts_created_idx').on('password_reset_attempts').column('created_at').execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('password_reset_attempts').execute();
  await db.schema.dropTable('password_reset_tokens').execute();
}
