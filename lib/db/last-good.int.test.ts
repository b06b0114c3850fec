import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import path from 'node:path';
import { sql, type Kysely } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { closeRedisConnections, sharedRedis } from '@/lib/redis/connection.mjs';
import { freePort } from '@/test/free-port';
import { REDIS_INSTALL_HINT, redisAnswers, TEST_REDIS_URL } from '@/test/redis';
import { deleteKeysUnder } from '@/test/redis-keys';
import { createDb } from './connect';
import { startEmbeddedPostgres, type EmbeddedServer } from './embedded';
import { isUnreachable, LastGoodAnswers } from './last-good';
import { DiskAnswers, RedisAnswers, type AnswerStore } from './last-good-stores';
import type { Database } from './schema';

// A server of its own, so that stopping it cannot disturb the database the other tests share.
const root = path.resolve(import.meta.dirname, '..', '..', '.data');
const redisPrefix = `anews-test:${randomUUID()}:`;
let dataDir: string;
let port: number;
let server: EmbeddedServer;

const start = async () => (server = await startEmbeddedPostgres({ dataDir: path.join(dataDir, 'pg'), port, database: 'outage' }));

beforeAll(async () => {
  if (!(await redisAnswers())) throw new Error(REDIS_INSTALL_HINT);
  dataDir = mkdtempSync(path.join(root, 'test-outage-'));
  port = await freePort();
  await start();
  const db = createDb(server.url, 1);
  await db.schema.createTable('headline').addColumn('title', 'text').addColumn('at', 'timestamptz').execute();
  await db.insertInto('headline' as never).values({ title: 'Before the outage', at: new Date('2026-12-01T09:20:00Z') } as never).execute();
  await db.destroy();
});

afterAll(async () => {
  await server.stop().catch(() => {});
  rmSync(dataDir, { recursive: true, force: true });
  await deleteKeysUnder(redisPrefix, TEST_REDIS_URL);
  await closeRedisConnections();
});

const read = (db: Kysely<Database>) => sql<{ title: string; at: Date }>`select title, at from headline`.execute(db);

/** Reads once with the server up, stops it, and hands the answers' store to `during`; the server is started again after. */
async function throughAnOutage(store: () => AnswerStore, during: (store: () => AnswerStore) => Promise<void>) {
  const memory = new LastGoodAnswers(store());
  const db = createDb(server.url, 2, { lastGood: memory });
  try {
    expect((await read(db)).rows).toEqual([{ title: 'Before the outage', at: new Date('2026-12-01T09:20:00Z') }]);
    await memory.settled();
  } finally {
    await db.destroy();
  }
  await server.stop();
  try {
    await during(store);
  } finally {
    await start();
  }
}

describe('the readers’ database client while PostgreSQL is away', () => {
  for (const [where, store] of [
    ['on disk', () => new DiskAnswers(path.join(dataDir, 'answers'))],
    ['in Redis', () => new RedisAnswers(sharedRedis(TEST_REDIS_URL), redisPrefix)],
  ] as const) {
    it(`answers a read with the last good rows kept ${where}, in a process that never asked it, and refuses what nobody saw`, async () => {
      await throughAnOutage(store, async () => {
        // A client that never read anything, as another instance or the same one after a restart.
        const restarted = createDb(server.url, 2, { lastGood: new LastGoodAnswers(store()) });
        const plain = createDb(server.url, 2);
        try {
          expect((await read(restarted)).rows).toEqual([{ title: 'Before the outage', at: new Date('2026-12-01T09:20:00Z') }]);
          await expect(sql`select title from headline where title = ${'never asked'}`.execute(restarted)).rejects.toSatisfy(isUnreachable);
          // Writes are never replayed, and a client without the option fails as before.
          await expect(restarted.insertInto('headline' as never).values({ title: 'x' } as never).execute()).rejects.toSatisfy(isUnreachable);
          await expect(read(plain)).rejects.toSatisfy(isUnreachable);
        } finally {
          await Promise.all([restarted.destroy(), plain.destroy()]);
        }
      });
    });
  }

  it('reads the server again as soon as it is back', async () => {
    const db = createDb(server.url, 2, { lastGood: new LastGoodAnswers(new DiskAnswers(path.join(dataDir, 'answers'))) });
    const plain = createDb(server.url, 1);
    try {
      await read(db);
      await sql`update headline set title = 'After the outage'`.execute(plain);
      expect((await read(db)).rows[0]?.title).toBe('After the outage');
    } finally {
      await sql`update headline set title = 'Before the outage'`.execute(plain);
      await Promise.all([db.destroy(), plain.destroy()]);
    }
  });

  it('passes query errors through instead of hiding them behind an old answer', async () => {
    const db = createDb(server.url, 1, { lastGood: new LastGoodAnswers(new DiskAnswers(path.join(dataDir, 'answers'))) });
    try {
      await expect(sql`select * from no_such_table`.execute(db)).rejects.toThrow(/no_such_table/);
    } finally {
      await db.destroy();
    }
  });

  it('keeps at most its cap in bytes, dropping the answers written longest ago', async () => {
    for (const store of [new DiskAnswers(path.join(dataDir, 'capped'), 2_500), new RedisAnswers(sharedRedis(TEST_REDIS_URL), `${redisPrefix}capped:`, 2_500)]) {
      for (const name of ['a', 'b', 'c']) await store.save(name, name.repeat(1_000));
      expect(await store.load('a')).toBeUndefined();
      expect(await store.load('b')).toBe('b'.repeat(1_000));
      expect(await store.load('c')).toBe('c'.repeat(1_000));
      // Rewriting an answer makes it the newest.
      await store.save('b', 'b'.repeat(1_000));
      await store.save('d', 'd'.repeat(1_000));
      expect(await store.load('c')).toBeUndefined();
      expect(await store.load('b')).toBe('b'.repeat(1_000));
    }
    // A restarted process counts what the folder already holds.
    const again = new DiskAnswers(path.join(dataDir, 'capped'), 2_500);
    await again.save('e', 'e'.repeat(1_000));
    expect(await again.load('b')).toBeUndefined();
    expect(await again.load('d')).toBe('d'.repeat(1_000));
  });
});
