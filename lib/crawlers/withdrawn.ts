import type { Kysely } from 'kysely';
import { createDb } from '@/lib/db/connect';
import type { Database } from '@/lib/db/schema';
import { env } from '@/lib/ops/env.mjs';
import { processWide } from '@/lib/ops/singleton.mjs';

/**
 * Which article translations were published and then withdrawn, for the proxy to answer 410 Gone instead of 404.
 * The proxy cannot render a page's status itself, so it keeps this small set in memory and refreshes it in the
 * background at most every few seconds; after a change on any instance (`forgetWithdrawn`) it is read again before
 * the next article is answered.
 * No `server-only` here: the proxy runs outside React's server environment.
 */
const REFRESH_MS = 3_000;

interface WithdrawnState {
  db?: Kysely<Database>;
  keys: Set<string>;
  loadedAt: number;
  /** Bumped by every change; the list is current only when it was read at the latest one. */
  generation: number;
  loadedGeneration: number;
  loading?: { promise: Promise<void>; generation: number };
}

const state = processWide<WithdrawnState>('newsroom.withdrawnList', () => ({
  keys: new Set(),
  loadedAt: 0,
  generation: 1,
  loadedGeneration: 0,
}));

const key = (articleId: number, locale: string) => `${articleId}:${locale}`;

async function load(generation: number): Promise<void> {
  const url = env().DATABASE_URL;
  if (!url) return;
  state.db ??= createDb(url, 1, { name: 'withdrawn' });
  const startedAt = Date.now();
  const rows = await state.db.selectFrom('article_translations').select(['article_id', 'locale']).where('status', '=', 'unpublished').execute();
  state.keys = new Set(rows.map((row) => key(row.article_id, row.locale)));
  state.loadedAt = startedAt;
  state.loadedGeneration = generation;
}

/**
 * A read that began before a change may end after it, with the list as it was: it must not count as the read after
 * the change (that was a cached 404 for up to REFRESH_MS after a withdrawal, and a 410 as long after a
 * republication). So a read is shared only by callers of the same generation; a newer one waits for it, then reads.
 */
function refresh(): Promise<void> {
  const generation = state.generation;
  if (state.loading?.generation === generation) return state.loading.promise;
  const promise = (state.loading?.promise ?? Promise.resolve())
    .then(() => load(generation))
    .catch((error: unknown) => console.error('[newsroom] could not read withdrawn articles; keeping the last list', error))
    .finally(() => {
      if (state.loading?.promise === promise) state.loading = undefined;
    });
  state.loading = { promise, generation };
  return promise;
}

/**
 * After an article change on this instance or another (lib/cache/revalidate.ts, lib/jobs/site-change-listener.ts): the next
 * check reads the list again before it answers, so a translation withdrawn a moment ago is a 410 at once, never a
 * 404 that a cache could keep, and a republished one is served at once.
 */
export function forgetWithdrawn(): void {
  state.generation += 1;
}

/** Whether the translation was withdrawn; a database that does not answer leaves the last known answer in force. */
export async function isWithdrawn(articleId: number, locale: string): Promise<boolean> {
  if (state.loadedGeneration !== state.generation) await refresh();
  else if (Date.now() - state.loadedAt > REFRESH_MS) void refresh();
  return state.keys.has(key(articleId, locale));
}
