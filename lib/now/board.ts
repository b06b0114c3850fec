import 'server-only';
import { sql } from 'kysely';
import { getDb } from '@/lib/db/client';
import { locales, type Locale } from '@/lib/i18n/locales';
import { liveCounts, medianEngagedSeconds, minuteOf } from './counter';
import { pageParts, type PageKind } from './pages';
import { isSource, type Source } from './sources';

/** Pages the board lists at most. */
export const TOP_PAGES = 20;
export const SPARKLINE_MINUTES = 60;

export type PerLocale = Record<Locale, number>;
export type SourceCounts = Partial<Record<Source, number>>;

export interface NowPage {
  page: string;
  kind: PageKind;
  /** The article's or live page's id; null for home and sections. */
  id: number | null;
  /** The article's title in the board's language (else another), the section's name; '' for home. */
  title: string;
  readers: PerLocale;
  total: number;
  sources: SourceCounts;
  /** Languages the article has no published translation in. */
  missing: Locale[];
  /** Readers present in each of the last 60 minutes, oldest first. */
  sparkline: number[];
}

export interface NowBoard {
  at: string;
  readers: { total: number; byLocale: PerLocale };
  sources: SourceCounts;
  top: NowPage[];
}

const zero = (): PerLocale => Object.fromEntries(locales.map((l) => [l, 0])) as PerLocale;

/** What the board shows now: readers in all and per language, the sources, and the pages read most with theirs. */
export async function getNowBoard(language: Locale, at = new Date()): Promise<NowBoard> {
  const counts = await liveCounts(at);
  const byLocale = zero();
  const pages = new Map<string, { readers: PerLocale; sources: SourceCounts }>();
  const sources: SourceCounts = {};
  let total = 0;
  for (const [key, n] of counts) {
    const [page, locale, source] = key.split('|') as [string, Locale | '*', string];
    if (page === '*') {
      if (locale === '*') total = n;
      else if (source === 'all') byLocale[locale] = n;
      continue;
    }
    if (locale === '*') continue;
    const entry = pages.get(page) ?? { readers: zero(), sources: {} };
    pages.set(page, entry);
    if (source === 'all') entry.readers[locale] = n;
    else if (isSource(source)) {
      entry.sources[source] = (entry.sources[source] ?? 0) + n;
      sources[source] = (sources[source] ?? 0) + n;
    }
  }
  const ranked = [...pages]
    .map(([page, entry]) => ({ page, ...entry, total: locales.reduce((sum, l) => sum + entry.readers[l], 0) }))
    .filter((entry) => entry.total > 0)
    .sort((a, b) => b.total - a.total || a.page.localeCompare(b.page))
    .slice(0, TOP_PAGES);
  const [titles, sparklines] = await Promise.all([describePages(ranked.map((r) => r.page), language), sparklinesOf(ranked.map((r) => r.page), at)]);
  return {
    at: at.toISOString(),
    readers: { total, byLocale },
    sources,
    top: ranked.map((entry) => {
      const { kind, ref } = pageParts(entry.page);
      const described = titles.get(entry.page);
      return {
        page: entry.page,
        kind,
        id: kind === 'article' || kind === 'live' ? Number(ref) : null,
        title: described?.title ?? (kind === 'category' ? ref : ''),
        readers: entry.readers,
        total: entry.total,
        sources: entry.sources,
        missing: described?.missing ?? [],
        sparkline: sparklines.get(entry.page) ?? new Array<number>(SPARKLINE_MINUTES).fill(0),
      };
    }),
  };
}

/** Titles and missing translations of articles, names of sections. */
async function describePages(pages: string[], language: Locale): Promise<Map<string, { title: string; missing: Locale[] }>> {
  const described = new Map<string, { title: string; missing: Locale[] }>();
  const ids = pages.map(pageParts).filter((p) => p.kind === 'article' || p.kind === 'live').map((p) => Number(p.ref));
  const slugs = pages.map(pageParts).filter((p) => p.kind === 'category').map((p) => p.ref);
  const db = getDb();
  const [translations, categories] = await Promise.all([
    ids.length ? db.selectFrom('article_translations').select(['article_id', 'locale', 'title', 'status']).where('article_id', 'in', ids).execute() : [],
    slugs.length ? db.selectFrom('category_translations').select(['slug', 'locale', 'name']).where('slug', 'in', slugs).execute() : [],
  ]);
  for (const page of pages) {
    const { kind, ref } = pageParts(page);
    if (kind === 'category') {
      const names = categories.filter((c) => c.slug === ref);
      const name = names.find((c) => c.locale === language) ?? names[0];
      if (name) described.set(page, { title: name.name, missing: [] });
      continue;
    }
    if (kind === 'home') continue;
    const rows = translations.filter((t) => t.article_id === Number(ref));
    const title = rows.find((t) => t.locale === language) ?? rows.find((t) => t.status === 'published') ?? rows[0];
    const published = new Set(rows.filter((t) => t.status === 'published').map((t) => t.locale));
    described.set(page, { title: title?.title ?? '', missing: locales.filter((l) => !published.has(l)) });
  }
  return described;
}

/** Readers of each page in each of the last 60 minutes (all languages), from the minute rows. */
async function sparklinesOf(pages: string[], at: Date): Promise<Map<string, number[]>> {
  const lines = new Map<string, number[]>();
  if (pages.length === 0) return lines;
  const last = minuteOf(at);
  const rows = await getDb()
    .selectFrom('now_minutes')
    .select(['page', sql<number>`floor(extract(epoch from minute) / 60)::int`.as('minute'), sql<number>`sum(readers)::int`.as('readers')])
    .where('source', '=', 'all')
    .where('page', 'in', pages)
    .where('minute', '>', sql<Date>`to_timestamp(${(last - SPARKLINE_MINUTES) * 60})`)
    .groupBy(['page', 'minute'])
    .execute();
  for (const page of pages) lines.set(page, new Array<number>(SPARKLINE_MINUTES).fill(0));
  for (const row of rows) {
    const index = SPARKLINE_MINUTES - 1 - (last - row.minute);
    const line = lines.get(row.page);
    if (line && index >= 0 && index < SPARKLINE_MINUTES) line[index] = row.readers;
  }
  return lines;
}

export interface StoryNow {
  readers: PerLocale;
  /** Per language, readers present in each minute of the last 48 hours that had any. */
  series: { minute: string; locale: Locale; readers: number }[];
  /** Readers by source over the last 48 hours (reader-minutes). */
  sources: SourceCounts;
  /** Median engaged seconds per language over the last two hours; null where nobody was engaged. */
  medianEngaged: Record<Locale, number | null>;
}

/** An article's own figures for its page on the board. */
export async function getStoryNow(articleId: number, at = new Date()): Promise<StoryNow> {
  const page = `article:${articleId}`;
  const counts = await liveCounts(at);
  const readers = zero();
  for (const locale of locales) readers[locale] = counts.get(`${page}|${locale}|all`) ?? 0;
  const db = getDb();
  const since = sql<Date>`${at}::timestamptz - interval '48 hours'`;
  const [series, sourceRows, medians] = await Promise.all([
    db
      .selectFrom('now_minutes')
      .select(['minute', 'locale', 'readers'])
      .where('page', '=', page)
      .where('source', '=', 'all')
      .where('minute', '>', since)
      .orderBy('minute')
      .execute(),
    db
      .selectFrom('now_minutes')
      .select(['source', sql<number>`sum(readers)::int`.as('readers')])
      .where('page', '=', page)
      .where('source', '!=', 'all')
      .where('minute', '>', since)
      .groupBy('source')
      .execute(),
    Promise.all(locales.map((locale) => medianEngagedSeconds(page, locale, at))),
  ]);
  const sources: SourceCounts = {};
  for (const row of sourceRows) if (isSource(row.source)) sources[row.source] = row.readers;
  return {
    readers,
    series: series.filter((r) => r.readers > 0).map((r) => ({ minute: r.minute.toISOString(), locale: r.locale, readers: r.readers })),
    sources,
    medianEngaged: Object.fromEntries(locales.map((l, i) => [l, medians[i] ?? null])) as Record<Locale, number | null>,
  };
}

/** Each translation's readers now and views today (Baku day), for the article editor. */
export async function getTranslationReaders(articleId: number, at = new Date()): Promise<{ now: PerLocale; today: PerLocale }> {
  const counts = await liveCounts(at);
  const now = zero();
  for (const locale of locales) now[locale] = counts.get(`article:${articleId}|${locale}|all`) ?? 0;
  const rows = await getDb()
    .selectFrom('article_views')
    .select(['locale', sql<number>`sum(views)::int`.as('views')])
    .where('article_id', '=', articleId)
    // Baku is UTC+4 all year: its day began at 20:00 UTC.
    .where('hour', '>=', sql<Date>`date_trunc('day', ${at}::timestamptz + interval '4 hours') - interval '4 hours'`)
    .groupBy('locale')
    .execute();
  const today = zero();
  for (const row of rows) today[row.locale] = row.views;
  return { now, today };
}
