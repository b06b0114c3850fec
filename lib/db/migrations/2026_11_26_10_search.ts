import { sql, type Kysely } from 'kysely';

// Migrations run on Kysely<any> and never import app code: they must keep working as the app changes.

/**
 * Full-text search per translation: a stored, weighted tsvector (title A, lead B, body C) to match, a small one of
 * title and lead alone to rank (ranking reads it for every candidate; the full one is large and stored out of line),
 * both kept current by a trigger, since editors insert and change translations at any time; and a table of the words
 * in use with a pg_trgm index, to correct mistyped words in every locale.
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

  // pg_trgm sees only the letters of the database's ctype (ASCII alone under C, as the embedded server runs), so
  // trigram text is folded and its Cyrillic written in Latin, one letter for one (ъ, ь dropped): `trigramText` in TS.
  await sql`create function newsroom_trigram_text(input text) returns text
    language sql immutable strict parallel safe
    return translate(
      newsroom_search_fold(input),
      'абвгдеёжзийклмнопрстуфхцчшщыэюяАБВГДЕЁЖЗИЙКЛМНОПРСТУФХЦЧШЩЫЭЮЯъьЪЬ',
      'abvgdeejziyklmnoprstufhcqwwyeuaabvgdeejziyklmnoprstufhcqwwyeua'
    )`.execute(db);

  // The reader-visible text of a body document (lib/document/schema.ts): inline text of paragraphs, headings,
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
    .execute();
  // Search reads a row per candidate: wide rows (body, vectors) stored out of line keep those reads to few pages.
  await sql`alter table article_translations set (toast_tuple_target = 512)`.execute(db);

  // The words of every translation, per locale, as the index spells them (Azerbaijani folded, others lower-cased
  // and unstemmed), with their trigram text: a mistyped query word is corrected to its nearest neighbours here, in a
  // table of distinct words, rather than by comparing it with the text of every article.
  await db.schema
    .createTable('search_words')
    .addColumn('locale', 'text', (c) => c.notNull())
    .addColumn('word', 'text', (c) => c.notNull())
    .addColumn('trigrams', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('search_words_pk', ['locale', 'word'])
    .execute();
  await sql`create index search_words_trigram_idx on search_words using gin (trigrams gin_trgm_ops)`.execute(db);

  await sql`create function article_translations_search_update() returns trigger
    language plpgsql as $$
    begin
      new.search_head := newsroom_search_part(new.locale, new.title, 'A') || newsroom_search_part(new.locale, new.lead, 'B');
      new.search_vector := new.search_head || newsroom_search_part(new.locale, newsroom_document_text(new.body), 'C');
      return new;
    end
    $$`.execute(db);
  // Words are only added: a word no article uses any more corrects a typo to something that finds nothing, no harm.
  await sql`create function article_translations_search_words() returns trigger
    language plpgsql as $$
    declare
      source text := new.title || ' ' || new.lead || ' ' || coalesce(newsroom_document_text(new.body), '');
    begin
      if new.locale = 'az' then
        source := newsroom_search_fold(source);
      end if;
      insert into search_words (locale, word, trigrams)
      select new.locale, word, newsroom_trigram_text(word)
      from unnest(tsvector_to_array(to_tsvector('simple', source))) as word
      where length(word) between 3 and 40
      on conflict do nothing;
      return null;
    end
    $$`.execute(db);
  await sql`create trigger article_translations_search
    before insert or update of locale, title, lead, body on article_translations
    for each row execute function article_translations_search_update()`.execute(db);
  await sql`create trigger article_translations_search_words
    after insert or update of locale, title, lead, body on article_translations
    for each row execute function article_translations_search_words()`.execute(db);

  // Fill the new columns for the rows that exist: the trigger fires on this update.
  await sql`update article_translations set title = title`.execute(db);

  // Only published translations are ever searched.
  await sql`create index article_translations_search_idx on article_translations
    using gin (search_vector) where status = 'published'`.execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  await sql`drop trigger article_translations_search_words on article_translations`.execute(db);
  await sql`drop function article_translations_search_words()`.execute(db);
  await db.schema.dropTable('search_words').execute();
  await sql`drop trigger article_translations_search on article_translations`.execute(db);
  await sql`drop function article_translations_search_update()`.execute(db);
  await sql`alter table article_translations reset (toast_tuple_target)`.execute(db);
  await db.schema.alterTable('article_translations').dropColumn('search_vector').dropColumn('search_head').execute();
  await sql`drop function newsroom_search_part(text, text, "char")`.execute(db);
  await sql`drop function newsroom_search_config(text)`.execute(db);
  await sql`drop function newsroom_document_text(jsonb)`.execute(db);
  await sql`drop function newsroom_trigram_text(text)`.execute(db);
  await sql`drop function newsroom_search_fold(text)`.execute(db);
}
