import { createHash } from 'node:crypto';
import type { PostgresCursor, PostgresPool, PostgresPoolClient, PostgresQueryResult } from 'kysely';
import type pg from 'pg';
import type { AnswerStore } from './last-good-stores';
import { isUnreachable, noteReachable, noteUnanswered, noteUnreachable } from './outage.mjs';

export { isUnreachable } from './outage.mjs';

/**
 * Reader pages must never swap a good cached page for an error page because the database is briefly away: when a
 * page regenerates during an outage, each of its reads gets the answer the same query last had, and the page is
 * rebuilt as it was. The answers are kept where every instance finds them and a restart does not lose them
 * (last-good-stores.ts). Only plain SELECTs of the reader client are remembered and replayed, and only when the
 * server cannot be reached (never for a query error).
 */

const isRead = (sql: string) => /^\s*select\b/i.test(sql);

// An answer that did not change is not written again, unless it was written this long ago: the store drops the least
// recently written first, and the answers read most often are the ones that change least.
const REWRITE_AFTER_MS = 10 * 60_000;
// What this process knows the store holds, to skip rewrites: a digest per query, not the answers themselves.
const MAX_KNOWN = 50_000;

const DATE = '$date';
const BYTES = '$bytes';

/** Rows as text: timestamps stay Dates and bytea Buffers when read back, as pg gave them. */
export function encodeAnswer(result: PostgresQueryResult<unknown>): string {
  return JSON.stringify({ command: result.command, rowCount: result.rowCount, rows: result.rows }, function replace(key, value) {
    const raw = (this as Record<string, unknown>)[key];
    if (raw instanceof Date) return { [DATE]: raw.getTime() };
    if (Buffer.isBuffer(raw)) return { [BYTES]: raw.toString('base64') };
    return value;
  });
}

export function decodeAnswer(text: string): PostgresQueryResult<unknown> {
  return JSON.parse(text, (_key, value) => {
    if (value && typeof value === 'object' && !Array.isArray(value)) {
      const keys = Object.keys(value);
      if (keys.length === 1 && keys[0] === DATE && typeof value[DATE] === 'number') return new Date(value[DATE]);
      if (keys.length === 1 && keys[0] === BYTES && typeof value[BYTES] === 'string') return Buffer.from(value[BYTES], 'base64');
    }
    return value;
  });
}

export class LastGoodAnswers {
  readonly #known = new Map<string, { digest: string; savedAt: number }>();
  readonly #saving = new Set<Promise<void>>();
  #failedSaves = 0;

  constructor(readonly store: AnswerStore) {}

  /** Kept in the background: a reader's page never waits for the store. */
  remember(key: string, result: PostgresQueryResult<unknown>): void {
    const text = encodeAnswer(result);
    const digest = createHash('sha256').update(text).digest('base64url');
    const name = nameOf(key);
    const known = this.#known.get(name);
    if (known?.digest === digest && Date.now() - known.savedAt < REWRITE_AFTER_MS) return;
    this.#known.delete(name);
    this.#known.set(name, { digest, savedAt: Date.now() });
    if (this.#known.size > MAX_KNOWN) this.#known.delete(this.#known.keys().next().value!);
    const saving = this.store
      .save(name, text)
      .catch((error: unknown) => {
        this.#known.delete(name);
        // Once, then every thousandth: a full disk would otherwise log on every read.
        if (this.#failedSaves++ % 1_000 === 0) console.error(`[newsroom] could not keep the last good answer of a read: ${String(error)}`);
      })
      .finally(() => this.#saving.delete(saving));
    this.#saving.add(saving);
  }

  /** Once every answer remembered so far is in the store (tests; a graceful stop). */
  async settled(): Promise<void> {
    while (this.#saving.size > 0) await Promise.all(this.#saving);
  }

  async recall(key: string): Promise<PostgresQueryResult<unknown> | undefined> {
    const text = await this.store.load(nameOf(key)).catch(() => undefined);
    return text === undefined ? undefined : decodeAnswer(text);
  }
}

const nameOf = (key: string) => createHash('sha256').update(key).digest('hex');
const keyOf = (sql: string, parameters: ReadonlyArray<unknown>) => `${sql}\u0000${JSON.stringify(parameters)}`;

type QueryFn = (sql: string, parameters: ReadonlyArray<unknown>) => Promise<PostgresQueryResult<unknown>>;

function watched(run: QueryFn, memory: LastGoodAnswers | null): QueryFn {
  return async (sql, parameters) => {
    const key = keyOf(sql, parameters);
    const sentAt = Date.now();
    try {
      const result = await run(sql, parameters);
      noteReachable(sentAt);
      if (memory && isRead(sql)) memory.remember(key, result);
      return result;
    } catch (error) {
      if (!isUnreachable(error)) throw error;
      noteUnreachable(error);
      if (!memory || !isRead(sql)) throw error;
      const remembered = await memory.recall(key);
      if (!remembered) {
        noteUnanswered();
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

/**
 * A pool for Kysely's PostgresDialect that tells lib/db/outage.mjs when the server is away and back, and, given
 * `memory`, answers reads from it meanwhile. `end` is left to whoever made `pool`, which several clients may share.
 */
export function lastGoodPool(pool: pg.Pool, memory: LastGoodAnswers | null, end: () => Promise<void> = () => pool.end()): PostgresPool {
  return {
    async connect() {
      try {
        const connection = await pool.connect();
        return client(
          watched((sql, parameters) => connection.query(sql, [...parameters]) as Promise<PostgresQueryResult<unknown>>, memory),
          (destroy) => connection.release(destroy),
        );
      } catch (error) {
        if (!isUnreachable(error)) throw error;
        const offline: QueryFn = () => Promise.reject(error);
        return client(watched(offline, memory), () => {});
      }
    },
    end,
    // Kysely 0.29 connects with these to cancel a query (its `controlClient`).
    options: pool.options,
  };
}
