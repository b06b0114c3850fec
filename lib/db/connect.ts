import { Kysely, PostgresDialect } from 'kysely';
import pg from 'pg';
import { lastGoodPool, type LastGoodAnswers } from './last-good';
import { isUnreachable, noteUnreachable } from './outage.mjs';
import type { Database } from './schema';
import { watchPool } from '@/lib/ops/metrics.mjs';

// A `date` column is a calendar day, not an instant: keep it as 'YYYY-MM-DD' instead of a local-midnight Date.
pg.types.setTypeParser(pg.types.builtins.DATE, (value) => value);

/** `name` labels the pool's connections in the metrics (lib/ops/metrics.mjs). */
export function createPool(connectionString: string, max = 10, name = 'site'): pg.Pool {
  // A server that does not answer must fail a request in seconds, not hang it.
  const pool = new pg.Pool({ connectionString, max, connectionTimeoutMillis: 5_000 });
  watchPool(name, pool);
  // An idle connection the server drops (a restart, a failover) must not take the whole process down with it; a
  // stopped server drops them all, which is one outage to log (lib/db/outage.mjs), not one line per connection.
  pool.on('error', (error) => {
    if (isUnreachable(error)) noteUnreachable(error);
    else console.error(`[newsroom] idle database connection lost: ${error.message}`);
  });
  return pool;
}

export interface DbOptions {
  /** The pool's name in the metrics. */
  name?: string;
  /** Replay the last answer of a read while the server is unreachable (the readers' client; see last-good.ts). */
  lastGood?: LastGoodAnswers;
}

export function createDb(connectionString: string, max = 10, options: DbOptions = {}): Kysely<Database> {
  const pool = createPool(connectionString, max, options.name);
  return new Kysely<Database>({ dialect: new PostgresDialect({ pool: options.lastGood ? lastGoodPool(pool, options.lastGood) : pool }) });
}

/**
 * A client of the site on a pool it shares with the site's other client: both tell lib/db/outage.mjs what they see,
 * only one given `lastGood` replays reads. Destroying either ends the pool.
 */
export function siteDb(pool: pg.Pool, lastGood: LastGoodAnswers | null): Kysely<Database> {
  let ended: Promise<void> | null = null;
  const end = () => (ended ??= pool.end());
  return new Kysely<Database>({ dialect: new PostgresDialect({ pool: lastGoodPool(pool, lastGood, end) }) });
}
