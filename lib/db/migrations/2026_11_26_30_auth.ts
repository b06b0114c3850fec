import { sql, type Kysely } from 'kysely';

// Migrations run on Kysely<any> and never import app code: they must keep working as the app changes.

export async function up(db: Kysely<any>): Promise<void> {
  // Failed sign-ins, per account (the typed email, known or not) and per client address. Kept in the database so
  // that throttling holds across instances.
  await db.schema
    .createTable('login_failures')
    .addColumn('id', 'bigserial', (c) => c.primaryKey())
    .addColumn('scope', 'text', (c) => c.notNull().check(sql`scope in ('account', 'ip')`))
    .addColumn('subject', 'text', (c) => c.notNull())
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .execute();
  await db.schema
    .createIndex('login_failures_subject_idx')
    .on('login_failures')
    .columns(['scope', 'subject', 'created_at'])
    .execute();

  // One row per signed-in browser: the JWT names it, so idle and absolute limits are enforced on the server.
  await db.schema
    .createTable('staff_sessions')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('user_id', 'integer', (c) => c.notNull().references('users.id').onDelete('cascade'))
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('last_seen_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .execute();
  await db.schema.createIndex('staff_sessions_user_idx').on('staff_sessions').column('user_id').execute();

  // Lets the scheduler find due translations without scanning the table.
  await sql`create index article_translations_scheduled_idx
    on article_translations (published_at) where status = 'scheduled'`.execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  await sql`drop index if exists article_translations_scheduled_idx`.execute(db);
  await db.schema.dropTable('staff_sessions').execute();
  await db.schema.dropTable('login_failures').execute();
}
