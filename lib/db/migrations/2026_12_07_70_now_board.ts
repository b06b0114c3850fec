import { sql, type Kysely } from 'kysely';

// Migrations run on Kysely<any> and never import app code: they must keep working as the app changes.

export async function up(db: Kysely<any>): Promise<void> {
  // The secret salt of the reader hash (lib/now/salt.ts), one per Baku day, shared by every instance so that a reader
  // is one reader whichever instance answers. Yesterday's row is deleted once today's exists: the hashes of two days
  // can then never be linked, not even by us.
  await db.schema
    .createTable('now_salts')
    .addColumn('day', 'date', (c) => c.primaryKey())
    .addColumn('salt', 'bytea', (c) => c.notNull())
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .execute();

  // Readers present on a page in one minute (lib/now/): `page` is 'home', 'article:12', 'category:economy' or
  // 'live:12'; `source` is where readers came from, or 'all' for every reader, script or not. Kept 48 hours.
  await db.schema
    .createTable('now_minutes')
    .addColumn('minute', 'timestamptz', (c) => c.notNull())
    .addColumn('page', 'text', (c) => c.notNull())
    .addColumn('locale', 'text', (c) => c.notNull())
    .addColumn('source', 'text', (c) => c.notNull())
    .addColumn('readers', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('engaged_seconds', 'integer', (c) => c.notNull().defaultTo(0))
    .addPrimaryKeyConstraint('now_minutes_pkey', ['minute', 'page', 'locale', 'source'])
    .execute();
  await db.schema.createIndex('now_minutes_page').on('now_minutes').columns(['page', 'minute']).execute();

  // The minutes rolled up by hour, kept 90 days: the sum of the minutes' readers (reader-minutes) and the busiest minute.
  await db.schema
    .createTable('now_hours')
    .addColumn('hour', 'timestamptz', (c) => c.notNull())
    .addColumn('page', 'text', (c) => c.notNull())
    .addColumn('locale', 'text', (c) => c.notNull())
    .addColumn('source', 'text', (c) => c.notNull())
    .addColumn('reader_minutes', 'integer', (c) => c.notNull())
    .addColumn('peak_readers', 'integer', (c) => c.notNull())
    .addColumn('engaged_seconds', 'integer', (c) => c.notNull())
    .addPrimaryKeyConstraint('now_hours_pkey', ['hour', 'page', 'locale', 'source'])
    .execute();
  await db.schema.createIndex('now_hours_page').on('now_hours').columns(['page', 'hour']).execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('now_hours').execute();
  await db.schema.dropTable('now_minutes').execute();
  await db.schema.dropTable('now_salts').execute();
}
