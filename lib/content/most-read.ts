import 'server-only';
import { sql } from 'kysely';
import { cache } from 'react';
import { getReaderDb } from '@/lib/db/client';
import type { Locale } from '@/lib/i18n/locales';
import { thumbnail, THUMBNAIL_COLUMNS, type Thumbnail } from './thumbnail';

export interface MostReadItem {
  id: number;
  slug: string;
  title: string;
  publishedAt: Date;
  views: number;
  image: Thumbnail | null;
}

/**
 * The most read articles of a locale over the last 24 hours (the current hour and the 23 before it, as views are
 * counted per hour), published translations only, most views first and the newer article first on a tie.
 */
export async function listMostReadAt(locale: Locale, limit: number, at?: Date): Promise<MostReadItem[]> {
  // Pages ask "as of now" in SQL, so the query text and parameters stay the same from render to render and its last
  // answer can be replayed while the database is away (lib/db/last-good.ts); tests pass a fixed instant.
  const now = at ? sql<Date>`${at}::timestamptz` : sql<Date>`now()`;
  const since = sql<Date>`date_trunc('hour', ${now}) - interval '23 hours'`;
  const rows = await getReaderDb()
    .selectFrom('article_views as v')
    .innerJoin('article_translations as t', (join) => join.onRef('t.article_id', '=', 'v.article_id').onRef('t.locale', '=', 'v.locale'))
    .innerJoin('articles as a', 'a.id', 't.article_id')
    .leftJoin('media as m', 'm.id', 'a.cover_media_id')
    .select(['t.article_id as id', 't.slug', 't.title', 't.published_at as publishedAt', ...THUMBNAIL_COLUMNS, sql<string>`sum(v.views)`.as('views')])
    .where('v.locale', '=', locale)
    .where('v.hour', '>=', since)
    .where('v.hour', '<=', now)
    .where('t.status', '=', 'published')
    .where('t.published_at', '<=', now)
    .groupBy(['t.article_id', 't.slug', 't.title', 't.published_at', 't.cover_alt', 'm.id'])
    .orderBy(sql`sum(v.views)`, 'desc')
    .orderBy('t.published_at', 'desc')
    .orderBy('t.article_id', 'desc')
    .limit(limit)
    .execute();
  return rows.map((row) => ({ id: row.id, slug: row.slug, title: row.title, publishedAt: row.publishedAt!, views: Number(row.views), image: thumbnail(row) }));
}

/** For pages: the list as of their render, so it is as old as the page at most (home and articles: 5 minutes). */
export const listMostRead = cache((locale: Locale, limit: number) => listMostReadAt(locale, limit));
