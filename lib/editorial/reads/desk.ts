import 'server-only';
import type { Staff } from '@/lib/auth/sessions';
import { hasRole } from '@/lib/auth/roles';
import { getDb } from '@/lib/db/client';
import type { TranslationStatus } from '@/lib/db/enums';
import { bakuDateTimeFields, bakuMoment } from '@/lib/editorial/shared/baku-time';
import { locales, type Locale } from '@/lib/i18n/locales';

/** At most this many stories in each of the dashboard's lists; the article list has the rest. */
export const DESK_LIST_SIZE = 20;

export interface DeskStory {
  articleId: number;
  locale: Locale;
  title: string;
  status: TranslationStatus;
  /** When it was last changed; for a scheduled or published story, when it goes (went) live. */
  at: Date;
  author: string;
}

export interface DeskGap {
  articleId: number;
  title: string;
  /** The languages the story has no translation in, or one not yet published. */
  missing: Locale[];
}

export interface Desk {
  /** The Baku day shown, as `[start, end)`. */
  day: { start: Date; end: Date };
  myDrafts: DeskStory[];
  review: DeskStory[];
  scheduledToday: DeskStory[];
  publishedToday: Record<Locale, DeskStory[]>;
  /** How many went live today in each language: the list above shows at most DESK_LIST_SIZE of them. */
  publishedCount: Record<Locale, number>;
  gaps: DeskGap[];
}

/** Today on Baku's clock (UTC+4 all year): from its midnight to the next. */
export function bakuDay(now: Date): { start: Date; end: Date } {
  const [day, month, year] = bakuDateTimeFields(now).date.split('.').map(Number) as [number, number, number];
  const start = bakuMoment(year, month, day, 0, 0)!;
  return { start, end: new Date(start.getTime() + 24 * 3_600_000) };
}

/**
 * The newsroom's day at a glance, for one staff member: their own drafts, what waits for review, what goes live
 * today, what went live today in each language and which of today's stories still lack a language. Editors see the
 * whole newsroom's; an author only the stories under their own byline. Each list is bounded.
 */
export async function getDesk(staff: Staff, now = new Date()): Promise<Desk> {
  const db = getDb();
  const day = bakuDay(now);
  const own = !hasRole(staff.role, 'editor');
  const stories = () =>
    db
      .selectFrom('article_translations as t')
      .innerJoin('articles as a', 'a.id', 't.article_id')
      .innerJoin('authors as au', 'au.id', 'a.author_id')
      .leftJoin('author_translations as an', (join) => join.onRef('an.author_id', '=', 'a.author_id').onRef('an.locale', '=', 't.locale'))
      .select(['t.article_id', 't.locale', 't.title', 't.status', 't.updated_at', 't.published_at', 'an.name as author'])
      .$if(own, (qb) => qb.where('au.user_id', '=', staff.id));
  const [drafts, review, scheduled, published, counts] = await Promise.all([
    stories().where('au.user_id', '=', staff.id).where('t.status', '=', 'draft').orderBy('t.updated_at', 'desc').limit(DESK_LIST_SIZE).execute(),
    stories().where('t.status', '=', 'review').orderBy('t.updated_at', 'asc').limit(DESK_LIST_SIZE).execute(),
    stories()
      .where('t.status', '=', 'scheduled')
      .where('t.published_at', '>=', day.start)
      .where('t.published_at', '<', day.end)
      .orderBy('t.published_at', 'asc')
      .limit(DESK_LIST_SIZE)
      .execute(),
    stories()
      .where('t.status', '=', 'published')
      .where('t.published_at', '>=', day.start)
      .where('t.published_at', '<', day.end)
      .orderBy('t.published_at', 'desc')
      .limit(DESK_LIST_SIZE * locales.length)
      .execute(),
    stories()
      .clearSelect()
      .select(['t.locale', (eb) => eb.fn.countAll<string>().as('n')])
      .where('t.status', '=', 'published')
      .where('t.published_at', '>=', day.start)
      .where('t.published_at', '<', day.end)
      .groupBy('t.locale')
      .execute(),
  ]);
  const story = (row: (typeof drafts)[number], at: 'updated' | 'published'): DeskStory => ({
    articleId: row.article_id,
    locale: row.locale,
    title: row.title,
    status: row.status,
    at: at === 'published' ? (row.published_at ?? row.updated_at) : row.updated_at,
    author: row.author ?? '',
  });

  // Today's stories: those that went or go live today in some language. Which languages are they still missing?
  const todays = [...new Set([...published, ...scheduled].map((row) => row.article_id))].slice(0, DESK_LIST_SIZE);
  const translations = todays.length
    ? await db.selectFrom('article_translations').select(['article_id', 'locale', 'title', 'status']).where('article_id', 'in', todays).execute()
    : [];
  const gaps = todays.flatMap((articleId): DeskGap[] => {
    const rows = translations.filter((row) => row.article_id === articleId);
    const live = (row: (typeof rows)[number]) => row.status === 'published' || row.status === 'scheduled';
    const missing = locales.filter((l) => !rows.some((row) => row.locale === l && live(row)));
    const named = locales.map((l) => rows.find((row) => row.locale === l && live(row))).find(Boolean);
    return missing.length && named ? [{ articleId, title: named.title, missing }] : [];
  });

  return {
    day,
    myDrafts: drafts.map((row) => story(row, 'updated')),
    review: review.map((row) => story(row, 'updated')),
    scheduledToday: scheduled.map((row) => story(row, 'published')),
    publishedToday: Object.fromEntries(
      locales.map((l) => [l, published.filter((row) => row.locale === l).slice(0, DESK_LIST_SIZE).map((row) => story(row, 'published'))]),
    ) as Record<Locale, DeskStory[]>,
    publishedCount: Object.fromEntries(locales.map((l) => [l, Number(counts.find((row) => row.locale === l)?.n ?? 0)])) as Record<Locale, number>,
    gaps,
  };
}
