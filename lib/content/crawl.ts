import 'server-only';
import { sql } from 'kysely';
import { getReaderDb } from '@/lib/db/client';
import type { Locale } from '@/lib/i18n/locales';
import { ARTICLES_PER_SITEMAP } from '@/lib/i18n/sitemap-paths';

/** A translation is live when it is published and its time has come; the same rule as every reader page. */
const live = sql<boolean>`t.status = 'published' and t.published_at <= now()`;

/**
 * When a live page last changed in this locale besides its own text: an entry shown there (posted, edited, flagged or
 * deleted), or the coverage ended. Null for an ordinary article, which greatest() then ignores.
 */
const liveChanged = sql<Date | null>`(
  select max(greatest(e.updated_at, lt.updated_at))
  from live_entries e
  join live_entry_translations lt on lt.entry_id = e.id and lt.locale = t.locale and lt.status = 'published'
  where e.article_id = t.article_id
)`;
const coverageChanged = sql<Date | null>`(select a.updated_at from articles a where a.id = t.article_id and a.kind = 'live')`;

export interface SitemapArticle {
  id: number;
  slug: string;
  title: string;
  publishedAt: Date;
  /** The later of publication and the last edit: when the page a crawler sees last changed. */
  lastModified: Date;
  /** Every live translation of the article, this one included. */
  translations: { locale: Locale; slug: string }[];
}

function articlesIn(locale: Locale) {
  return getReaderDb()
    .selectFrom('article_translations as t')
    .where('t.locale', '=', locale)
    .where(live)
    .select([
      't.article_id as id',
      't.slug',
      't.title',
      't.published_at as publishedAt',
      sql<Date>`greatest(t.updated_at, t.published_at, ${liveChanged}, ${coverageChanged})`.as('lastModified'),
      sql<{ locale: Locale; slug: string }[]>`(
        select json_agg(json_build_object('locale', o.locale, 'slug', o.slug) order by o.locale)
        from article_translations o
        where o.article_id = t.article_id and o.status = 'published' and o.published_at <= now()
      )`.as('translations'),
    ])
    .orderBy('t.article_id');
}

function toSitemapArticle(row: Awaited<ReturnType<ReturnType<typeof articlesIn>['execute']>>[number]): SitemapArticle {
  // Only live rows are selected, and those always have a publication time.
  return { ...row, publishedAt: row.publishedAt!, lastModified: new Date(row.lastModified) };
}

/** Live articles of one locale whose ids fall in one sitemap chunk. */
export async function listSitemapArticles(locale: Locale, chunk: number): Promise<SitemapArticle[]> {
  const first = chunk * ARTICLES_PER_SITEMAP + 1;
  const rows = await articlesIn(locale)
    .where('t.article_id', '>=', first)
    .where('t.article_id', '<', first + ARTICLES_PER_SITEMAP)
    .execute();
  return rows.map(toSitemapArticle);
}

/** Live articles published in the last 48 hours, as Google News sitemaps take them. */
export async function listNewsSitemapArticles(locale: Locale): Promise<SitemapArticle[]> {
  const rows = await articlesIn(locale).where('t.published_at', '>', sql<Date>`now() - interval '48 hours'`).execute();
  return rows.map(toSitemapArticle);
}

/** Sitemap chunks that hold at least one live article of the locale, with when the newest change in each happened. */
export async function listArticleChunks(locale: Locale): Promise<{ chunk: number; lastModified: Date }[]> {
  const rows = await getReaderDb()
    .selectFrom('article_translations as t')
    .where('t.locale', '=', locale)
    .where(live)
    .select([
      sql<number>`((t.article_id - 1) / ${ARTICLES_PER_SITEMAP})::int`.as('chunk'),
      sql<Date>`max(greatest(t.updated_at, t.published_at, ${liveChanged}, ${coverageChanged}))`.as('lastModified'),
    ])
    .groupBy('chunk')
    .orderBy('chunk')
    .execute();
  return rows.map((row) => ({ chunk: row.chunk, lastModified: new Date(row.lastModified) }));
}

export interface ListingLastModified {
  /** The newest change of any live article in the locale: home and latest. */
  site: Date | null;
  categories: Map<number, Date>;
  tags: Map<number, Date>;
  authors: Map<number, Date>;
}

/** When each listing of a locale last changed, from the articles it lists. */
export async function listListingLastModified(locale: Locale): Promise<ListingLastModified> {
  const db = getReaderDb();
  const changed = sql<Date>`max(greatest(t.updated_at, t.published_at, ${liveChanged}, ${coverageChanged}))`;
  const byArticle = (column: 'a.category_id' | 'a.author_id') =>
    db
      .selectFrom('article_translations as t')
      .innerJoin('articles as a', 'a.id', 't.article_id')
      .where('t.locale', '=', locale)
      .where(live)
      .select([`${column} as id`, changed.as('lastModified')])
      .groupBy(column)
      .execute();
  const [categories, authors, tags] = await Promise.all([
    byArticle('a.category_id'),
    byArticle('a.author_id'),
    db
      .selectFrom('article_translations as t')
      .innerJoin('article_tags as at', 'at.article_id', 't.article_id')
      .where('t.locale', '=', locale)
      .where(live)
      .select(['at.tag_id as id', changed.as('lastModified')])
      .groupBy('at.tag_id')
      .execute(),
  ]);
  const toMap = (rows: { id: number; lastModified: Date }[]) => new Map(rows.map((r) => [r.id, new Date(r.lastModified)]));
  // Every article has a category, so the newest change of any category is the newest of the locale.
  const newest = Math.max(...categories.map((r) => new Date(r.lastModified).getTime()));
  return {
    site: categories.length ? new Date(newest) : null,
    categories: toMap(categories),
    tags: toMap(tags),
    authors: toMap(authors),
  };
}

export interface FeedItem {
  id: number;
  slug: string;
  title: string;
  lead: string;
  publishedAt: Date;
  category: string;
  author: string;
}

/** The newest live articles of a locale, optionally of one category, with what an RSS item carries. */
export async function listFeedItems(locale: Locale, limit: number, categoryId?: number): Promise<FeedItem[]> {
  let query = getReaderDb()
    .selectFrom('article_translations as t')
    .innerJoin('articles as a', 'a.id', 't.article_id')
    .innerJoin('category_translations as ct', (join) => join.onRef('ct.category_id', '=', 'a.category_id').on('ct.locale', '=', locale))
    .innerJoin('author_translations as aut', (join) => join.onRef('aut.author_id', '=', 'a.author_id').on('aut.locale', '=', locale))
    .where('t.locale', '=', locale)
    .where(live)
    .select(['t.article_id as id', 't.slug', 't.title', 't.lead', 't.published_at as publishedAt', 'ct.name as category', 'aut.name as author'])
    .orderBy('t.published_at', 'desc')
    .orderBy('t.article_id', 'desc')
    .limit(limit);
  if (categoryId !== undefined) query = query.where('a.category_id', '=', categoryId);
  const rows = await query.execute();
  return rows.map((row) => ({ ...row, publishedAt: row.publishedAt! }));
}

export type TermKind = 'category' | 'tag' | 'author';

/** Every category, tag and author with its slug in each locale that names it, for alternates across languages. */
export async function listTermTranslations(): Promise<{ kind: TermKind; id: number; locale: Locale; slug: string }[]> {
  const db = getReaderDb();
  const [categories, tags, authors] = await Promise.all([
    db.selectFrom('category_translations').select(['category_id as id', 'locale', 'slug']).execute(),
    db.selectFrom('tag_translations').select(['tag_id as id', 'locale', 'slug']).execute(),
    db
      .selectFrom('author_translations as at')
      .innerJoin('authors as a', 'a.id', 'at.author_id')
      .select(['a.id', 'at.locale', 'a.slug'])
      .execute(),
  ]);
  return [
    ...categories.map((row) => ({ kind: 'category' as const, ...row })),
    ...tags.map((row) => ({ kind: 'tag' as const, ...row })),
    ...authors.map((row) => ({ kind: 'author' as const, ...row })),
  ];
}
