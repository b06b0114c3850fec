import 'server-only';
import { sql } from 'kysely';
import { getDb } from '@/lib/db/client';
import type { Locale } from '@/lib/i18n/locales';
import { env } from '@/lib/ops/env.mjs';
import { processWide } from '@/lib/ops/singleton.mjs';
import { memoryWindow, redisWindow, WINDOW_MINUTES, type Engagement, type LiveWindow, type Presence } from './live';
import type { Source } from './sources';

/** Batches go to the live window and the minute rows at least this often (lib/jobs/now.ts)… */
export const FLUSH_INTERVAL_MS = 1_000;
/** …and at once when this many sightings wait. */
export const FLUSH_AT = 5_000;
// Past this many waiting sightings (the database and Redis both away), new ones are dropped, so memory stays bounded.
const MAX_PENDING = 100_000;
const MAX_PENDING_ROWS = 50_000;
/** The most seconds one ping may add: the script sends every 15 s. */
export const MAX_ENGAGED_SECONDS = 15;

export interface NowHit {
  page: string;
  locale: Locale;
  /** The day's reader hash (lib/now/salt.ts). */
  reader: string;
  /** Where the reader came from; null from the image beacon, which cannot know. */
  source: Source | null;
  /** Seconds the page was visible and the reader active since the last ping. */
  engagedSeconds: number;
}

interface Row {
  minute: number;
  page: string;
  locale: string;
  source: string;
  readers: number;
  engaged: number;
}

interface CounterState {
  window: LiveWindow | null;
  presence: Map<string, Presence & { minute: number }>;
  engaged: (Engagement & { minute: number })[];
  rows: Map<string, Row>;
  /** Sightings Redis did not take (away, or too slow), counted in memory meanwhile, to hand it once it answers. */
  owed: { minute: number; items: Presence[] }[];
  owedCount: number;
  flushing: Promise<unknown>;
  flushQueued: boolean;
  dropped: number;
}

const state = () =>
  processWide<CounterState>('newsroom.nowCounter', () => ({
    window: null,
    presence: new Map(),
    engaged: [],
    rows: new Map(),
    owed: [],
    owedCount: 0,
    flushing: Promise.resolve(),
    flushQueued: false,
    dropped: 0,
  }));

/** The live window this process counts into: Redis when REDIS_URL is set, memory otherwise. */
export function liveWindow(): LiveWindow {
  const s = state();
  const { REDIS_URL, REDIS_KEY_PREFIX } = env();
  s.window ??= REDIS_URL ? redisWindow(REDIS_URL, `${REDIS_KEY_PREFIX}now:`) : memoryWindow;
  return s.window;
}

/** Points this process at another live window (tests: a Redis under a prefix of their own, or one that is away). */
export function useLiveWindow(window: LiveWindow): void {
  state().window = window;
}

export const minuteOf = (at: Date) => Math.floor(at.getTime() / 60_000);

/**
 * Counts a sighting of a reader in memory; the batch goes to the live window and the minute rows within a second. A
 * reader seen twice in a minute on one page is sent once; engaged seconds always add up. Costs no I/O.
 */
export function recordNow(hit: NowHit, at = new Date()): boolean {
  const s = state();
  if (s.presence.size >= MAX_PENDING || s.engaged.length >= MAX_PENDING) {
    s.dropped += 1;
    return false;
  }
  const minute = minuteOf(at);
  const keys = [`${hit.page}|${hit.locale}|all`, `*|${hit.locale}|all`, '*|*|all'];
  if (hit.source) keys.push(`${hit.page}|${hit.locale}|${hit.source}`);
  for (const key of keys) s.presence.set(`${minute}|${key}|${hit.reader}`, { minute, key, reader: hit.reader });
  const seconds = Math.min(MAX_ENGAGED_SECONDS, Math.max(0, Math.floor(hit.engagedSeconds)));
  if (seconds > 0) s.engaged.push({ minute, key: `${hit.page}|${hit.locale}`, reader: hit.reader, seconds });
  if (s.presence.size >= FLUSH_AT && !s.flushQueued) {
    s.flushQueued = true;
    void flushNow();
  }
  return true;
}

function addRow(s: CounterState, minute: number, page: string, locale: string, source: string, readers: number, engaged: number): void {
  const id = `${minute}|${page}|${locale}|${source}`;
  const row = s.rows.get(id);
  if (row) {
    row.readers += readers;
    row.engaged += engaged;
  } else if (s.rows.size < MAX_PENDING_ROWS) {
    s.rows.set(id, { minute, page, locale, source, readers, engaged });
  }
}

/** Runs `operation` on the live window, or on this process's memory while Redis does not answer. */
async function onWindow<T>(operation: (window: LiveWindow) => Promise<T>): Promise<T> {
  const window = liveWindow();
  try {
    return await operation(window);
  } catch (error) {
    if (window === memoryWindow) throw error;
    return operation(memoryWindow);
  }
}

/**
 * Marks readers present in the live window. When Redis does not take them, they are counted in this process's memory
 * and owed to Redis, which gets them (still within the window) once it answers, so the shared picture misses no one.
 */
async function markPresent(s: CounterState, minute: number, items: Presence[]): Promise<boolean[]> {
  const window = liveWindow();
  if (window === memoryWindow) return memoryWindow.mark(minute, items);
  try {
    return await window.mark(minute, items);
  } catch {
    if (s.owedCount + items.length <= MAX_PENDING) {
      s.owed.push({ minute, items });
      s.owedCount += items.length;
    }
    return memoryWindow.mark(minute, items);
  }
}

/** Hands Redis what it is owed; its answers are not counted again (the minute rows have them from memory). */
async function payOwed(s: CounterState, minute: number): Promise<void> {
  const window = liveWindow();
  while (window !== memoryWindow && s.owed.length > 0) {
    const batch = s.owed[0]!;
    if (batch.minute > minute - WINDOW_MINUTES) {
      try {
        await window.mark(batch.minute, batch.items);
      } catch {
        return;
      }
    }
    s.owed.shift();
    s.owedCount -= batch.items.length;
  }
}

async function writeRows(rows: Row[]): Promise<void> {
  if (rows.length === 0) return;
  await sql`
    insert into now_minutes (minute, page, locale, source, readers, engaged_seconds)
    select to_timestamp(v.minute * 60), v.page, v.locale, v.source, v.readers, v.engaged
    from unnest(${rows.map((r) => r.minute)}::bigint[], ${rows.map((r) => r.page)}::text[], ${rows.map((r) => r.locale)}::text[],
                ${rows.map((r) => r.source)}::text[], ${rows.map((r) => r.readers)}::int[], ${rows.map((r) => r.engaged)}::int[])
      as v(minute, page, locale, source, readers, engaged)
    on conflict (minute, page, locale, source) do update
      set readers = now_minutes.readers + excluded.readers, engaged_seconds = now_minutes.engaged_seconds + excluded.engaged_seconds
  `.execute(getDb());
}

async function flushBatch(s: CounterState): Promise<number> {
  const presence = [...s.presence.values()];
  const engaged = s.engaged;
  s.presence = new Map();
  s.engaged = [];
  await payOwed(s, minuteOf(new Date()));
  const byMinute = Map.groupBy(presence, (p) => p.minute);
  for (const [minute, items] of byMinute) {
    const fresh = await markPresent(s, minute, items);
    items.forEach((item, i) => {
      if (!fresh[i]) return;
      const [page, locale, source] = item.key.split('|') as [string, string, string];
      if (page !== '*') addRow(s, minute, page, locale, source, 1, 0);
    });
  }
  for (const [hour, items] of Map.groupBy(engaged, (e) => Math.floor(e.minute / 60))) {
    await onWindow((window) => window.engage(hour, items));
  }
  for (const e of engaged) {
    const [page, locale] = e.key.split('|') as [string, string];
    addRow(s, e.minute, page, locale, 'all', 0, e.seconds);
  }
  const rows = [...s.rows.values()];
  s.rows = new Map();
  try {
    await writeRows(rows);
  } catch (error) {
    for (const row of rows) addRow(s, row.minute, row.page, row.locale, row.source, row.readers, row.engaged);
    console.error(`[now] could not write ${rows.length} minute rows; they wait for the next batch:`, error);
  }
  return presence.length;
}

/** Sends the waiting sightings to the live window and writes the minute rows; batches run one after another. */
export function flushNow(): Promise<number> {
  const s = state();
  const run = s.flushing.then(() => {
    s.flushQueued = false;
    return flushBatch(s);
  });
  s.flushing = run.catch(() => 0);
  return run;
}

/** Forgets what this process holds (a restart, in tests). */
export function forgetCounterInProcess(): void {
  Object.assign(state(), { window: null, presence: new Map(), engaged: [], rows: new Map(), owed: [], owedCount: 0, flushQueued: false, dropped: 0 });
}

/** Readers per live key now, from the live window (or this process's memory while Redis is away). */
export function liveCounts(at = new Date()): Promise<Map<string, number>> {
  return onWindow((window) => window.counts(minuteOf(at)));
}

/** The median engaged seconds of a page's readers in one language over the last two hours; null with none. */
export async function medianEngagedSeconds(page: string, locale: string, at = new Date()): Promise<number | null> {
  const seconds = (await onWindow((window) => window.engagedSeconds(Math.floor(minuteOf(at) / 60), `${page}|${locale}`))).sort((a, b) => a - b);
  if (seconds.length === 0) return null;
  const middle = Math.floor(seconds.length / 2);
  return seconds.length % 2 ? seconds[middle]! : Math.round((seconds[middle - 1]! + seconds[middle]!) / 2);
}
