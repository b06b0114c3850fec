import 'server-only';
import { createHash, randomBytes } from 'node:crypto';
import { sql } from 'kysely';
import { getDb } from '@/lib/db/client';
import type { Locale } from '@/lib/i18n/locales';
import { countJob } from '@/lib/ops/metrics.mjs';
import { processWide } from '@/lib/ops/singleton.mjs';

/** Counts are written at least this often… */
export const FLUSH_INTERVAL_MS = 5_000;
/** …and at once when this many views are waiting, so memory stays small under load. */
export const FLUSH_AT_VIEWS = 1_000;
// A reader is recognised for the day; past this many the set starts over (one refresh might then count twice).
const MAX_SEEN = 200_000;

interface CounterState {
  /** `${articleId}|${locale}|${hourIso}` → views not yet written. */
  pending: Map<string, number>;
  pendingViews: number;
  seen: Set<string>;
  seenDay: string;
  /** Random per process and never stored: the dedupe keys cannot be linked to a reader, even with the IP in hand. */
  salt: Buffer;
  timer?: NodeJS.Timeout;
  flushing: Promise<unknown>;
  /** A flush asked for by a full batch has not yet taken its views: more views join it instead of queueing another. */
  flushQueued: boolean;
  batches: number[];
}

// Process-wide because a route handler's module may be instantiated more than once in one process.
const state = () =>
  processWide<CounterState>('newsroom.viewCounter', () => ({
    pending: new Map(),
    pendingViews: 0,
    seen: new Set(),
    seenDay: '',
    salt: randomBytes(32),
    flushing: Promise.resolve(),
    flushQueued: false,
    batches: [],
  }));

export interface View {
  articleId: number;
  locale: Locale;
  /** Whatever tells readers apart for a day (IP and user agent); only its salted hash is kept, in memory. */
  reader: string;
}

/**
 * Counts one view in memory; a reader reloading the same article the same day is counted once. Returns whether it
 * counted. Whether the article is published is checked when the batch is written, not here, so a view costs no query.
 */
export function recordView({ articleId, locale, reader }: View, now = new Date()): boolean {
  const s = state();
  const day = now.toISOString().slice(0, 10);
  if (s.seenDay !== day || s.seen.size >= MAX_SEEN) {
    s.seen.clear();
    s.seenDay = day;
  }
  const key = createHash('sha256').update(s.salt).update(`${reader}\n${articleId}\n${locale}\n${day}`).digest('base64url').slice(0, 22);
  if (s.seen.has(key)) return false;
  s.seen.add(key);

  const hour = new Date(Math.floor(now.getTime() / 3_600_000) * 3_600_000).toISOString();
  const bucket = `${articleId}|${locale}|${hour}`;
  s.pending.set(bucket, (s.pending.get(bucket) ?? 0) + 1);
  s.pendingViews += 1;
  if (s.pendingViews >= FLUSH_AT_VIEWS) {
    if (!s.flushQueued) {
      s.flushQueued = true;
      void flushViews();
    }
  } else if (!s.timer) {
    s.timer = setTimeout(() => void flushViews(), FLUSH_INTERVAL_MS);
    s.timer.unref();
  }
  return true;
}

async function writeBatch(batch: Map<string, number>): Promise<void> {
  const ids: number[] = [];
  const locales: string[] = [];
  const hours: string[] = [];
  const views: number[] = [];
  for (const [bucket, count] of batch) {
    const [id, locale, hour] = bucket.split('|');
    ids.push(Number(id));
    locales.push(locale!);
    hours.push(hour!);
    views.push(count);
  }
  // One statement per batch; views of anything not published in that locale (unknown ids included) are dropped here.
  await sql`
    insert into article_views (article_id, locale, hour, views)
    select v.article_id, v.locale, v.hour, v.views
    from unnest(${ids}::int[], ${locales}::text[], ${hours}::timestamptz[], ${views}::bigint[]) as v(article_id, locale, hour, views)
    join article_translations t on t.article_id = v.article_id and t.locale = v.locale and t.status = 'published'
    on conflict (article_id, locale, hour) do update set views = article_views.views + excluded.views
  `.execute(getDb());
}

/**
 * Writes the waiting counts as one upsert-add into the hourly table; batches run one after another, so views counted
 * while a write is in flight go with the next batch. A failed write puts its counts back, to go with the next batch.
 * Resolves to the number of views written.
 */
export function flushViews(): Promise<number> {
  const s = state();
  clearTimeout(s.timer);
  s.timer = undefined;
  const run = s.flushing.then(async () => {
    s.flushQueued = false;
    if (s.pending.size === 0) return 0;
    const batch = s.pending;
    const count = s.pendingViews;
    s.pending = new Map();
    s.pendingViews = 0;
    try {
      await countJob('views-flush', () => writeBatch(batch));
      s.batches = [...s.batches.slice(-99), count];
      return count;
    } catch (error) {
      for (const [bucket, n] of batch) s.pending.set(bucket, (s.pending.get(bucket) ?? 0) + n);
      s.pendingViews += count;
      console.error(`[views] could not write ${count} views; they wait for the next batch:`, error);
      s.timer ??= setTimeout(() => void flushViews(), FLUSH_INTERVAL_MS);
      s.timer.unref();
      return 0;
    }
  });
  s.flushing = run.catch(() => 0);
  return run;
}

/** Resolves once the batches already asked for are written (or have failed and wait for the next). */
export function viewsWritten(): Promise<void> {
  return state().flushing.then(() => undefined);
}

/** Sizes of the last batches written (views per batch), for the benchmark and the logs. */
export function recentBatchSizes(): number[] {
  return [...state().batches];
}
