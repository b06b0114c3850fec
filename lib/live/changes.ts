import 'server-only';
import { sql, type Kysely } from 'kysely';
import { z } from 'zod';
import type { Database } from '@/lib/db/schema';
import { locales, type Locale } from '@/lib/i18n/locales';

/**
 * The changes of a live page, numbered. Every write of a page's entries goes through `recordLiveChange` inside its
 * transaction: it takes the page's row lock and its next number, writes one row per language it touches, and
 * announces it with NOTIFY (delivered on commit, to every instance: lib/live/waiters.ts). Since the lock is held to
 * commit, changes commit in the order of their numbers, and "every change after N" never skips one committing late.
 */
export const LIVE_CHANGES_CHANNEL = 'newsroom_live_changes';

export interface LiveChangeNotice {
  articleId: number;
  seq: number;
  /** The languages whose readers see the change; the desk follows every change. */
  readers: Locale[];
}

const notice = z.object({
  a: z.number().int().positive(),
  s: z.number().int().nonnegative(),
  r: z.array(z.enum(locales)).max(locales.length),
});

export function parseLiveNotice(payload: string | undefined): LiveChangeNotice | null {
  try {
    const parsed = notice.safeParse(JSON.parse(payload ?? ''));
    return parsed.success ? { articleId: parsed.data.a, seq: parsed.data.s, readers: parsed.data.r } : null;
  } catch {
    return null;
  }
}

export interface ChangeScope {
  entryId: number | null;
  /** Every language the change concerns, and of those the ones whose readers see it. */
  locales: readonly Locale[];
  readers: readonly Locale[];
}

/** Numbers and records one change of a live page; call it inside the change's transaction. Returns its number. */
export async function recordLiveChange(trx: Kysely<Database>, articleId: number, scope: ChangeScope): Promise<number> {
  const { live_seq } = await trx
    .updateTable('articles')
    .set({ live_seq: sql`live_seq + 1` })
    .where('id', '=', articleId)
    .returning('live_seq')
    .executeTakeFirstOrThrow();
  const seq = Number(live_seq);
  const concerned = [...new Set([...scope.locales, ...scope.readers])];
  if (concerned.length) {
    await trx
      .insertInto('live_changes')
      .values(concerned.map((locale) => ({ article_id: articleId, seq, locale, entry_id: scope.entryId, for_readers: scope.readers.includes(locale) })))
      .execute();
  }
  // Bounded: a reader further behind than what is kept reloads the page (lib/live/feed.ts).
  if (seq % 100 === 0) {
    await trx.deleteFrom('live_changes').where('article_id', '=', articleId).where('seq', '<', String(seq - 5 * MAX_CHANGES_BEHIND)).execute();
  }
  const payload = JSON.stringify({ a: articleId, s: seq, r: [...new Set(scope.readers)] });
  await sql`select pg_notify(${LIVE_CHANGES_CHANNEL}, ${payload})`.execute(trx);
  return seq;
}

/** Takes the page's row lock before reading what a change depends on, so two writers of one page go one by one. */
export async function lockLivePage(trx: Kysely<Database>, articleId: number) {
  return trx
    .selectFrom('articles')
    .select(['id', 'kind', 'coverage_ended_at', 'live_seq'])
    .where('id', '=', articleId)
    .forUpdate()
    .executeTakeFirst();
}

/** How many changes a reader may be behind: one further back reloads the page instead (and old rows are pruned). */
export const MAX_CHANGES_BEHIND = 200;
