import 'server-only';
import { sql } from 'kysely';
import { cache } from 'react';
import { getReaderDb } from '@/lib/db/client';
import { locales, type Locale } from '@/lib/i18n/locales';
import type { Cover } from './cover';
import { formatCursor, type Cursor } from './cursor';
import { parseDocument, type ArticleDocument } from '../document/schema';
import type { ImageRef } from '@/lib/media/variants';
import { thumbnail, THUMBNAIL_COLUMNS, type Thumbnail } from './thumbnail';

export interface Named {
  slug: string;
  name: string;
}

export interface ArticleSummary {
  id: number;
  locale: Locale;
  slug: string;
  title: string;
  lead: string;
  publishedAt: Date;
  category: Named;
  /** The cover, as lists show it; null for a story without one. */
  image: Thumbnail | null;
  /** Live coverage, and whether it is still live (lists mark it LIVE); absent for an ordinary story. */
  coverage?: 'live' | 'ended';
}

export interface Article extends ArticleSummary {
  cover: Cover | null;
  body: ArticleDocument;
  seoTitle: string | null;
  seoDescription: string | null;
  updatedAt: Date;
  author: Named;
  tags: Named[];
  /** Every locale in which this article is published, with its slug there (this locale included). */
  translations: { locale: Locale; slug: string }[];
  /** The stored images its body shows, by media id. */
  bodyImages: Map<number, ImageRef>;
}

export interface Page<T> {
  items: T[];
  /** Cursor for the next (older) page, or null on the last page. */
  nextCursor: string | null;
}

export type Scope = { categoryId: number } | { tagId: number } | { authorId: number } | Record<string, never>;

const PUBLISHED = 'published';

/**
 * Published translations in one locale with their category, in listing order. A staff preview (draft mode) sees the
 * translation whatever its state.
 */
function publishedIn(locale: Locale, { preview = false } = {}) {
  return getReaderDb()
    .selectFrom('article_translations as t')
    .innerJoin('articles as a', 'a.id', 't.article_id')
    .innerJoin('category_translations as ct', (join) =>
      join.onRef('ct.category_id', '=', 'a.category_id').on('ct.locale', '=', locale),
    )
    .where('t.locale', '=', locale)
    .$if(!preview, (q) => q.where('t.status', '=', PUBLISHED).where('t.published_at', '<=', sql<Date>`now()`));
}

type PublishedQuery = ReturnType<typeof publishedIn>;

function selectSummary(query: PublishedQuery) {
  return query
    .leftJoin('media as m', 'm.id', 'a.cover_media_id')
    .select([
      't.article_id as id',
      't.locale',
      't.slug',
      't.title',
      't.lead',
      't.published_at as publishedAt',
      'ct.slug as categorySlug',
      'ct.name as categoryName',
      ...THUMBNAIL_COLUMNS,
      'a.kind',
      'a.coverage_ended_at',
      sql<string>`(extract(epoch from t.published_at) * 1000000)::bigint::text`.as('cursorMicros'),
    ])
    .orderBy('t.published_at', 'desc')
    .orderBy('t.article_id', 'desc');
}

type SummaryQuery = ReturnType<typeof selectSummary>;
type SummaryRow = Awaited<ReturnType<SummaryQuery['execute']>>[number];

function toSummary(row: SummaryRow): ArticleSummary {
  return {
    id: row.id,
    locale: row.locale,
    slug: row.slug,
    title: row.title,
    lead: row.lead,
    // Only published rows are listed, and those always have a publication time.
    publishedAt: row.publishedAt!,
    category: { slug: row.categorySlug, name: row.categoryName },
    image: thumbnail(row),
    ...(row.kind === 'live' ? { coverage: row.coverage_ended_at ? ('ended' as const) : ('live' as const) } : {}),
  };
}

function inScope(query: PublishedQuery, scope: Scope): PublishedQuery {
  // The translation's own copies, which its listing indexes cover (migration 2026_12_01_10_listing_scopes).
  if ('categoryId' in scope) return query.where('t.category_id', '=', scope.categoryId);
  if ('authorId' in scope) return query.where('t.author_id', '=', scope.authorId);
  if ('tagId' in scope) {
    return query.where((eb) =>
      eb.exists(
        eb
          .selectFrom('article_tags as at')
          .select('at.article_id')
          .whereRef('at.article_id', '=', 't.article_id')
          .where('at.tag_id', '=', scope.tagId),
      ),
    );
  }
  return query;
}

/** A cursor's moment as PostgreSQL's timestamptz, to the microsecond. */
const cursorTime = (cursor: Cursor) => sql<Date>`'epoch'::timestamptz + ${cursor.micros.toString()}::bigint * interval '1 microsecond'`;

/**
 * Whether a cursor names an article this listing shows, to the microsecond: the only cursors its pages link to. Any
 * other is no page of the site, so a stranger cannot make every microsecond of the archive a cached page of its own.
 */
export async function cursorInListing(locale: Locale, scope: Scope, cursor: Cursor): Promise<boolean> {
  const row = await inScope(publishedIn(locale), scope)
    .select('t.article_id')
    .where('t.article_id', '=', cursor.id)
    .where(sql<boolean>`t.published_at = ${cursorTime(cursor)}`)
    .executeTakeFirst();
  return row !== undefined;
}

/** One page of published articles, newest first, optionally within a category, tag or author. */
export async function listPublished(
  locale: Locale,
  options: { scope?: Scope; before?: Cursor | null; limit: number },
): Promise<Page<ArticleSummary>> {
  const { scope = {}, before, limit } = options;
  let query = selectSummary(inScope(publishedIn(locale), scope));
  if (before) {
    const boundary = cursorTime(before);
    // A row comparison, which the listing indexes answer as one range scan from the cursor (an OR of the two
    // conditions made PostgreSQL read every newer entry of the index first: 20 ms at page 1,000).
    query = query.where(sql<boolean>`(t.published_at, t.article_id) < (${boundary}, ${before.id})`);
  }
  const rows = await query.limit(limit + 1).execute();
  const items = rows.slice(0, limit);
  const last = rows.length > limit ? items[items.length - 1] : undefined;
  return {
    items: items.map(toSummary),
    nextCursor: last ? formatCursor({ micros: BigInt(last.cursorMicros), id: last.id }) : null,
  };
}

/** How many articles a listing holds in this locale. */
export async function countPublished(locale: Locale, scope: Scope = {}): Promise<number> {
  const { count } = await inScope(publishedIn(locale), scope)
    .select((eb) => eb.fn.countAll<string>().as('count'))
    .executeTakeFirstOrThrow();
  return Number(count);
}

/** The locales in which a listing shows at least one article: the languages its page is worth offering in. */
export async function localesWithPublished(scope: Scope): Promise<Locale[]> {
  const rows = await Promise.all(
    locales.map(async (locale) => ((await inScope(publishedIn(locale), scope).select('t.article_id').limit(1).executeTakeFirst()) ? locale : null)),
  );
  return rows.filter((locale): locale is Locale => locale !== null);
}

export const listLatest = (locale: Locale, limit: number, before?: Cursor | null) =>
  listPublished(locale, { limit, before });

/** Newest articles of every category, `perCategory` each, for the home page's category blocks. */
export async function listLatestPerCategory(locale: Locale, perCategory: number): Promise<Map<string, ArticleSummary[]>> {
  const ranked = selectSummary(publishedIn(locale)).select(
    sql<number>`row_number() over (partition by a.category_id order by t.published_at desc, t.article_id desc)`.as('rank'),
  );
  const rows = await getReaderDb()
    .selectFrom(ranked.as('r'))
    .selectAll()
    .where('r.rank', '<=', perCategory)
    .orderBy('r.publishedAt', 'desc')
    .execute();
  const byCategory = new Map<string, ArticleSummary[]>();
  for (const row of rows) {
    const list = byCategory.get(row.categorySlug) ?? [];
    list.push(toSummary(row));
    byCategory.set(row.categorySlug, list);
  }
  return byCategory;
}

/** Articles that share the category or a tag with this one, newest first, never the article itself. */
export async function listRelated(article: Pick<Article, 'id' | 'locale'>, limit: number): Promise<ArticleSummary[]> {
  const rows = await selectSummary(publishedIn(article.locale))
    .where('t.article_id', '!=', article.id)
    .where((eb) =>
      eb.or([
        eb('a.category_id', '=', eb.selectFrom('articles').select('category_id').where('id', '=', article.id)),
        eb.exists(
          eb
            .selectFrom('article_tags as mine')
            .innerJoin('article_tags as theirs', 'theirs.tag_id', 'mine.tag_id')
            .select('mine.tag_id')
            .where('mine.article_id', '=', article.id)
            .whereRef('theirs.article_id', '=', 't.article_id'),
        ),
      ]),
    )
    .limit(limit)
    .execute();
  return rows.map(toSummary);
}

/** A published article in one locale, or null. Cached per request so the page and its metadata share one query. */
export const getPublishedArticle = cache((id: number, locale: Locale) => readArticle(id, locale, false));

/**
 * The article as it stands, published or not: only for signed-in staff previewing it (draft mode) at its real URL.
 * A translation never published shows its last save time as its date.
 */
export const getArticlePreview = cache((id: number, locale: Locale) => readArticle(id, locale, true));

async function readArticle(id: number, locale: Locale, preview: boolean): Promise<Article | null> {
  const db = getReaderDb();
  const row = await selectSummary(publishedIn(locale, { preview }))
    .innerJoin('author_translations as aut', (join) =>
      join.onRef('aut.author_id', '=', 'a.author_id').on('aut.locale', '=', locale),
    )
    .innerJoin('authors as au', 'au.id', 'a.author_id')
    .select(['t.body', 't.seo_title', 't.seo_description', 't.updated_at', 't.cover_caption', 'au.slug as authorSlug', 'aut.name as authorName'])
    .where('t.article_id', '=', id)
    .executeTakeFirst();
  if (!row) return null;

  const summary = toSummary(row);
  const body = parseDocument(row.body);
  const bodyImageIds = [...new Set(body.blocks.flatMap((block) => (block.type === 'image' ? [block.mediaId] : [])))];
  const cover: Cover | null = summary.image
    ? { mediaId: summary.image.id, hash: summary.image.hash, width: summary.image.width, height: summary.image.height, alt: summary.image.alt, caption: row.cover_caption || null }
    : null;
  const [tags, translations, bodyImages] = await Promise.all([
    db
      .selectFrom('article_tags as at')
      .innerJoin('tag_translations as tt', (join) => join.onRef('tt.tag_id', '=', 'at.tag_id').on('tt.locale', '=', locale))
      .select(['tt.slug', 'tt.name'])
      .where('at.article_id', '=', id)
      .orderBy('at.position')
      .execute(),
    db
      .selectFrom('article_translations')
      .select(['locale', 'slug'])
      .where('article_id', '=', id)
      .where('status', '=', PUBLISHED)
      .where('published_at', '<=', sql<Date>`now()`)
      .execute(),
    bodyImageIds.length
      ? db.selectFrom('media').select(['id', 'content_hash as hash', 'width', 'height']).where('id', 'in', bodyImageIds).execute()
      : [],
  ]);

  return {
    ...summary,
    publishedAt: row.publishedAt ?? row.updated_at,
    body,
    bodyImages: new Map(bodyImages.map((image) => [image.id, image])),
    seoTitle: row.seo_title,
    seoDescription: row.seo_description,
    updatedAt: row.updated_at,
    author: { slug: row.authorSlug, name: row.authorName },
    cover,
    tags,
    // A previewed translation that is not published yet still names itself, so its own language shows as current.
    translations: translations.some((t) => t.locale === locale) ? translations : [...translations, { locale, slug: row.slug }],
  };
}

/** Ids of the newest published articles per locale, for prerendering at build time. */
export async function listRecentArticleParams(perLocale: number): Promise<{ locale: Locale; id: number; slug: string }[]> {
  const rows = await getReaderDb()
    .selectFrom((eb) =>
      eb
        .selectFrom('article_translations')
        .select([
          'locale',
          'article_id as id',
          'slug',
          sql<number>`row_number() over (partition by locale order by published_at desc, article_id desc)`.as('rank'),
        ])
        .where('status', '=', PUBLISHED)
        .where('published_at', '<=', sql<Date>`now()`)
        .as('r'),
    )
    .select(['locale', 'id', 'slug'])
    .where('rank', '<=', perLocale)
    .execute();
  return rows;
}
