import { sql, type Kysely } from 'kysely';

// Migrations run on Kysely<any> and never import app code: they must keep working as the app changes.

export async function up(db: Kysely<any>): Promise<void> {
  // Background jobs that must run once across several app instances claim their row with one atomic update.
  await db.schema
    .createTable('job_runs')
    .addColumn('name', 'text', (c) => c.primaryKey())
    // The period (e.g. the Baku day) the job last completed for; a claim for that period again is refused.
    .addColumn('done_key', 'text')
    // Nobody else may start the job before this instant: set while it runs, and as a back-off after a failure.
    .addColumn('locked_until', 'timestamptz')
    .addColumn('last_started_at', 'timestamptz')
    .addColumn('last_finished_at', 'timestamptz')
    .addColumn('last_error', 'text')
    .addColumn('updated_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .execute();

  // Views per article, locale and hour: no reader data at all, only counts.
  await db.schema
    .createTable('article_views')
    .addColumn('article_id', 'integer', (c) => c.notNull().references('articles.id').onDelete('cascade'))
    .addColumn('locale', 'text', (c) => c.notNull())
    .addColumn('hour', 'timestamptz', (c) => c.notNull())
    .addColumn('views', 'bigint', (c) => c.notNull().defaultTo(0))
    .addPrimaryKeyConstraint('article_views_pk', ['article_id', 'locale', 'hour'])
    .execute();
  // "Most read in the last 24 hours of a locale" scans one locale's recent hours.
  await db.schema.createIndex('article_views_locale_hour_idx').on('article_views').columns(['locale', 'hour']).execute();

  // One breaking-news line per locale; setting a new one replaces it.
  await db.schema
    .createTable('breaking_news')
    .addColumn('locale', 'text', (c) => c.primaryKey().check(sql`locale in ('ru', 'az', 'en')`))
    .addColumn('text', 'text', (c) => c.notNull())
    .addColumn('link', 'text')
    .addColumn('starts_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('expires_at', 'timestamptz', (c) => c.notNull())
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('updated_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addCheckConstraint('breaking_news_window', sql`expires_at > starts_at`)
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  for (const table of ['breaking_news', 'article_views', 'job_runs']) {
    await db.schema.dropTable(table).execute();
  }
}
