import type { Kysely } from 'kysely';

// Migrations run on Kysely<any> and never import app code: they must keep working as the app changes.

export async function up(db: Kysely<any>): Promise<void> {
  // Wrong two-factor codes typed inside a session (lib/auth/session-codes.ts). Counted on the session's row, not in
  // an instance's memory, so that every instance sees the same count, and the tenth wrong code ends the session.
  await db.schema
    .alterTable('staff_sessions')
    .addColumn('code_failures', 'integer', (c) => c.notNull().defaultTo(0))
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('staff_sessions').dropColumn('code_failures').execute();
}
