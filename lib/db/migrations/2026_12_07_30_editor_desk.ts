import { sql, type Kysely } from 'kysely';

// Migrations run on Kysely<any> and never import app code: they must keep working as the app changes.

export async function up(db: Kysely<any>): Promise<void> {
  // The cover's alt text and caption of a language whose translation does not exist yet: typed in the editor's tab
  // for that language, kept here until the translation is created, then moved onto its row.
  await db.schema
    .createTable('article_cover_texts')
    .addColumn('article_id', 'integer', (c) => c.notNull().references('articles.id').onDelete('cascade'))
    .addColumn('locale', 'text', (c) => c.notNull())
    .addColumn('alt', 'text')
    .addColumn('caption', 'text')
    .addColumn('updated_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addPrimaryKeyConstraint('article_cover_texts_pkey', ['article_id', 'locale'])
    .execute();

  // Who has a story's editor open now: one row per open editor (a browser tab), refreshed by its heartbeat and
  // forgotten once it stops. Unlogged: it is worth nothing after a crash, and its writes need no WAL.
  await sql`
    create unlogged table editor_presence (
      article_id integer not null references articles(id) on delete cascade,
      client_id text not null,
      user_id integer not null references users(id) on delete cascade,
      locale text not null,
      seen_at timestamptz not null default now(),
      primary key (article_id, client_id)
    )`.execute(db);
  await db.schema.createIndex('editor_presence_seen_at').on('editor_presence').column('seen_at').execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('editor_presence').execute();
  await db.schema.dropTable('article_cover_texts').execute();
}
