import { sql, type Kysely } from 'kysely';
import type { Database } from '@/lib/db/schema';

/**
 * Sign-in throttling that an attacker cannot turn against the staff. Failures are counted three ways over the last
 * 15 minutes, and each count has its own allowance before the waits begin (30 s, doubling, at most 15 min):
 * - an account from one address: 5. Whoever guesses one editor's password from one place is slowed at once;
 * - one address across all accounts: 20. Spraying many accounts from one place is slowed too;
 * - an account from all addresses: 20, applied only to addresses the account has never signed in from. A guesser
 *   spread over many addresses is slowed, while the editor's own usual addresses are not: whatever others try, the
 *   right password from where the editor works still signs them in.
 */
export const FAILURES_BEFORE_BACKOFF = 5;
export const SPRAY_FAILURES_BEFORE_BACKOFF = 20;
const WINDOW_MINUTES = 15;
const FIRST_DELAY_SECONDS = 30;
const MAX_DELAY_SECONDS = 15 * 60;
/** An address the account signed in from within this many days is one of its usual ones. */
const USUAL_ADDRESS_DAYS = 90;

export interface LoginSubjects {
  /** The email as typed, normalized: known or not, so throttling does not reveal which accounts exist. */
  account: string;
  ip: string;
}

export function normalizeEmail(email: string): string {
  return email.trim().toLowerCase();
}

const pairOf = (subjects: LoginSubjects) => `${subjects.account}\n${subjects.ip}`;

/** Seconds to wait after `failures` recent failures, `allowed` of them free: 30 s after the last free one, doubling. */
export function backoffSeconds(failures: number, allowed = FAILURES_BEFORE_BACKOFF): number {
  if (failures < allowed) return 0;
  return Math.min(MAX_DELAY_SECONDS, FIRST_DELAY_SECONDS * 2 ** Math.min(failures - allowed, 30));
}

/** Seconds to wait before the next attempt, the longest of the three counts that apply; 0 means go ahead. */
export async function loginRetryAfter(db: Kysely<Database>, subjects: LoginSubjects): Promise<number> {
  const [rows, usual] = await Promise.all([
    db
      .selectFrom('login_failures')
      .select(['scope', (eb) => eb.fn.countAll<string>().as('failures'), (eb) => eb.fn.max('created_at').as('last')])
      .where('created_at', '>', sql<Date>`now() - make_interval(mins => ${WINDOW_MINUTES})`)
      .where((eb) =>
        eb.or([
          eb.and([eb('scope', '=', 'pair'), eb('subject', '=', pairOf(subjects))]),
          eb.and([eb('scope', '=', 'ip'), eb('subject', '=', subjects.ip)]),
          eb.and([eb('scope', '=', 'account'), eb('subject', '=', subjects.account)]),
        ]),
      )
      .groupBy('scope')
      .execute(),
    db
      .selectFrom('sign_in_addresses')
      .select('account')
      .where('account', '=', subjects.account)
      .where('address', '=', subjects.ip)
      .where(sql<boolean>`last_success_at > now() - make_interval(days => ${USUAL_ADDRESS_DAYS})`)
      .executeTakeFirst(),
  ]);
  let wait = 0;
  for (const row of rows) {
    if (row.scope === 'account' && usual) continue;
    const allowed = row.scope === 'pair' ? FAILURES_BEFORE_BACKOFF : SPRAY_FAILURES_BEFORE_BACKOFF;
    const until = new Date(row.last).getTime() + backoffSeconds(Number(row.failures), allowed) * 1000;
    wait = Math.max(wait, Math.ceil((until - Date.now()) / 1000));
  }
  return wait;
}

export async function recordLoginFailure(db: Kysely<Database>, subjects: LoginSubjects): Promise<void> {
  await db
    .insertInto('login_failures')
    .values([
      { scope: 'pair', subject: pairOf(subjects) },
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

/**
 * Forgives the account's failures from this address. Its failures from elsewhere stay (someone else may be
 * guessing), and so do the address's on other accounts.
 */
export async function forgiveFailures(db: Kysely<Database>, subjects: LoginSubjects): Promise<void> {
  await db.deleteFrom('login_failures').where('scope', '=', 'pair').where('subject', '=', pairOf(subjects)).execute();
}

/** A successful sign-in forgives the failures from its address and makes it one of the account's usual ones. */
export async function recordLoginSuccess(db: Kysely<Database>, subjects: LoginSubjects): Promise<void> {
  await forgiveFailures(db, subjects);
  await db
    .insertInto('sign_in_addresses')
    .values({ account: subjects.account, address: subjects.ip })
    .onConflict((oc) => oc.columns(['account', 'address']).doUpdateSet({ last_success_at: sql`now()` }))
    .execute();
}
