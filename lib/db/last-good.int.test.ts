import { mkdtempSync, rmSync } from 'node:fs';
import path from 'node:path';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freePort } from '@/test/free-port';
import { createDb } from './connect';
import { startEmbeddedPostgres, type EmbeddedServer } from './embedded';
import { isUnreachable } from './last-good';

// A server of its own, so that stopping it cannot disturb the database the other tests share.
const root = path.resolve(import.meta.dirname, '..', '..', '.data');
let dataDir: string;
let port: number;
let server: EmbeddedServer;

beforeAll(async () => {
  dataDir = mkdtempSync(path.join(root, 'test-outage-'));
  port = await freePort();
  server = await startEmbeddedPostgres({ dataDir: path.join(dataDir, 'pg'), port, database: 'outage' });
});

afterAll(async () => {
  await server.stop().catch(() => {});
  rmSync(dataDir, { recursive: true, force: true });
});

describe('the site database client while PostgreSQL is away', () => {
  it('answers a read it has answered before with the last good rows, and refuses what it never saw', async () => {
    const db = createDb(server.url, 2, { lastGoodReads: true });
    const plain = createDb(server.url, 2);
    try {
      await db.schema.createTable('headline').addColumn('title', 'text').execute();
      await db.insertInto('headline' as never).values({ title: 'Before the outage' } as never).execute();
      const read = () => sql<{ title: string }>`select title from headline`.execute(db);
      expect((await read()).rows).toEqual([{ title: 'Before the outage' }]);

      await server.stop();

      expect((await read()).rows).toEqual([{ title: 'Before the outage' }]);
      const unseen = sql`select title from headline where title = ${'never asked'}`.execute(db);
      await expect(unseen).rejects.toSatisfy(isUnreachable);
      // Writes are never replayed, and a client without the option fails as before.
      await expect(db.insertInto('headline' as never).values({ title: 'x' } as never).execute()).rejects.toSatisfy(isUnreachable);
      await expect(sql`select title from headline`.execute(plain)).rejects.toSatisfy(isUnreachable);

      server = await startEmbeddedPostgres({ dataDir: path.join(dataDir, 'pg'), port, database: 'outage' });
      await sql`update headline set title = 'After the outage'`.execute(plain);
      expect((await read()).rows).toEqual([{ title: 'After the outage' }]);
    } finally {
      await Promise.all([db.destroy(), plain.destroy()]);
    }
  });

  it('passes query errors through instead of hiding them behind an old answer', async () => {
    const db = createDb(server.url, 1, { lastGoodReads: true });
    try {
      await expect(sql`select * from no_such_table`.execute(db)).rejects.toThrow(/no_such_table/);
    } finally {
      await db.destroy();
    }
  });
});
