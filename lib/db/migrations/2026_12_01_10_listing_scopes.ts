import { sql, type Kysely } from 'kysely';

// Migrations run on Kysely<any> and never import app code: they must keep working as the app changes.

/**
 * A section's or an author's listing at any depth, by one index scan: each translation carries its article's
 * category and author (kept by triggers, never written by the app), and each has a listing index like the
 * locale-wide one. Without them a deep page of a section read every newer story of the locale to find its own.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await sql`alter table article_translations add column category_id integer, add column author_id integer`.execute(db);
  await sql`update article_translations t set category_id = a.category_id, author_id = a.author_id from articles a where a.id = t.article_id`.execute(db);
  await sql`alter table article_translations alter column category_id set not null, alter column author_id set not null`.execute(db);

  await sql`
    create function newsroom_translation_scope() returns trigger language plpgsql as $$
    begin
      select a.category_id, a.author_id into new.category_id, new.author_id from articles a where a.id = new.article_id;
      return new;
    end $$`.execute(db);
  await sql`
    create trigger article_translations_scope before insert or update of article_id, category_id, author_id
    on article_translations for each row execute function newsroom_translation_scope()`.execute(db);
  await sql`
    create function newsroom_article_scope() returns trigger language plpgsql as $$
    begin
      update article_translations set category_id = new.category_id, author_id = new.author_id where article_id = new.id;
      return null;
    end $$`.execute(db);
  await sql`
    create trigger articles_scope after update of category_id, author_id on articles
    for each row when (old.category_id is distinct from new.category_id or old.author_id is distinct from new.author_id)
    execute function newsroom_article_scope()`.execute(db);

  await sql`create index article_translations_category_listing_idx
    on article_translations (locale, category_id, published_at desc, article_id desc) where status = 'published'`.execute(db);
  await sql`create index article_translations_author_listing_idx
    on article_translations (locale, author_id, published_at desc, article_id desc) where status = 'published'`.execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  await sql`drop trigger articles_scope on articles`.execute(db);
  await sql`drop trigger article_translations_scope on article_translations`.execute(db);
  await sql`drop function newsroom_article_scope()`.execute(db);
  await sql`drop function newsroom_translation_scope()`.execute(db);
  await sql`alter table article_translations drop column category_id, drop column author_id`.execute(db);
}
