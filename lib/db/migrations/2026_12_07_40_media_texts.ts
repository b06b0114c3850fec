import { sql, type Kysely } from 'kysely';

// Migrations run on Kysely<any> and never import app code: they must keep working as the app changes.

export async function up(db: Kysely<any>): Promise<void> {
  // An image's own alt text and caption, per language: what the picker offers when the image becomes a cover or a
  // body image. An article keeps its own copy (cover_alt, a body image's alt), which overrides this one.
  await db.schema
    .createTable('media_texts')
    .addColumn('media_id', 'integer', (c) => c.notNull().references('media.id').onDelete('cascade'))
    .addColumn('locale', 'text', (c) => c.notNull())
    .addColumn('alt', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('caption', 'text', (c) => c.notNull().defaultTo(''))
    .addPrimaryKeyConstraint('media_texts_pk', ['media_id', 'locale'])
    .execute();
  // What covers already say about their image, in each language: the article that used it first wins.
  await sql`
    insert into media_texts (media_id, locale, alt, caption)
    select distinct on (a.cover_media_id, t.locale) a.cover_media_id, t.locale, coalesce(t.cover_alt, ''), coalesce(t.cover_caption, '')
      from articles a join article_translations t on t.article_id = a.id
     where a.cover_media_id is not null and coalesce(t.cover_alt, '') <> ''
     order by a.cover_media_id, t.locale, a.id`.execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('media_texts').execute();
}
