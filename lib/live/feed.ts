import 'server-only';
import { sql } from 'kysely';
import { visibleEntriesByIds, type LiveEntry } from '@/lib/content/live';
import { getReaderDb } from '@/lib/db/client';
import type { Block } from '@/lib/document/schema';
import { formatDateTime, formatShortDateTime } from '@/lib/i18n/format';
import type { Locale } from '@/lib/i18n/locales';
import { MAX_CHANGES_BEHIND } from './changes';

/**
 * What a reader's page is told when it asks for the changes after the number it has: each changed entry as readers
 * of its language see it now (or that it is gone for them), the page's state, and the number to ask after next. An
 * entry's current state, not its history: applied in any order, twice or late, the page ends up the same.
 */
export type FeedEntry =
  | {
      id: number;
      revision: number;
      posted: string;
      /** Its time as the page shows it, in Baku time and the reader's language. */
      time: string;
      keyEvent: boolean;
      pinned: boolean;
      title: string;
      /** Its body as the structured document: the reader's script builds the elements from plain text. */
      blocks: Block[];
      author: string | null;
    }
  | { id: number; removed: true };

export interface LiveFeed {
  seq: number;
  state: 'live' | 'ended';
  /** The page's "updated" time as it shows it; null when nothing changed. */
  updated: { iso: string; text: string } | null;
  entries: FeedEntry[];
  /** Too far behind to catch up change by change: the reader's page reloads instead. */
  reset?: true;
}

function toFeedEntry(entry: LiveEntry, locale: Locale): FeedEntry {
  return {
    id: entry.id,
    revision: entry.revision,
    posted: entry.postedAt.toISOString(),
    time: formatShortDateTime(entry.postedAt, locale),
    keyEvent: entry.keyEvent,
    pinned: entry.pinned,
    title: entry.title,
    blocks: entry.body.blocks,
    author: entry.author,
  };
}

/** Whether the page is live coverage readers of this language can read: its translation there is published. */
async function readablePage(articleId: number, locale: Locale) {
  return getReaderDb()
    .selectFrom('articles as a')
    .innerJoin('article_translations as t', (join) => join.onRef('t.article_id', '=', 'a.id').on('t.locale', '=', locale))
    .select(['a.coverage_ended_at', 'a.live_seq'])
    .where('a.id', '=', articleId)
    .where('a.kind', '=', 'live')
    .where('t.status', '=', 'published')
    .where('t.published_at', '<=', sql<Date>`now()`)
    .executeTakeFirst();
}

/** The changes after `after` for readers of one language; null when that is no live page they can read. */
export async function readerFeed(articleId: number, locale: Locale, after: number): Promise<LiveFeed | null> {
  const page = await readablePage(articleId, locale);
  if (!page) return null;
  const state = page.coverage_ended_at ? 'ended' : 'live';
  // A number the page has not reached: no page ever showed it (a forged or mistyped address). Told to start again at
  // once, rather than held until a change that may never come.
  if (after > Number(page.live_seq)) return { seq: Number(page.live_seq), state, updated: null, entries: [], reset: true };
  const changed = await getReaderDb()
    .selectFrom('live_changes')
    .select(['entry_id', sql<string>`max(seq)`.as('seq')])
    .where('article_id', '=', articleId)
    .where('locale', '=', locale)
    .where('for_readers', '=', true)
    .where('seq', '>', String(after))
    .groupBy('entry_id')
    .orderBy(sql`max(seq)`)
    .limit(MAX_CHANGES_BEHIND + 1)
    .execute();
  if (changed.length > MAX_CHANGES_BEHIND) return { seq: after, state, updated: null, entries: [], reset: true };
  const seq = Math.max(after, ...changed.map((row) => Number(row.seq)));
  const ids = changed.flatMap((row) => (row.entry_id === null ? [] : [row.entry_id]));
  const visible = new Map((await visibleEntriesByIds(articleId, locale, ids)).map((entry) => [entry.id, entry]));
  const entries = ids.map((id): FeedEntry => {
    const entry = visible.get(id);
    return entry ? toFeedEntry(entry, locale) : { id, removed: true };
  });
  const newest = [...visible.values()].reduce<Date | null>((latest, entry) => (!latest || entry.updatedAt > latest ? entry.updatedAt : latest), null);
  return { seq, state, updated: newest ? { iso: newest.toISOString(), text: formatDateTime(newest, locale) } : null, entries };
}
