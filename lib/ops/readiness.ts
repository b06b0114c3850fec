import 'server-only';
import { sql, type Kysely } from 'kysely';
import { sharedRedis } from '@/lib/redis/connection.mjs';
import { createDb } from '@/lib/db/connect';
import { pendingMigrations } from '@/lib/db/migrate';
import type { Database } from '@/lib/db/schema';
import { isDraining } from './lifecycle';
import { env } from '@/lib/ops/env.mjs';
import { processWide } from '@/lib/ops/singleton.mjs';

export type CheckState = 'ok' | 'failing' | 'not configured';

export interface Readiness {
  ready: boolean;
  draining: boolean;
  checks: { database: CheckState; migrations: CheckState; redis: CheckState };
}

const CHECK_TIMEOUT_MS = 1_500;
// A pool of its own, without the replayed reads of the pages' client (lib/db/last-good.ts): readiness must see an
// outage, not hide it.

function db(): Kysely<Database> | null {
  const url = env().DATABASE_URL;
  if (!url) return null;
  return processWide('newsroom.readinessDb', () => createDb(url, 1, { name: 'readiness' }));
}

function within<T>(promise: Promise<T>): Promise<T> {
  return Promise.race([promise, new Promise<never>((_, reject) => setTimeout(() => reject(new Error('timed out')), CHECK_TIMEOUT_MS).unref())]);
}

async function check(run: () => Promise<boolean>): Promise<CheckState> {
  try {
    return (await within(run())) ? 'ok' : 'failing';
  } catch {
    return 'failing';
  }
}

/**
 * What the edge asks before sending this instance readers: the database answers, every migration this code knows has
 * run, and the instance is not shutting down. Whether Redis answers (when the shared cache is configured) is reported,
 * not required. Failures are named, never explained: the answer is public.
 */
export async function readiness(): Promise<Readiness> {
  const database = db();
  const redisUrl = env().REDIS_URL;
  const [databaseState, migrations, redis] = await Promise.all([
    check(async () => Boolean(database && (await sql<{ one: number }>`select 1 as one`.execute(database)).rows[0]?.one === 1)),
    check(async () => Boolean(database && (await pendingMigrations(database)).length === 0)),
    redisUrl
      ? check(async () => (await sharedRedis(redisUrl).run(async (client) => (await client.ping()) === 'PONG', false)) === true)
      : Promise.resolve<CheckState>('not configured'),
  ]);
  const draining = isDraining();
  const checks = { database: databaseState, migrations, redis };
  // Redis is a cache: an instance without it renders pages itself, which beats the edge taking every instance out.
  return { ready: !draining && databaseState !== 'failing' && migrations !== 'failing', draining, checks };
}
