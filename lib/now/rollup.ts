import 'server-only';
import { sql } from 'kysely';
import { getDb } from '@/lib/db/client';

/** Minute rows are kept this long… */
export const MINUTES_KEPT_HOURS = 48;
/** …and hour rows this long. */
export const HOURS_KEPT_DAYS = 90;
/** Each pass recomputes the hours this far back, so minutes written late (a batch held while the database was away) count. */
const ROLL_UP_HOURS_BACK = 3;

/**
 * Rolls the minute rows of the last few hours (the current one included) up into hour rows. Idempotent: an hour row is
 * recomputed from its minutes, so several instances, or a pass run twice, give the same rows. Returns the hour rows written.
 */
export async function rollUpMinutes(now = new Date()): Promise<number> {
  const result = await sql`
    insert into now_hours (hour, page, locale, source, reader_minutes, peak_readers, engaged_seconds)
    select date_trunc('hour', minute), page, locale, source, sum(readers), max(readers), sum(engaged_seconds)
    from now_minutes
    where minute >= date_trunc('hour', ${now}::timestamptz) - make_interval(hours => ${ROLL_UP_HOURS_BACK})
      and minute <= ${now}::timestamptz
    group by 1, 2, 3, 4
    on conflict (hour, page, locale, source) do update
      set reader_minutes = excluded.reader_minutes, peak_readers = excluded.peak_readers, engaged_seconds = excluded.engaged_seconds
  `.execute(getDb());
  return Number(result.numAffectedRows ?? 0);
}

/** Deletes minute rows past 48 hours and hour rows past 90 days. Returns how many of each went. */
export async function pruneNowRows(now = new Date()): Promise<{ minutes: number; hours: number }> {
  const db = getDb();
  const minutes = await db
    .deleteFrom('now_minutes')
    .where('minute', '<', sql<Date>`${now}::timestamptz - make_interval(hours => ${MINUTES_KEPT_HOURS})`)
    .executeTakeFirst();
  const hours = await db
    .deleteFrom('now_hours')
    .where('hour', '<', sql<Date>`${now}::timestamptz - make_interval(days => ${HOURS_KEPT_DAYS})`)
    .executeTakeFirst();
  return { minutes: Number(minutes.numDeletedRows), hours: Number(hours.numDeletedRows) };
}
