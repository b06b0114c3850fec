import { sql, type CreateTableBuilder, type Kysely } from 'kysely';

// Migrations run on Kysely<any> and never import app code: they must keep working as the app changes.

export async function up(db: Kysely<any>): Promise<void> {
  // Every table an editor writes carries a version for optimistic locking.
  const timestamps = (t: CreateTableBuilder<string, any>) =>
    t
      .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
      .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
      .addColumn('updated_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`));

  await timestamps(
    db.schema
      .createTable('users')
      .addColumn('id', 'serial', (c) => c.primaryKey())
      .addColumn('email', 'text', (c) => c.notNull().unique())
      .addColumn('name', 'text', (c) => c.notNull())
      .addColumn('role', 'text', (c) => c.notNull().check(sql`role in ('admin', 'editor', 'author')`))
      .addColumn('password_hash', 'text')
      .addColumn('active', 'boolean', (c) => c.notNull().defaultTo(true))
      .addColumn('session_version', 'integer', (c) => c.notNull().defaultTo(1)),
  ).execute();

  await timestamps(
    db.schema
      .createTable('authors')
      .addColumn('id', 'serial', (c) => c.primaryKey())
      .addColumn('slug', 'text', (c) => c.notNull().unique())
      .addColumn('user_id', 'integer', (c) => c.references('users.id').onDelete('set null')),
  ).execute();

  await db.schema
    .createTable('author_translations')
    .addColumn('author_id', 'integer', (c) => c.notNull().references('authors.id').onDelete('cascade'))
    .addColumn('locale', 'text', (c) => c.notNull())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('bio', 'text', (c) => c.notNull().defaultTo(''))
    .addPrimaryKeyConstraint('author_translations_pk', ['author_id', 'locale'])
    .execute();

  await timestamps(
    db.schema
      .createTable('categories')
      .addColumn('id', 'serial', (c) => c.primaryKey())
      .addColumn('key', 'text', (c) => c.notNull().unique())
      .addColumn('position', 'integer', (c) => c.notNull().defaultTo(0)),
  ).execute();

  await db.schema
    .createTable('category_translations')
    .addColumn('category_id', 'integer', (c) => c.notNull().references('categories.id').onDelete('cascade'))
    .addColumn('locale', 'text', (c) => c.notNull())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('slug', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('category_translations_pk', ['category_id', 'locale'])
    .addUniqueConstraint('category_translations_slug_unique', ['locale', 'slug'])
    .execute();

  await timestamps(
    db.schema
      .createTable('tags')
      .addColumn('id', 'serial', (c) => c.primaryKey())
      .addColumn('key', 'text', (c) => c.notNull().unique()),
  ).execute();

  await db.schema
    .createTable('tag_translations')
    .addColumn('tag_id', 'integer', (c) => c.notNull().references('tags.id').onDelete('cascade'))
    .addColumn('locale', 'text', (c) => c.notNull())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('slug', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('tag_translations_pk', ['tag_id', 'locale'])
    .addUniqueConstraint('tag_translations_slug_unique', ['locale', 'slug'])
    .execute();

  await db.schema
    .createTable('media')
    .addColumn('id', 'serial', (c) => c.primaryKey())
    .addColumn('storage_key', 'text', (c) => c.notNull().unique())
    .addColumn('mime_type', 'text', (c) => c.notNull())
    .addColumn('width', 'integer', (c) => c.notNull())
    .addColumn('height', 'integer', (c) => c.notNull())
    .addColumn('byte_size', 'integer', (c) => c.notNull())
    .addColumn('uploaded_by', 'integer', (c) => c.references('users.id').onDelete('set null'))
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .execute();

  await timestamps(
    db.schema
      .createTable('articles')
      .addColumn('id', 'serial', (c) => c.primaryKey())
      .addColumn('key', 'text', (c) => c.unique())
      .addColumn('category_id', 'integer', (c) => c.notNull().references('categories.id'))
      .addColumn('author_id', 'integer', (c) => c.notNull().references('authors.id'))
      .addColumn('cover_media_id', 'integer', (c) => c.references('media.id').onDelete('set null')),
  ).execute();
  await db.schema.createIndex('articles_category_idx').on('articles').column('category_id').execute();
  await db.schema.createIndex('articles_author_idx').on('articles').column('author_id').execute();

  await timestamps(
    db.schema
      .createTable('article_translations')
      .addColumn('article_id', 'integer', (c) => c.notNull().references('articles.id').onDelete('cascade'))
      .addColumn('locale', 'text', (c) => c.notNull().check(sql`locale in ('ru', 'az', 'en')`))
      .addColumn('slug', 'text', (c) => c.notNull())
      .addColumn('title', 'text', (c) => c.notNull())
      .addColumn('lead', 'text', (c) => c.notNull().defaultTo(''))
      .addColumn('body', 'jsonb', (c) => c.notNull())
      .addColumn('seo_title', 'text')
      .addColumn('seo_description', 'text')
      .addColumn('cover_alt', 'text')
      .addColumn('cover_caption', 'text')
      .addColumn('status', 'text', (c) =>
        c.notNull().check(sql`status in ('draft', 'review', 'scheduled', 'published', 'unpublished')`),
      )
      .addColumn('published_at', 'timestamptz')
      .addPrimaryKeyConstraint('article_translations_pk', ['article_id', 'locale'])
      .addUniqueConstraint('article_translations_slug_unique', ['locale', 'slug']),
  ).execute();
  // Every reader listing is "published in this locale, newest first", paged by (published_at, article_id).
  await sql`create index article_translations_listing_idx
    on article_translations (locale, published_at desc, article_id desc)
    where status = 'published'`.execute(db);

  await db.schema
    .createTable('article_tags')
    .addColumn('article_id', 'integer', (c) => c.notNull().references('articles.id').onDelete('cascade'))
    .addColumn('tag_id', 'integer', (c) => c.notNull().references('tags.id').onDelete('cascade'))
    .addColumn('position', 'integer', (c) => c.notNull().defaultTo(0))
    .addPrimaryKeyConstraint('article_tags_pk', ['article_id', 'tag_id'])
    .execute();
  await db.schema.createIndex('article_tags_tag_idx').on('article_tags').columns(['tag_id', 'article_id']).execute();

  await db.schema
    .createTable('article_revisions')
    .addColumn('id', 'bigserial', (c) => c.primaryKey())
    .addColumn('article_id', 'integer', (c) => c.notNull().references('articles.id').onDelete('cascade'))
    .addColumn('locale', 'text', (c) => c.notNull())
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('lead', 'text', (c) => c.notNull())
    .addColumn('body', 'jsonb', (c) => c.notNull())
    .addColumn('created_by', 'integer', (c) => c.references('users.id').onDelete('set null'))
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .execute();

  await db.schema
    .createTable('currency_rates')
    .addColumn('code', 'text', (c) => c.notNull())
    .addColumn('rate_date', 'date', (c) => c.notNull())
    .addColumn('nominal', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('value', sql`numeric(14, 6)`, (c) => c.notNull())
    .addColumn('source', 'text', (c) => c.notNull())
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('updated_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addPrimaryKeyConstraint('currency_rates_pk', ['code', 'rate_date'])
    .execute();

  await db.schema
    .createTable('site_settings')
    .addColumn('key', 'text', (c) => c.primaryKey())
    .addColumn('value', 'jsonb', (c) => c.notNull())
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('updated_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .execute();

  await db.schema
    .createTable('audit_log')
    .addColumn('id', 'bigserial', (c) => c.primaryKey())
    .addColumn('user_id', 'integer', (c) => c.references('users.id').onDelete('set null'))
    .addColumn('action', 'text', (c) => c.notNull())
    .addColumn('entity', 'text', (c) => c.notNull())
    .addColumn('entity_id', 'text')
    .addColumn('locale', 'text')
    .addColumn('details', 'jsonb', (c) => c.notNull().defaultTo(sql`'{}'::jsonb`))
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  for (const table of [
    'audit_log',
    'site_settings',
    'currency_rates',
    'article_revisions',
    'article_tags',
    'article_translations',
    'articles',
    'media',
    'tag_translations',
    'tags',
    'category_translations',
    'categories',
    'author_translations',
    'authors',
    'users',
  ]) {
    await db.schema.dropTable(table).execute();
  }
}
