import 'server-only';
import { sql } from 'kysely';
import { getDb } from '@/lib/db/client';
import type { Locale } from '@/lib/i18n/locales';
import type { ArticleSummary } from './articles';
import { documentText, parseDocument } from './document';
import { buildSnippet, indexTerms, trigramText, type SnippetPart } from './search-query';

export interface SearchHit extends ArticleSummary {
  snippet: SnippetPart[];
}

export interface SearchResults {
  items: SearchHit[];
  /** How many translations match, counted up to `COUNT_LIMIT`; `capped` when there are more. */
  total: number;
  capped: boolean;
  /** Cursor for the next (less relevant) page, or null on the last page. */
  nextCursor: string | null;
}

const CONFIG: Record<Locale, string> = { ru: 'russian', en: 'english', az: 'simple' };
// Ranking every match of a common word would cost more than the page: the newest 1000 are ranked, and a reader is
// told "more than 1000".
const FULL_TEXT_CANDIDATES = 1000;
// Trigram matching (typos) is the fallback when full text finds fewer than this; its candidates are not sorted.
const TRIGRAM_BELOW = 10;
const TRIGRAM_CANDIDATES = 200;
// A match in the body alone (no rank from title or lead) still ranks above nothing.
const FULL_TEXT_BASE = 0.01;
// An article this much older needs twice the text relevance to rank level with a newer one.
const HALF_LIFE_SECONDS = 30 * 24 * 3600;
// A match found only by trigram similarity (a typo) ranks below full-text matches of similar age.
const TRIGRAM_WEIGHT = 0.005;
// Trigrams need three letters to mean anything.
const MIN_TRIGRAM_TEXT = 3;

/**
 * Search results are paged by a keyset cursor over (score, article id): `<score>_<id>`. The score depends only on the
 * query, the text and the publication time (never on now()), so it is the same on every request.
 */
const CURSOR = /^(-?\d{1,20}(?:\.\d{1,20})?(?:e[+-]?\d{1,3})?)_(\d{1,10})$/;

export interface SearchCursor {
  score: string;
  id: number;
}

export function parseSearchCursor(value: string | string[] | undefined): SearchCursor | null {
  const match = typeof value === 'string' ? CURSOR.exec(value) : null;
  if (!match) return null;
  const id = Number(match[2]);
  if (!Number.isFinite(Number(match[1])) || id < 1 || id > 2_147_483_647) return null;
  return { score: match[1]!, id };
}

/**
 * Every word, stemmed by the locale's configuration, must occur as a prefix: "визита" finds "визит", "sef" finds
 * "səfəri". The words hold only letters and digits (parseSearchQuery), so nothing in them is a tsquery operator.
 */
function prefixQuery(terms: string[], locale: Locale) {
  const text = indexTerms(terms, locale)
    .map((term) => `${term}:*`)
    .join(' & ');
  return sql`to_tsquery(${sql.lit(CONFIG[locale])}::regconfig, ${text})`;
}

interface Row {
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
 * Ranking reads every candidate, so the candidates are bounded: the newest `FULL_TEXT_CANDIDATES` full-text matches
 * (a common word matches a third of the archive), and only when those are few (a typo), up to `TRIGRAM_CANDIDATES`
 * titles and leads within trigram similarity. Each is scored by relevance (the small title+lead vector, so a match
 * in the body alone ranks low but counts) and age, and the page is cut by the cursor.
 */
function pageQuery(locale: Locale, terms: string[], similarTo: string | null, after: SearchCursor | null, limit: number) {
  const tsquery = prefixQuery(terms, locale);
  const fullText = sql`t.search_vector @@ ${tsquery}`;
  const headRank = sql`ts_rank(c.search_head, ${tsquery})`;
  const trigram = similarTo ? sql`${similarTo} <% t.search_trigrams` : sql`false`;
  const recency = sql`ln(2) * extract(epoch from c.published_at) / ${sql.lit(HALF_LIFE_SECONDS)}`;
  const published = sql`t.locale = ${locale} and t.status = 'published' and t.published_at <= now()`;
  const cursor = after ? sql`(s.score, s.article_id) < (${after.score}::float8, ${after.id}::integer)` : sql`true`;
  return sql<Row>`
    with full_text as (
      select t.article_id, t.published_at, t.search_head
      from article_translations t
      where ${published} and ${fullText}
      order by t.published_at desc
      limit ${FULL_TEXT_CANDIDATES + 1}
    ), trigram_matches as (
      select t.article_id, t.published_at, t.search_trigrams
      from article_translations t
      where (select count(*) from full_text) < ${TRIGRAM_BELOW}
        and ${published} and ${trigram}
        and t.article_id not in (select article_id from full_text)
      limit ${TRIGRAM_CANDIDATES}
    ), scored as (
      select c.article_id, ln(${sql.lit(FULL_TEXT_BASE)} + ${headRank}) + ${recency} as score from full_text c
      union all
      select c.article_id, ln(${sql.lit(TRIGRAM_WEIGHT)} * word_similarity(${similarTo ?? ''}, c.search_trigrams)) + ${recency} from trigram_matches c
    ), counted as (
      select s.*, count(*) over () as total from scored s
    )
    select t.article_id as id, t.slug, t.title, t.lead, t.body, t.published_at as "publishedAt",
      ct.slug as "categorySlug", ct.name as "categoryName", s.score::text as score, s.total::text as total,
      tsvector_to_array(to_tsvector(${sql.lit(CONFIG[locale])}::regconfig, ${indexTerms(terms, locale).join(' ')})) as lexemes
    from (select * from counted s where ${cursor} order by s.score desc, s.article_id desc limit ${limit + 1}) s
    join article_translations t on t.article_id = s.article_id and t.locale = ${locale}
    join articles a on a.id = t.article_id
    join category_translations ct on ct.category_id = a.category_id and ct.locale = ${locale}
    order by s.score desc, s.article_id desc
  `;
}

/**
 * Published translations of one locale that match the words, most relevant and recent first, `limit` per page.
 * Russian and English are stemmed, Azerbaijani is folded (`seferi` finds `səfəri`), every word may be a prefix, and
 * titles and leads within a trigram similarity of the query (typos) match too.
 */
export async function searchArticles(
  locale: Locale,
  terms: string[],
  options: { limit: number; after?: SearchCursor | null },
): Promise<SearchResults> {
  const { limit, after } = options;
  const trigrams = trigramText(terms.join(' '));
  const similarTo = trigrams.length >= MIN_TRIGRAM_TEXT ? trigrams : null;

  const { rows } = await pageQuery(locale, terms, similarTo, after ?? null, limit).execute(getDb());
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
      snippet: buildSnippet(`${row.lead}\n${documentText(parseDocument(row.body))}`, row.lexemes.length ? row.lexemes : terms),
    })),
    total: Math.min(count, FULL_TEXT_CANDIDATES),
    capped: count > FULL_TEXT_CANDIDATES,
    nextCursor: last ? `${last.score}_${last.id}` : null,
  };
}
