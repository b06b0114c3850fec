import { sql, type Kysely } from 'kysely';

// Migrations run on Kysely<any> and never import app code: they must keep working as the app changes.

/**
 * The words a mistyped or inflected query is matched against (`search_words`) come from published text only, and go
 * when no published text uses them any more. Before, every save of any translation, drafts included, added its words
 * and nothing removed them: an author could plant a word (a URL such as `x.test/a:b` is one token to the `simple`
 * parser) that a reader's query then picked up as a correction. Each word now counts the published translations of
 * its locale that use it (`uses`), kept by a trigger on every change of text, status or locale, and on delete.
 * Only tokens without ASCII punctuation are words here: a URL, an email or `a:b` corrects no reader's typo.
 */
export async function up(db: Kysely<any>): Promise<void> {
  // The distinct words of one translation as the list holds them (Azerbaijani folded, the others lower-cased).
  await sql`create function newsroom_search_words(locale text, title text, lead text, body jsonb) returns setof text
    language sql immutable parallel safe
    as $$
      select word
      from unnest(tsvector_to_array(to_tsvector('simple',
        case when locale = 'az'
          then newsroom_search_fold(coalesce(title, '') || ' ' || coalesce(lead, '') || ' ' || coalesce(newsroom_document_text(body), ''))
          else coalesce(title, '') || ' ' || coalesce(lead, '') || ' ' || coalesce(newsroom_document_text(body), '')
        end))) as word
      where length(word) between 3 and 40 and word !~ '[[:punct:][:space:][:cntrl:]]'
    $$`.execute(db);

  await db.schema.alterTable('search_words').addColumn('uses', 'integer', (c) => c.notNull().defaultTo(0)).execute();

  await sql`drop trigger article_translations_search_words on article_translations`.execute(db);
  await sql`drop function article_translations_search_words()`.execute(db);
  await sql`create function article_translations_search_words() returns trigger
    language plpgsql as $$
    declare
      gone text[] := '{}';
      came text[] := '{}';
    begin
      if tg_op <> 'INSERT' and old.status = 'published' then
        gone := array(select newsroom_search_words(old.locale, old.title, old.lead, old.body));
      end if;
      if tg_op <> 'DELETE' and new.status = 'published' then
        came := array(select newsroom_search_words(new.locale, new.title, new.lead, new.body));
      end if;
      -- A word both before and after an edit of the same locale keeps its count.
      if tg_op = 'UPDATE' and old.locale = new.locale then
        select array(select unnest(gone) except select unnest(came)), array(select unnest(came) except select unnest(gone))
          into gone, came;
      end if;
      if cardinality(gone) > 0 then
        update search_words set uses = uses - 1 where locale = old.locale and word = any(gone);
        delete from search_words where locale = old.locale and word = any(gone) and uses <= 0;
      end if;
      if cardinality(came) > 0 then
        insert into search_words (locale, word, trigrams, uses)
        select new.locale, word, newsroom_trigram_text(word), 1 from unnest(came) as word
        on conflict (locale, word) do update set uses = search_words.uses + 1;
      end if;
      return null;
    end
    $$`.execute(db);
  await sql`create trigger article_translations_search_words
    after insert or delete or update of locale, title, lead, body, status on article_translations
    for each row execute function article_translations_search_words()`.execute(db);

  // The list as it should have been: the words of today's published text, counted.
  await sql`delete from search_words`.execute(db);
  await sql`insert into search_words (locale, word, trigrams, uses)
    select t.locale, w.word, newsroom_trigram_text(w.word), count(*)
    from article_translations t, newsroom_search_words(t.locale, t.title, t.lead, t.body) as w(word)
    where t.status = 'published'
    group by t.locale, w.word`.execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  await sql`drop trigger article_translations_search_words on article_translations`.execute(db);
  await sql`drop function article_translations_search_words()`.execute(db);
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
  await sql`create trigger article_translations_search_words
    after insert or update of locale, title, lead, body on article_translations
    for each row execute function article_translations_search_words()`.execute(db);
  await db.schema.alterTable('search_words').dropColumn('uses').execute();
  await sql`drop function newsroom_search_words(text, text, text, jsonb)`.execute(db);
}
