import 'server-only';
import { sql } from 'kysely';
import { getDb } from '@/lib/db/client';

/**
 * Claims a background job for one period (e.g. the rates of one Baku day) so that, of several app instances ticking
 * at the same time, exactly one runs it. The claim is one atomic UPDATE: it succeeds only if the period is not done
 * yet and nobody holds the lock, and it takes the lock for `lockMs` (long enough for a run; a crashed instance's lock
 * simply runs out). Returns whether this caller won.
 */
export async function claimJob(name: string, periodKey: string, lockMs: number): Promise<boolean> {
  const db = getDb();
  await db.insertInto('job_runs').values({ name }).onConflict((oc) => oc.column('name').doNothing()).execute();
  const claimed = await db
    .updateTable('job_runs')
    .set({
      locked_until: sql<Date>`now() + make_interval(secs => ${lockMs / 1000})`,
      last_started_at: sql<Date>`now()`,
      updated_at: sql<Date>`now()`,
    })
    .where('name', '=', name)
    .where((eb) => eb.or([eb('done_key', 'is', null), eb('done_key', '!=', periodKey)]))
    .where((eb) => eb.or([eb('locked_until', 'is', null), eb('locked_until', '<=', sql<Date>`now()`)]))
    .returning('name')
    .executeTakeFirst();
  return claimed !== undefined;
}

/**
 * Ends a claimed run. A success marks the period done, so no instance runs it again; a failure keeps it open but
 * holds the lock for `retryAfterMs`, so the instances do not all hammer an unreachable source at every tick.
 */
export async function finishJob(
  name: string,
  periodKey: string,
  outcome: { ok: true } | { ok: false; error: string; retryAfterMs: number },
): Promise<void> {
  await getDb()
    .updateTable('job_runs')
    .set(
      outcome.ok
        ? { done_key: periodKey, locked_until: null, last_error: null }
        : { locked_until: sql<Date>`now() + make_interval(secs => ${outcome.retryAfterMs / 1000})`, last_error: outcome.error.slice(0, 2000) },
    )
    .set({ last_finished_at: sql<Date>`now()`, updated_at: sql<Date>`now()` })
    .where('name', '=', name)
    .execute();
}
