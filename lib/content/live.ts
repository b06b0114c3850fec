import 'server-only';
import { sql } from 'kysely';
import { getReaderDb } from '@/lib/db/client';
import { parseDocument, type ArticleDocument } from '@/lib/document/schema';
import type { Locale } from '@/lib/i18n/locales';
import type { ImageRef } from '@/lib/media/variants';
import { formatCursor, type Cursor } from './cursor';

/**
 * The read side of live coverage: what a reader sees of a live page in one language. An entry shows only where its
 * text in that language is published; another language's text is never shown instead.
 */

/** Entries on one page of the stream; older ones are on further pages, by cursor. */
export const LIVE_PAGE_SIZE = 20;
/** Key events listed at the top, newest first. */
const KEY_EVENTS_SHOWN = 50;

export interface LiveEntry {
  id: number;
  postedAt: Date;
  /** When its text in this language, or its flags, last changed. */
  updatedAt: Date;
  keyEvent: boolean;
  pinned: boolean;
  /** The key event's short title; empty for other entries. */
  title: string;
  body: ArticleDocument;
  /** The byline of the staff member who posted it, in this language; null when they have none. */
  author: string | null;
  /** Grows with every change of its text or flags: a reader's page keeps the newest. */
  revision: number;
}

export interface KeyEvent {
  id: number;
  title: string;
  postedAt: Date;
  /** The cursor of the page that starts with this entry, or null when it is on the first page. */
  pageCursor: string | null;
}

export interface LiveCoverage {
  state: 'live' | 'ended';
  startedAt: Date | null;
  endedAt: Date | null;
  lastUpdatedAt: Date | null;
  /** The number of the last change readers of this language were told of: where a reader's page starts waiting. */
  seq: number;
  pinned: LiveEntry | null;
  keyEvents: KeyEvent[];
  entries: LiveEntry[];
  nextCursor: string | null;
  /** The stored images the entries show, by media id. */
  images: Map<number, ImageRef>;
}

const micros = sql<string>`(extract(epoch from e.posted_at) * 1000000)::bigint::text`;
const cursorTime = (cursor: Cursor) => sql<Date>`'epoch'::timestamptz + ${cursor.micros.toString()}::bigint * interval '1 microsecond'`;

/** An entry's visible text in one language, with its author's byline there. */
function visibleEntries(articleId: number, locale: Locale) {
  return getReaderDb()
    .selectFrom('live_entries as e')
    .innerJoin('live_entry_translations as t', (join) => join.onRef('t.entry_id', '=', 'e.id').on('t.locale', '=', locale))
    .leftJoin('authors as au', 'au.user_id', 'e.created_by')
    .leftJoin('author_translations as aut', (join) => join.onRef('aut.author_id', '=', 'au.id').on('aut.locale', '=', locale))
    .where('e.article_id', '=', articleId)
    .where('e.deleted_at', 'is', null)
    .where('t.status', '=', 'published');
}

function selectEntry(query: ReturnType<typeof visibleEntries>) {
  return query
    .select([
      'e.id',
      'e.posted_at',
      'e.key_event',
      'e.pinned',
      't.title',
      't.body',
      'aut.name as author',
      sql<Date>`greatest(e.updated_at, t.updated_at)`.as('updated_at'),
      sql<number>`e.version + t.version`.as('revision'),
      micros.as('micros'),
    ])
    .orderBy('e.posted_at', 'desc')
    .orderBy('e.id', 'desc');
}

type EntryRow = Awaited<ReturnType<ReturnType<typeof selectEntry>['execute']>>[number];

function toEntry(row: EntryRow): LiveEntry {
  return {
    id: row.id,
    postedAt: row.posted_at,
    updatedAt: new Date(row.updated_at),
    keyEvent: row.key_event,
    pinned: row.pinned,
    title: row.title,
    body: parseDocument(row.body),
    author: row.author,
    revision: Number(row.revision),
  };
}

/** The number of the last change readers of this language were told of (0: none yet). */
export async function lastReaderSeq(articleId: number, locale: Locale): Promise<number> {
  const row = await getReaderDb()
    .selectFrom('live_changes')
    .select((eb) => eb.fn.max('seq').as('seq'))
    .where('article_id', '=', articleId)
    .where('locale', '=', locale)
    .where('for_readers', '=', true)
    .executeTakeFirst();
  return Number(row?.seq ?? 0);
}

/** Whether a cursor names an entry this page shows: the only cursors its pages link to. */
export async function cursorInLive(articleId: number, locale: Locale, cursor: Cursor): Promise<boolean> {
  const row = await visibleEntries(articleId, locale)
    .select('e.id')
    .where('e.id', '=', cursor.id)
    .where(sql<boolean>`e.posted_at = ${cursorTime(cursor)}`)
    .executeTakeFirst();
  return row !== undefined;
}

/**
 * A live page's coverage in one language: its state, pinned entry, key events and one page of entries, newest first
 * (older than `before`). The change number is read first: a change landing meanwhile is then both on the page and
 * told again to the reader's script, which keeps the newer copy, rather than lost between the two.
 */
export async function getLiveCoverage(articleId: number, locale: Locale, before: Cursor | null = null): Promise<LiveCoverage | null> {
  const db = getReaderDb();
  const seq = await lastReaderSeq(articleId, locale);
  const page = await db
    .selectFrom('articles')
    .select(['kind', 'coverage_started_at', 'coverage_ended_at'])
    .where('id', '=', articleId)
    .executeTakeFirst();
  if (!page || page.kind !== 'live') return null;

  let stream = selectEntry(visibleEntries(articleId, locale));
  if (before) stream = stream.where(sql<boolean>`(e.posted_at, e.id) < (${cursorTime(before)}, ${before.id})`);
  const [rows, pinnedRow, keyRows, latest] = await Promise.all([
    stream.limit(LIVE_PAGE_SIZE + 1).execute(),
    selectEntry(visibleEntries(articleId, locale)).where('e.pinned', '=', true).executeTakeFirst(),
    listKeyEvents(articleId, locale),
    visibleEntries(articleId, locale)
      .select(sql<Date | null>`max(greatest(e.posted_at, e.updated_at, t.updated_at))`.as('at'))
      .executeTakeFirst(),
  ]);
  const shown = rows.slice(0, LIVE_PAGE_SIZE);
  const last = rows.length > LIVE_PAGE_SIZE ? shown.at(-1) : undefined;
  const entries = shown.map(toEntry);
  const pinned = pinnedRow ? toEntry(pinnedRow) : null;
  const images = await entryImages([...entries, ...(pinned ? [pinned] : [])]);
  return {
    state: page.coverage_ended_at ? 'ended' : 'live',
    startedAt: page.coverage_started_at,
    endedAt: page.coverage_ended_at,
    lastUpdatedAt: latest?.at ? new Date(latest.at) : null,
    seq,
    pinned,
    keyEvents: keyRows,
    entries,
    nextCursor: last ? formatCursor({ micros: BigInt(last.micros), id: last.id }) : null,
    images,
  };
}

/**
 * Key events, newest first, each with the cursor of a page that starts with it: the entry just newer than it is
 * that page's cursor (lag over the whole visible stream), none for an entry on the first page.
 */
async function listKeyEvents(articleId: number, locale: Locale): Promise<KeyEvent[]> {
  const ranked = visibleEntries(articleId, locale).select([
    'e.id',
    'e.posted_at',
    'e.key_event',
    't.title',
    't.body',
    sql<number>`row_number() over (order by e.posted_at desc, e.id desc)`.as('position'),
    sql<string | null>`lag(${micros} || '-' || e.id) over (order by e.posted_at desc, e.id desc)`.as('newer'),
  ]);
  const rows = await getReaderDb()
    .selectFrom(ranked.as('r'))
    .selectAll()
    .where('r.key_event', '=', true)
    .orderBy('r.posted_at', 'desc')
    .orderBy('r.id', 'desc')
    .limit(KEY_EVENTS_SHOWN)
    .execute();
  return rows.map((row) => ({
    id: row.id,
    title: row.title || excerpt(parseDocument(row.body)),
    postedAt: row.posted_at,
    pageCursor: Number(row.position) <= LIVE_PAGE_SIZE ? null : row.newer,
  }));
}

/** The first words of an entry, for a key event given no title. */
export function excerpt(document: ArticleDocument, max = 100): string {
  for (const block of document.blocks) {
    if (!('content' in block)) continue;
    const text = block.content.map((inline) => inline.text).join('').trim();
    if (text) return text.length <= max ? text : `${text.slice(0, max - 1).trimEnd()}…`;
  }
  return '';
}

async function entryImages(entries: LiveEntry[]): Promise<Map<number, ImageRef>> {
  const ids = [...new Set(entries.flatMap((entry) => entry.body.blocks.flatMap((block) => (block.type === 'image' ? [block.mediaId] : []))))];
  if (!ids.length) return new Map();
  const rows = await getReaderDb().selectFrom('media').select(['id', 'content_hash as hash', 'width', 'height']).where('id', 'in', ids).execute();
  return new Map(rows.map((row) => [row.id, row]));
}

/** The entries of a page among `ids` that readers of this language see now; the others are gone for them. */
export async function visibleEntriesByIds(articleId: number, locale: Locale, ids: number[]): Promise<LiveEntry[]> {
  if (!ids.length) return [];
  const rows = await selectEntry(visibleEntries(articleId, locale)).where('e.id', 'in', ids).execute();
  return rows.map(toEntry);
}

/** The latest entries of live pages, for home's lead story: `count` each, in this language. */
export async function latestEntries(articleId: number, locale: Locale, count: number): Promise<LiveEntry[]> {
  const rows = await selectEntry(visibleEntries(articleId, locale)).limit(count).execute();
  return rows.map(toEntry);
}
