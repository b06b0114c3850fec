import 'server-only';
import path from 'node:path';
import type { Kysely } from 'kysely';
import { sharedRedis } from '@/lib/redis/connection.mjs';
import { createPool, siteDb } from './connect';
import { LastGoodAnswers } from './last-good';
import { DiskAnswers, RedisAnswers, type AnswerStore } from './last-good-stores';
import type { Database } from './schema';
import { env } from '@/lib/ops/env.mjs';
import { processWide } from '@/lib/ops/singleton.mjs';

interface SiteClients {
  db: Kysely<Database>;
  reader: Kysely<Database>;
}

/** Shared by the instances when they share Redis; else beside the embedded database, which outlives restarts too. */
function answerStore(): AnswerStore {
  const { REDIS_URL, REDIS_KEY_PREFIX, NEWSROOM_LAST_GOOD_DIR } = env();
  if (REDIS_URL) return new RedisAnswers(sharedRedis(REDIS_URL), REDIS_KEY_PREFIX);
  // A folder of data, never traced into the standalone server.
  return new DiskAnswers(NEWSROOM_LAST_GOOD_DIR ?? path.join(/* turbopackIgnore: true */ process.cwd(), '.data', 'last-good'));
}

function clients(): SiteClients {
  return processWide<SiteClients>('newsroom.db', () => {
    const url = env().DATABASE_URL;
    if (!url) {
      throw new Error('DATABASE_URL is not set. Start the site with `npm start`, which provides a database.');
    }
    const pool = createPool(url, 10);
    return { db: siteDb(pool, null), reader: siteDb(pool, new LastGoodAnswers(answerStore())) };
  });
}

/** The process's database client. `npm start` sets DATABASE_URL (to the embedded server when none is given). */
export function getDb(): Kysely<Database> {
  return clients().db;
}

/**
 * The client of reader pages (lib/content), on the same pool: while PostgreSQL is away, a read answers what it last
 * answered (lib/db/last-good.ts), so that a page regenerated meanwhile stays as it was. Sessions, saves and search
 * never replay an old answer.
 */
export function getReaderDb(): Kysely<Database> {
  return clients().reader;
}
