import { sql, type Kysely } from 'kysely';

// Migrations run on Kysely<any> and never import app code: they must keep working as the app changes.

export async function up(db: Kysely<any>): Promise<void> {
  // A live page is an article of its own kind: it keeps translations, slugs, category, tags, cover, sitemaps and the
  // 410 of any article, and holds entries. It is live until its coverage ends. `live_seq` numbers the page's changes:
  // every entry write takes the article's row lock and the next number, so changes commit in the order of their
  // numbers and a reader waiting for "changes after N" can never miss one that commits late.
  await db.schema
    .alterTable('articles')
    .addColumn('kind', 'text', (c) => c.notNull().defaultTo('article').check(sql`kind in ('article', 'live')`))
    .addColumn('coverage_started_at', 'timestamptz')
    .addColumn('coverage_ended_at', 'timestamptz')
    .addColumn('live_seq', 'bigint', (c) => c.notNull().defaultTo(0))
    // The last IndexNow ping for a key event: at most one a minute a page, whichever instance posts.
    .addColumn('live_indexnow_at', 'timestamptz')
    .execute();

  await db.schema
    .createTable('live_entries')
    .addColumn('id', 'serial', (c) => c.primaryKey())
    .addColumn('article_id', 'integer', (c) => c.notNull().references('articles.id').onDelete('cascade'))
    .addColumn('created_by', 'integer', (c) => c.references('users.id').onDelete('set null'))
    // The entry's time as readers see it: set when it is first published in any language.
    .addColumn('posted_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('key_event', 'boolean', (c) => c.notNull().defaultTo(false))
    .addColumn('pinned', 'boolean', (c) => c.notNull().defaultTo(false))
    .addColumn('deleted_at', 'timestamptz')
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('updated_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .execute();
  await sql`create index live_entries_page on live_entries (article_id, posted_at desc, id desc)`.execute(db);
  // One pinned entry a page.
  await sql`create unique index live_entries_one_pinned on live_entries (article_id) where pinned and deleted_at is null`.execute(db);

  await db.schema
    .createTable('live_entry_translations')
    .addColumn('entry_id', 'integer', (c) => c.notNull().references('live_entries.id').onDelete('cascade'))
    .addColumn('locale', 'text', (c) => c.notNull().check(sql`locale in ('ru', 'az', 'en')`))
    // A key event's short title in this language; empty for other entries.
    .addColumn('title', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('body', 'jsonb', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull().check(sql`status in ('draft', 'published')`))
    .addColumn('published_at', 'timestamptz')
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('updated_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addPrimaryKeyConstraint('live_entry_translations_pk', ['entry_id', 'locale'])
    .execute();

  await db.schema
    .createTable('live_entry_revisions')
    .addColumn('id', 'bigserial', (c) => c.primaryKey())
    .addColumn('entry_id', 'integer', (c) => c.notNull().references('live_entries.id').onDelete('cascade'))
    .addColumn('locale', 'text', (c) => c.notNull())
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('body', 'jsonb', (c) => c.notNull())
    .addColumn('created_by', 'integer', (c) => c.references('users.id').onDelete('set null'))
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .execute();
  await db.schema.createIndex('live_entry_revisions_entry').on('live_entry_revisions').columns(['entry_id', 'locale', 'id']).execute();

  // What changed for the readers of one language, numbered by the page's live_seq: an entry to show again (new,
  // edited, flagged, withdrawn) or the page itself (ended, resumed). Readers ask for the changes after the number
  // they have; old rows are pruned, and a reader further behind than what is kept reloads.
  await db.schema
    .createTable('live_changes')
    .addColumn('article_id', 'integer', (c) => c.notNull().references('articles.id').onDelete('cascade'))
    .addColumn('seq', 'bigint', (c) => c.notNull())
    .addColumn('locale', 'text', (c) => c.notNull().check(sql`locale in ('ru', 'az', 'en')`))
    .addColumn('entry_id', 'integer', (c) => c.references('live_entries.id').onDelete('cascade'))
    // False for a change only the newsroom sees (a draft): the live desk follows every change, readers these.
    .addColumn('for_readers', 'boolean', (c) => c.notNull())
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addPrimaryKeyConstraint('live_changes_pk', ['article_id', 'locale', 'seq'])
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('live_changes').execute();
  await db.schema.dropTable('live_entry_revisions').execute();
  await db.schema.dropTable('live_entry_translations').execute();
  await db.schema.dropTable('live_entries').execute();
  await db.schema
    .alterTable('articles')
    .dropColumn('kind')
    .dropColumn('coverage_started_at')
    .dropColumn('coverage_ended_at')
    .dropColumn('live_seq')
    .dropColumn('live_indexnow_at')
    .execute();
}
