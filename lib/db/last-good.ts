import type { PostgresCursor, PostgresPool, PostgresPoolClient, PostgresQueryResult } from 'kysely';
import type pg from 'pg';

/**
 * Reader pages must never swap a good cached page for an error page because the database is briefly away: when a
 * page regenerates during an outage, each of its reads gets the answer the same query last had on this instance,
 * and the page is rebuilt as it was. Only plain SELECTs are remembered and replayed, only when the server cannot be
 * reached (never for a query error), and only up to `capacity` distinct queries, least recently used first out.
 */
const UNREACHABLE_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ETIMEDOUT',
  'EHOSTUNREACH',
  'ENOTFOUND',
  'EPIPE',
  '57P01', // admin_shutdown
  '57P02', // crash_shutdown
  '57P03', // cannot_connect_now
  '08000',
  '08001',
  '08003',
  '08004',
  '08006',
]);

export function isUnreachable(error: unknown): boolean {
  if (!(error instanceof Error)) return false;
  const code = (error as { code?: unknown }).code;
  if (typeof code === 'string' && UNREACHABLE_CODES.has(code)) return true;
  return /Connection terminated|timeout exceeded when trying to connect/i.test(error.message);
}

const isRead = (sql: string) => /^\s*select\b/i.test(sql);

export class LastGoodAnswers {
  readonly #answers = new Map<string, PostgresQueryResult<unknown>>();
  constructor(readonly capacity = 5_000) {}

  remember(key: string, result: PostgresQueryResult<unknown>): void {
    this.#answers.delete(key);
    this.#answers.set(key, { command: result.command, rowCount: result.rowCount, rows: result.rows });
    if (this.#answers.size > this.capacity) this.#answers.delete(this.#answers.keys().next().value!);
  }

  recall(key: string): PostgresQueryResult<unknown> | undefined {
    return this.#answers.get(key);
  }

  get size(): number {
    return this.#answers.size;
  }
}

const keyOf = (sql: string, parameters: ReadonlyArray<unknown>) => `${sql}\u0000${JSON.stringify(parameters)}`;

type QueryFn = (sql: string, parameters: ReadonlyArray<unknown>) => Promise<PostgresQueryResult<unknown>>;

function replaying(run: QueryFn, memory: LastGoodAnswers): QueryFn {
  return async (sql, parameters) => {
    const key = keyOf(sql, parameters);
    try {
      const result = await run(sql, parameters);
      if (isRead(sql)) memory.remember(key, result);
      return result;
    } catch (error) {
      if (!isRead(sql) || !isUnreachable(error)) throw error;
      const remembered = memory.recall(key);
      if (!remembered) {
        console.error(`[newsroom] database unreachable and no earlier answer to replay for: ${sql.slice(0, 160)}`);
        throw error;
      }
      return remembered;
    }
  };
}

function client(query: QueryFn, release: (destroy?: boolean) => void): PostgresPoolClient {
  return {
    query: ((sqlOrCursor: string | PostgresCursor<unknown>, parameters?: ReadonlyArray<unknown>) => {
      if (typeof sqlOrCursor !== 'string') throw new Error('streaming queries are not used by the site');
      return query(sqlOrCursor, parameters ?? []);
    }) as PostgresPoolClient['query'],
    release,
  };
}

/** A pool for Kysely's PostgresDialect that answers reads from memory while the server cannot be reached. */
export function lastGoodPool(pool: pg.Pool, memory = new LastGoodAnswers()): PostgresPool {
  return {
    async connect() {
      try {
        const connection = await pool.connect();
        return client(
          replaying((sql, parameters) => connection.query(sql, [...parameters]) as Promise<PostgresQueryResult<unknown>>, memory),
          (destroy) => connection.release(destroy),
        );
      } catch (error) {
        if (!isUnreachable(error)) throw error;
        const offline: QueryFn = () => Promise.reject(error);
        return client(replaying(offline, memory), () => {});
      }
    },
    end: () => pool.end(),
  };
}
