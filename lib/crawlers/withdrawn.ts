import type { Kysely } from 'kysely';
import { createDb } from '@/lib/db/connect';
import type { Database } from '@/lib/db/schema';

/**
 * Which article translations were published and then withdrawn, for the proxy to answer 410 Gone instead of 404.
 * The proxy cannot render a page's status itself, so it keeps this small set in memory and refreshes it in the
 * background at most every few seconds; a withdrawn article is a 404 for those seconds, then a 410.
 * No `server-only` here: the proxy runs outside React's server environment.
 */
const REFRESH_MS = 3_000;

interface WithdrawnState {
  db?: Kysely<Database>;
  keys: Set<string>;
  loadedAt: number;
  loading?: Promise<void>;
}

const state = ((globalThis as unknown as { newsroomWithdrawn?: WithdrawnState }).newsroomWithdrawn ??= {
  keys: new Set(),
  loadedAt: 0,
});

const key = (articleId: number, locale: string) => `${articleId}:${locale}`;

async function load(): Promise<void> {
  const url = process.env.DATABASE_URL;
  if (!url) return;
  state.db ??= createDb(url, 1);
  const rows = await state.db.selectFrom('article_translations').select(['article_id', 'locale']).where('status', '=', 'unpublished').execute();
  state.keys = new Set(rows.map((row) => key(row.article_id, row.locale)));
  state.loadedAt = Date.now();
}

function refresh(): Promise<void> {
  state.loading ??= load()
    .catch((error: unknown) => console.error('[newsroom] could not read withdrawn articles; keeping the last list', error))
    .finally(() => {
      state.loading = undefined;
    });
  return state.loading;
}

/**
 * After an article change on this instance or another (lib/cache/revalidate.ts, site-change-listener.ts): the next
 * check reads the list again before it answers, so a translation withdrawn a moment ago is a 410 at once, never a
 * 404 that a cache could keep.
 */
export function forgetWithdrawn(): void {
  state.loadedAt = 0;
}

/** Whether the translation was withdrawn; a database that does not answer leaves the last known answer in force. */
export async function isWithdrawn(articleId: number, locale: string): Promise<boolean> {
  if (state.loadedAt === 0) await refresh();
  else if (Date.now() - state.loadedAt > REFRESH_MS) void refresh();
  return state.keys.has(key(articleId, locale));
}
