import { sql, type Kysely } from 'kysely';

// Migrations run on Kysely<any> and never import app code: they must keep working as the app changes.

export async function up(db: Kysely<any>): Promise<void> {
  // The name the file had on the editor's computer: what they remember an image by when they search the library.
  // Uploads from before have none.
  await db.schema.alterTable('media').addColumn('file_name', 'text').execute();
  await sql`create index media_file_name_trgm_idx on media using gin (lower(file_name) gin_trgm_ops)`.execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('media').dropColumn('file_name').execute();
}
