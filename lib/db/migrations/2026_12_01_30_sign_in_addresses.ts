import { sql, type Kysely } from 'kysely';

// Migrations run on Kysely<any> and never import app code: they must keep working as the app changes.

export async function up(db: Kysely<any>): Promise<void> {
  // Failures are also counted per account and address together: what backs off the guesser of one password
  // without locking its owner out (lib/auth/throttle.ts).
  await sql`alter table login_failures drop constraint if exists login_failures_scope_check`.execute(db);
  await sql`alter table login_failures add constraint login_failures_scope_check check (scope in ('account', 'ip', 'pair'))`.execute(db);
  // The addresses each account has signed in from: the owner's usual ones are not held back by failures elsewhere.
  await db.schema
    .createTable('sign_in_addresses')
    .addColumn('account', 'text', (c) => c.notNull())
    .addColumn('address', 'text', (c) => c.notNull())
    .addColumn('last_success_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addPrimaryKeyConstraint('sign_in_addresses_pkey', ['account', 'address'])
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('sign_in_addresses').execute();
  await sql`delete from login_failures where scope = 'pair'`.execute(db);
  await sql`alter table login_failures drop constraint if exists login_failures_scope_check`.execute(db);
  await sql`alter table login_failures add constraint login_failures_scope_check check (scope in ('account', 'ip'))`.execute(db);
}
