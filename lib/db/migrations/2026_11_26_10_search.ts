import { sql, type Kysely } from 'kysely';

// Migrations run on Kysely<any> and never import app code: they must keep working as the app changes.

/**
 * Full-text search per translation: a stored, weighted tsvector (title A, lead B, body C) to match, a small one of
 * title and lead alone to rank (ranking reads it for every candidate; the full one is large and stored out of line),
 * and a folded title+lead for trigram matching, all kept current by a trigger, since editors insert and change
 * translations at any time.
 * Russian and English use PostgreSQL's stemmers. Azerbaijani has none: its text is lower-cased with the Azerbaijani
 * rules and folded to the letters of a plain keyboard (`newsroom_search_fold`, the twin of `foldForSearch` in
 * lib/content/search-query.ts), then indexed with the `simple` configuration.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await sql`create extension if not exists pg_trgm`.execute(db);

  // Upper-case letters are mapped explicitly, so the result does not depend on the database's ctype.
  await sql`create function newsroom_search_fold(input text) returns text
    language sql immutable strict parallel safe
    return translate(
      lower(translate(normalize(input, NFC), 'İIƏÖÜŞÇĞ', 'iıəöüşçğ')),
      'əıöüşçğ',
      'eiouscg'
    )`.execute(db);

  // pg_trgm sees only the letters of the database's ctype (ASCII alone under C, as the embedded server runs), so the
  // trigram text is folded and its Cyrillic written in Latin, one letter for one (ъ, ь dropped): `trigramText` in TS.
  await sql`create function newsroom_trigram_text(input text) returns text
    language sql immutable strict parallel safe
    return translate(
      newsroom_search_fold(input),
      'абвгдеёжзийклмнопрстуфхцчшщыэюяАБВГДЕЁЖЗИЙКЛМНОПРСТУФХЦЧШЩЫЭЮЯъьЪЬ',
      'abvgdeejziyklmnoprstufhcqwwyeuaabvgdeejziyklmnoprstufhcqwwyeua'
    )`.execute(db);

  // The reader-visible text of a body document (lib/content/document.ts): inline text of paragraphs, headings,
  // quotes and list items, and image captions.
  await sql`create function newsroom_document_text(body jsonb) returns text
    language sql immutable strict parallel safe
    return coalesce((
      select string_agg(part #>> '{}', ' ')
      from jsonb_path_query(body, '$.blocks[*] ? (@.type != "list").content[*].text') as part
    ), '') || ' ' || coalesce((
      select string_agg(part #>> '{}', ' ')
      from jsonb_path_query(body, '$.blocks[*] ? (@.type == "list").items[*][*].text') as part
    ), '') || ' ' || coalesce((
      select string_agg(part #>> '{}', ' ')
      from jsonb_path_query(body, '$.blocks[*] ? (@.type == "image").caption') as part
    ), '')`.execute(db);

  await sql`create function newsroom_search_config(locale text) returns regconfig
    language sql immutable strict parallel safe
    return case locale when 'ru' then 'russian'::regconfig when 'en' then 'english'::regconfig else 'simple'::regconfig end`.execute(db);

  // One part of a translation as the index holds it: Azerbaijani folded, the others as written (their stemmers
  // lower-case), weighted A (title), B (lead) or C (body).
  await sql`create function newsroom_search_part(locale text, part text, weight "char") returns tsvector
    language sql immutable parallel safe
    return setweight(
      to_tsvector(
        newsroom_search_config(locale),
        case when locale = 'az' then newsroom_search_fold(coalesce(part, '')) else coalesce(part, '') end
      ),
      weight
    )`.execute(db);

  await db.schema
    .alterTable('article_translations')
    .addColumn('search_vector', sql`tsvector`, (c) => c.notNull().defaultTo(sql`''::tsvector`))
    .addColumn('search_head', sql`tsvector`, (c) => c.notNull().defaultTo(sql`''::tsvector`))
    .addColumn('search_trigrams', 'text', (c) => c.notNull().defaultTo(''))
    .execute();

  await sql`create function article_translations_search_update() returns trigger
    language plpgsql as $$
    begin
      new.search_head := newsroom_search_part(new.locale, new.title, 'A') || newsroom_search_part(new.locale, new.lead, 'B');
      new.search_vector := new.search_head || newsroom_search_part(new.locale, newsroom_document_text(new.body), 'C');
      new.search_trigrams := newsroom_trigram_text(new.title || ' ' || new.lead);
      return new;
    end
    $$`.execute(db);
  await sql`create trigger article_translations_search
    before insert or update of locale, title, lead, body on article_translations
    for each row execute function article_translations_search_update()`.execute(db);

  // Fill the new columns for the rows that exist: the trigger fires on this update.
  await sql`update article_translations set title = title`.execute(db);

  // Only published translations are ever searched.
  await sql`create index article_translations_search_idx on article_translations
    using gin (search_vector) where status = 'published'`.execute(db);
  await sql`create index article_translations_trigram_idx on article_translations
    using gin (search_trigrams gin_trgm_ops) where status = 'published'`.execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  await sql`drop trigger article_translations_search on article_translations`.execute(db);
  await sql`drop function article_translations_search_update()`.execute(db);
  await db.schema.alterTable('article_translations').dropColumn('search_vector').dropColumn('search_head').dropColumn('search_trigrams').execute();
  await sql`drop function newsroom_search_part(text, text, "char")`.execute(db);
  await sql`drop function newsroom_search_config(text)`.execute(db);
  await sql`drop function newsroom_document_text(jsonb)`.execute(db);
  await sql`drop function newsroom_trigram_text(text)`.execute(db);
  await sql`drop function newsroom_search_fold(text)`.execute(db);
}
