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
// Counting every match of a common word would cost more than the page; "more than 1000" is all a reader needs.
const COUNT_LIMIT = 1000;
// An article this much older needs twice the text relevance to rank level with a newer one.
const HALF_LIFE_SECONDS = 30 * 24 * 3600;
// A match found only by trigram similarity (a typo) ranks below any full-text match of similar age.
const TRIGRAM_WEIGHT = 0.05;
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

/** The query's words as the index holds them (stemmed, stop words dropped), for the tsquery and for highlighting. */
async function lexemesOf(terms: string[], locale: Locale): Promise<string[]> {
  const { rows } = await sql<{ lexemes: string[] }>`
    select tsvector_to_array(to_tsvector(${CONFIG[locale]}::regconfig, ${indexTerms(terms, locale).join(' ')})) as lexemes
  `.execute(getDb());
  return rows[0]?.lexemes ?? [];
}

/** Every lexeme, as a prefix, must occur: "визит" finds "визита", "sef" finds "səfəri". Quoted, so never an operator. */
function prefixQuery(lexemes: string[]): string {
  return lexemes.map((lexeme) => `'${lexeme.replace(/\\/g, '\\\\').replace(/'/g, "''")}':*`).join(' & ');
}

function matchingTranslations(locale: Locale, tsquery: string | null, trigramText: string | null) {
  const query = sql`${tsquery ?? ''}::tsquery`;
  const fullText = tsquery ? sql<boolean>`t.search_vector @@ ${query}` : sql<boolean>`false`;
  const trigram = trigramText ? sql<boolean>`${trigramText} <% t.search_trigrams` : sql<boolean>`false`;
  const relevance = tsquery
    ? sql`case when ${fullText} then ts_rank(t.search_vector, ${query}) else ${TRIGRAM_WEIGHT} * word_similarity(${trigramText ?? ''}, t.search_trigrams) end`
    : sql`${TRIGRAM_WEIGHT} * word_similarity(${trigramText ?? ''}, t.search_trigrams)`;
  return getDb()
    .selectFrom('article_translations as t')
    .where('t.locale', '=', locale)
    .where('t.status', '=', 'published')
    .where('t.published_at', '<=', sql<Date>`now()`)
    .where(sql<boolean>`(${fullText} or ${trigram})`)
    .select([
      't.article_id',
      // Log of relevance plus a linear time term: relevance × 2^(age / half-life), without overflowing float8.
      sql<string>`(ln(greatest(${relevance}, 1e-9)) + ln(2) * extract(epoch from t.published_at) / ${HALF_LIFE_SECONDS})`.as('score'),
    ]);
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
  const lexemes = await lexemesOf(terms, locale);
  const tsquery = lexemes.length ? prefixQuery(lexemes) : null;
  const trigrams = trigramText(terms.join(' '));
  const similarTo = trigrams.length >= MIN_TRIGRAM_TEXT ? trigrams : null;
  if (!tsquery && !similarTo) return { items: [], total: 0, capped: false, nextCursor: null };

  const db = getDb();
  const matches = matchingTranslations(locale, tsquery, similarTo);
  let page = db
    .selectFrom(matches.as('m'))
    .innerJoin('article_translations as t', (join) => join.onRef('t.article_id', '=', 'm.article_id').on('t.locale', '=', locale))
    .innerJoin('articles as a', 'a.id', 't.article_id')
    .innerJoin('category_translations as ct', (join) => join.onRef('ct.category_id', '=', 'a.category_id').on('ct.locale', '=', locale))
    .select([
      't.article_id as id',
      't.slug',
      't.title',
      't.lead',
      't.body',
      't.published_at as publishedAt',
      'ct.slug as categorySlug',
      'ct.name as categoryName',
      sql<string>`m.score::text`.as('score'),
    ]);
  if (after) {
    page = page.where(sql<boolean>`(m.score, m.article_id) < (${after.score}::float8, ${after.id}::integer)`);
  }
  const [rows, counted] = await Promise.all([
    page.orderBy('m.score', 'desc').orderBy('m.article_id', 'desc').limit(limit + 1).execute(),
    db
      .selectFrom(matches.limit(COUNT_LIMIT + 1).as('c'))
      .select((eb) => eb.fn.countAll<string>().as('count'))
      .executeTakeFirstOrThrow(),
  ]);

  const count = Number(counted.count);
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
      publishedAt: row.publishedAt!,
      category: { slug: row.categorySlug, name: row.categoryName },
      snippet: buildSnippet(`${row.lead}\n${documentText(parseDocument(row.body))}`, lexemes.length ? lexemes : terms),
    })),
    total: Math.min(count, COUNT_LIMIT),
    capped: count > COUNT_LIMIT,
    nextCursor: last ? `${last.score}_${last.id}` : null,
  };
}
