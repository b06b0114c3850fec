import { sql, type Kysely } from 'kysely';
import type { Database } from '@/lib/db/schema';

/** Failures before a subject (an account or an address) has to wait. */
export const FAILURES_BEFORE_BACKOFF = 5;
const WINDOW_MINUTES = 15;
const FIRST_DELAY_SECONDS = 30;
const MAX_DELAY_SECONDS = 15 * 60;

export interface LoginSubjects {
  /** The email as typed, normalized: known or not, so throttling does not reveal which accounts exist. */
  account: string;
  ip: string;
}

export function normalizeEmail(email: string): string {
  return email.trim().toLowerCase();
}

/** Seconds the subject must wait after `failures` recent failures: 30 s after the fifth, doubling, at most 15 min. */
export function backoffSeconds(failures: number): number {
  if (failures < FAILURES_BEFORE_BACKOFF) return 0;
  return Math.min(MAX_DELAY_SECONDS, FIRST_DELAY_SECONDS * 2 ** (failures - FAILURES_BEFORE_BACKOFF));
}

/** Seconds to wait before the next attempt, by account or by address, whichever is longer; 0 means go ahead. */
export async function loginRetryAfter(db: Kysely<Database>, subjects: LoginSubjects): Promise<number> {
  const rows = await db
    .selectFrom('login_failures')
    .select(['scope', (eb) => eb.fn.countAll<string>().as('failures'), (eb) => eb.fn.max('created_at').as('last')])
    .where('created_at', '>', sql<Date>`now() - make_interval(mins => ${WINDOW_MINUTES})`)
    .where((eb) =>
      eb.or([
        eb.and([eb('scope', '=', 'account'), eb('subject', '=', subjects.account)]),
        eb.and([eb('scope', '=', 'ip'), eb('subject', '=', subjects.ip)]),
      ]),
    )
    .groupBy('scope')
    .execute();
  let wait = 0;
  for (const row of rows) {
    const until = new Date(row.last).getTime() + backoffSeconds(Number(row.failures)) * 1000;
    wait = Math.max(wait, Math.ceil((until - Date.now()) / 1000));
  }
  return wait;
}

export async function recordLoginFailure(db: Kysely<Database>, subjects: LoginSubjects): Promise<void> {
  await db
    .insertInto('login_failures')
    .values([
      { scope: 'account', subject: subjects.account },
      { scope: 'ip', subject: subjects.ip },
    ])
    .execute();
  // Old rows no longer count; dropping them here keeps the table small without a cleanup job.
  await db
    .deleteFrom('login_failures')
    .where('created_at', '<', sql<Date>`now() - make_interval(mins => ${WINDOW_MINUTES * 4})`)
    .execute();
}

/** A successful sign-in forgives the account's failures (not the address's: it may be guessing other accounts). */
export async function clearAccountFailures(db: Kysely<Database>, account: string): Promise<void> {
  await db.deleteFrom('login_failures').where('scope', '=', 'account').where('subject', '=', account).execute();
}
