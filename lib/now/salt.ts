import 'server-only';
import { createHash, randomBytes } from 'node:crypto';
import { sql } from 'kysely';
import { getDb } from '@/lib/db/client';
import { processWide } from '@/lib/ops/singleton.mjs';

/** Baku is UTC+4 all year: its day starts at 20:00 UTC the day before. */
const BAKU_OFFSET_MS = 4 * 3_600_000;

/** The Baku day of an instant, `YYYY-MM-DD`. */
export function bakuDay(at: Date): string {
  return new Date(at.getTime() + BAKU_OFFSET_MS).toISOString().slice(0, 10);
}

interface SaltState {
  day: string;
  salt: Buffer;
  loading: Promise<Buffer> | null;
  loadingDay: string;
  /** While the database is away: when to ask it again (until then, this process's own salt of the day). */
  retryAt: number;
}
const state = () => processWide<SaltState>('newsroom.nowSalt', () => ({ day: '', salt: Buffer.alloc(0), loading: null, loadingDay: '', retryAt: 0 }));
// How long a process counts with a salt of its own when the database does not answer, before it asks again.
const RETRY_MS = 30_000;

/**
 * The secret salt of a Baku day, the same on every instance: made by whichever instance needs it first (the insert
 * that loses the race reads the winner's), kept in this process for the day.
 */
async function loadSalt(day: string): Promise<Buffer> {
  const db = getDb();
  await db.insertInto('now_salts').values({ day, salt: randomBytes(32) }).onConflict((oc) => oc.column('day').doNothing()).execute();
  const row = await db.selectFrom('now_salts').select('salt').where('day', '=', day).executeTakeFirstOrThrow();
  return row.salt;
}

export async function saltOfDay(at: Date): Promise<Buffer> {
  const s = state();
  const day = bakuDay(at);
  if (s.day === day && (s.retryAt === 0 || Date.now() < s.retryAt)) return s.salt;
  if (s.loading && s.loadingDay !== day) {
    // A load for another day (a request just across midnight) is under way: this day's comes after it.
    await s.loading.catch(() => undefined);
    return saltOfDay(at);
  }
  if (!s.loading) {
    s.loadingDay = day;
    s.loading = loadSalt(day).finally(() => (s.loading = null));
  }
  let salt: Buffer;
  try {
    salt = await s.loading;
    s.retryAt = 0;
  } catch (error) {
    // Counting goes on while the database is away, with a salt of this process's own (readers who reach another
    // instance meanwhile count there too); the day's shared salt is asked for again in 30 s.
    if (s.day !== day || s.retryAt === 0) console.error('[now] could not read the day’s salt; counting with one of this process’s own meanwhile:', error);
    salt = s.day === day ? s.salt : randomBytes(32);
    s.retryAt = Date.now() + RETRY_MS;
  }
  s.day = day;
  s.salt = salt;
  return salt;
}

/**
 * A reader of the day: a hash of the day's salt, the address and the user agent. Neither is stored; the hash cannot be
 * turned back into them, and once the day's salt is deleted not even we can tell whether two days' readers are one.
 */
export async function readerHash(address: string, userAgent: string, at: Date): Promise<string> {
  const salt = await saltOfDay(at);
  return createHash('sha256').update(salt).update(address).update('\n').update(userAgent).digest('base64url').slice(0, 22);
}

/**
 * Forgets every salt before today's (Baku): run by a job every few minutes, so yesterday's salt is gone within minutes
 * of midnight. Makes today's if no instance has yet. Returns the days forgotten.
 */
export async function rotateSalts(now = new Date()): Promise<string[]> {
  const today = bakuDay(now);
  await saltOfDay(now);
  const gone = await getDb().deleteFrom('now_salts').where('day', '<', sql<string>`${today}::date`).returning('day').execute();
  return gone.map((row) => row.day);
}

/** Forgets this process's copy of the salt (a restart, in tests). */
export function forgetSaltInProcess(): void {
  Object.assign(state(), { day: '', salt: Buffer.alloc(0), loading: null, loadingDay: '', retryAt: 0 });
}
