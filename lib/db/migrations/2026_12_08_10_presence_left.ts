import { type Kysely } from 'kysely';

// Migrations run on Kysely<any> and never import app code: they must keep working as the app changes.

export async function up(db: Kysely<any>): Promise<void> {
  // A tab that said goodbye is kept, marked, until its heartbeat would have lapsed anyway: a beat of its that was
  // already on the way when it left must not bring it back (lib/editorial/commands/presence.ts).
  await db.schema.alterTable('editor_presence').addColumn('left_at', 'timestamptz').execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('editor_presence').dropColumn('left_at').execute();
}
