import { Kysely, PostgresDialect } from 'kysely';
import pg from 'pg';
import { lastGoodPool } from './last-good';
import type { Database } from './schema';

// A `date` column is a calendar day, not an instant: keep it as 'YYYY-MM-DD' instead of a local-midnight Date.
pg.types.setTypeParser(pg.types.builtins.DATE, (value) => value);

export interface DbOptions {
  /** Replay the last answer of a read while the server is unreachable (the site's own client; see last-good.ts). */
  lastGoodReads?: boolean;
}

export function createDb(connectionString: string, max = 10, options: DbOptions = {}): Kysely<Database> {
  // A server that does not answer must fail a request in seconds, not hang it.
  const pool = new pg.Pool({ connectionString, max, connectionTimeoutMillis: 5_000 });
  // An idle connection the server drops (a restart, a failover) must not take the whole process down with it.
  pool.on('error', (error) => console.error(`[newsroom] idle database connection lost: ${error.message}`));
  return new Kysely<Database>({
    dialect: new PostgresDialect({ pool: options.lastGoodReads ? lastGoodPool(pool) : pool }),
  });
}
