import 'server-only';
import { sql } from 'kysely';
import { z } from 'zod';
import { getDb } from '@/lib/db/client';
import type { Locale } from '@/lib/i18n/locales';
import type { ArticleSummary } from './articles';
import { documentText, parseDocument } from '../document/schema';
import { buildSnippet, indexTerms, trigramText, type SnippetPart } from './search-query';
import { thumbnail, type ThumbnailRow } from './thumbnail';

export interface SearchHit extends ArticleSummary {
  snippet: SnippetPart[];
}

export interface SearchResults {
  items: SearchHit[];
  /** How many translations match, counted up to `FULL_TEXT_CANDIDATES`; `capped` when there are more. */
  total: number;
  capped: boolean;
  /** Cursor for the next (less relevant) page, or null on the last page. */
  nextCursor: string | null;
}

const CONFIG: Record<Locale, string> = { ru: 'russian', en: 'english', az: 'simple' };
// Ranking every match of a common word would cost more than the page: the newest 300 are ranked, and a reader is
// told "more than 300".
const FULL_TEXT_CANDIDATES = 300;
// With fewer matches than this, mistyped words are corrected to their nearest words in use and searched again.
const CORRECT_BELOW = 10;
// Words less similar than this (pg_trgm similarity, 0…1) are not offered as corrections.
const MIN_SIMILARITY = 0.4;
// A match in the body alone (no rank from title or lead) still ranks above nothing.
const FULL_TEXT_BASE = 0.01;
// An article this much older needs twice the text relevance to rank level with a newer one.
const HALF_LIFE_SECONDS = 30 * 24 * 3600;

/**
 * Search results are paged by a keyset cursor over (score, article id): `<score>_<id>`. The score depends only on the
 * query, the text and the publication time (never on now()), so it is the same on every request. It is a few hundred
 * (log relevance plus ln 2 per half-life since 1970), so anything outside ±1e6 is no cursor of ours; a value the
 * float8 type cannot hold (`1e-999` reads as 0 in JavaScript and is out of range for PostgreSQL) is never sent, since
 * the score goes to the database as the number JavaScript read, not as the text that came in.
 */
const MAX_SCORE = 1e6;
const searchCursorSchema = z
  .string()
  .regex(/^(-?\d{1,20}(?:\.\d{1,20})?(?:e[+-]?\d{1,3})?)_(\d{1,10})$/)
  .transform((value) => {
    const [score, id] = value.split('_').map(Number) as [number, number];
    return { score, id };
  })
  .refine(({ score, id }) => Number.isFinite(score) && Math.abs(score) <= MAX_SCORE && id >= 1 && id <= 2_147_483_647);

export interface SearchCursor {
  score: number;
  id: number;
}

/** The `after` parameter of the search page; anything that is not a cursor of ours is ignored (the first page). */
export function parseSearchCursor(value: string | string[] | undefined): SearchCursor | null {
  const parsed = searchCursorSchema.safeParse(value);
  return parsed.success ? parsed.data : null;
}

/**
 * A word as a quoted tsquery operand: inside quotes nothing is an operator, so a word from the list of words in use
 * (an author wrote it) or from the reader can never be read as tsquery syntax. The configuration still stems it.
 */
export function quotedPrefix(word: string): string {
  return `'${word.replace(/\\/g, '\\\\').replace(/'/g, "''")}':*`;
}

/**
 * Every word (or one of its corrections), stemmed by the locale's configuration, must occur as a prefix: "визит"
 * finds "визита", "sef" finds "səfəri". Alternatives that are the same word once folded are asked for once.
 */
function prefixQuery(alternatives: string[][], locale: Locale) {
  const text = alternatives.map((words) => `(${[...new Set(indexTerms(words, locale))].map(quotedPrefix).join(' | ')})`).join(' & ');
  return sql`to_tsquery(${sql.lit(CONFIG[locale])}::regconfig, ${text})`;
}

interface Row extends ThumbnailRow {
  id: number;
  slug: string;
  title: string;
  lead: string;
  body: unknown;
  publishedAt: Date;
  categorySlug: string;
  categoryName: string;
  score: string;
  total: string;
  /** The query's words as the index holds them (stemmed, stop words dropped), to highlight. */
  lexemes: string[];
}

/**
 * Ranking reads every candidate, so the candidates are bounded: the newest `FULL_TEXT_CANDIDATES` matches (a common
 * word matches a third of the archive). The planner finds them from the GIN index, or for a word it takes for common
 * by walking the listing index newest first; when it takes a rarer word for common, that walk tests many rows' large
 * vectors (the slowest query of bench:search, ~0.5 s under load). Forcing either way measured worse overall. Each is scored by relevance (from the small title+lead vector, so a match in
 * the body alone ranks low but counts) and age, and the page is cut by the cursor.
 */
async function searchPage(locale: Locale, alternatives: string[][], after: SearchCursor | null, limit: number): Promise<Row[]> {
  const tsquery = prefixQuery(alternatives, locale);
  const recency = sql`ln(2) * extract(epoch from c.published_at) / ${sql.lit(HALF_LIFE_SECONDS)}`;
  const cursor = after ? sql`(s.score, s.article_id) < (${String(after.score)}::float8, ${after.id}::integer)` : sql`true`;
  const { rows } = await sql<Row>`
    with candidates as (
      select t.article_id, t.published_at, t.search_head
      from article_translations t
      where t.locale = ${locale} and t.status = 'published' and t.published_at <= now() and t.search_vector @@ ${tsquery}
      order by t.published_at desc
      limit ${FULL_TEXT_CANDIDATES + 1}
    ), scored as (
      select c.article_id, ln(${sql.lit(FULL_TEXT_BASE)} + ts_rank(c.search_head, ${tsquery})) + ${recency} as score,
        count(*) over () as total
      from candidates c
    )
    select t.article_id as id, t.slug, t.title, t.lead, t.body, t.published_at as "publishedAt",
      ct.slug as "categorySlug", ct.name as "categoryName", s.score::text as score, s.total::text as total,
      m.id as "imageId", m.content_hash as "imageHash", m.width as "imageWidth", m.height as "imageHeight", t.cover_alt as "imageAlt",
      tsvector_to_array(to_tsvector(${sql.lit(CONFIG[locale])}::regconfig, ${indexTerms(alternatives.flat(), locale).join(' ')})) as lexemes
    from (select * from scored s where ${cursor} order by s.score desc, s.article_id desc limit ${limit + 1}) s
    join article_translations t on t.article_id = s.article_id and t.locale = ${locale}
    join articles a on a.id = t.article_id
    join category_translations ct on ct.category_id = a.category_id and ct.locale = ${locale}
    left join media m on m.id = a.cover_media_id
    order by s.score desc, s.article_id desc
  `.execute(getDb());
  return rows;
}

/**
 * Each word with the words in use that look most like it (pg_trgm similarity on their Latin trigram text), best
 * first: "Kazakstan" → kazakhstan, "Казахстна" → казахстан. A word in use as typed is kept as it is.
 */
async function withCorrections(locale: Locale, terms: string[]): Promise<string[][]> {
  const typed = indexTerms(terms, locale).map((term) => term.toLowerCase());
  const { rows } = await sql<{ n: number; words: string[] }>`
    select q.n, array(
      select w.word from search_words w
      where w.locale = ${locale} and w.trigrams % q.trigrams and similarity(w.trigrams, q.trigrams) >= ${sql.lit(MIN_SIMILARITY)}
      order by similarity(w.trigrams, q.trigrams) desc, w.word
      limit 3
    ) as words
    from unnest(${typed}::text[], ${typed.map(trigramText)}::text[]) with ordinality as q(term, trigrams, n)
  `.execute(getDb());
  return typed.map((term, i) => {
    const words = rows.find((row) => Number(row.n) === i + 1)?.words ?? [];
    return words.includes(term) ? [term] : [term, ...words];
  });
}

/** The start of a word its inflections share: three fifths of it, at least four letters ("визитом" → "визит"). */
export function rootOf(term: string): string | null {
  const letters = [...term];
  if (letters.length <= 4) return null;
  return letters.slice(0, Math.max(4, Math.ceil(letters.length * 0.6))).join('');
}

/** How many words in use an inflected query word may stand for. */
const INFLECTIONS = 8;

/**
 * Each word with the words in use that share its root, most alike first: "визитом" → визит, визита, визиту, so that
 * a form the stemmer cuts differently ("визит" is indexed as `виз`, "визитом" as `визит`) still finds the story;
 * "səfərindən" → səfəri, "parliaments" → parliament. A word too short to have a root is kept as it is.
 */
async function withInflections(locale: Locale, terms: string[]): Promise<string[][]> {
  const typed = indexTerms(terms, locale).map((term) => term.toLowerCase());
  const roots = typed.map((term) => rootOf(term) ?? term);
  const { rows } = await sql<{ n: number; words: string[] }>`
    select q.n, array(
      select w.word from search_words w
      -- The range lets the primary key find the words; starts_with keeps exactly the ones that begin with the root.
      where w.locale = ${locale} and w.word >= q.root and w.word < q.root || chr(1114111) and starts_with(w.word, q.root)
        and w.word <> q.term
      order by similarity(w.word, q.term) desc, w.word
      limit ${INFLECTIONS}
    ) as words
    from unnest(${typed}::text[], ${roots}::text[]) with ordinality as q(term, root, n)
  `.execute(getDb());
  return typed.map((term, i) => [term, ...(rows.find((row) => Number(row.n) === i + 1)?.words ?? [])]);
}

/**
 * Published translations of one locale that match the words, most relevant and recent first, `limit` per page.
 * Russian and English are stemmed, Azerbaijani is folded (`seferi` finds `səfəri`), every word may be a prefix or
 * another inflection of a word in use, and when that finds little, mistyped words are corrected to the most similar
 * words in use (pg_trgm).
 */
export async function searchArticles(
  locale: Locale,
  terms: string[],
  options: { limit: number; after?: SearchCursor | null },
): Promise<SearchResults> {
  const { limit, after } = options;
  const inflected = await withInflections(locale, terms);
  let rows = await searchPage(locale, inflected, after ?? null, limit);
  // Few or no matches: perhaps a typo. The count is taken before the cursor, so every page of a query decides alike.
  if (Number(rows[0]?.total ?? 0) < CORRECT_BELOW) {
    const corrected = await withCorrections(locale, terms);
    if (corrected.some((words) => words.length > 1)) {
      rows = await searchPage(locale, corrected.map((words, i) => [...new Set([...words, ...inflected[i]!])]), after ?? null, limit);
    }
  }
  const count = Number(rows[0]?.total ?? 0);
  const shown = rows.slice(0, limit);
  const last = rows.length > limit ? shown[shown.length - 1] : undefined;
  return {
    items: shown.map((row) => ({
      id: row.id,
      locale,
      slug: row.slug,
      title: row.title,
      lead: row.lead,
      // Only published rows match, and those always have a publication time.
      publishedAt: row.publishedAt,
      category: { slug: row.categorySlug, name: row.categoryName },
      image: thumbnail(row),
      snippet: buildSnippet(`${row.lead}\n${documentText(parseDocument(row.body))}`, row.lexemes.length ? row.lexemes : terms),
    })),
    total: Math.min(count, FULL_TEXT_CANDIDATES),
    capped: count > FULL_TEXT_CANDIDATES,
    nextCursor: last ? `${last.score}_${last.id}` : null,
  };
}
