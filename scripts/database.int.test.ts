import { mkdtempSync, rmSync } from 'node:fs';
import path from 'node:path';
import pg from 'pg';
import { afterEach, describe, expect, it } from 'vitest';
import { freePort } from '@/test/free-port';
import { provideDatabase, projectRoot } from './database';

const saved = { ...process.env };
afterEach(() => {
  process.env = { ...saved };
});

async function selectOne(url: string): Promise<number> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query('select 1 as one')).rows[0].one;
  } finally {
    await client.end();
  }
}

describe('the database the site runs on', () => {
  it('is the server DATABASE_URL names, when it is set', async () => {
    process.env.DATABASE_URL = process.env.DATABASE_URL ?? saved.DATABASE_URL;
    const database = await provideDatabase();
    expect(database.embedded).toBe(false);
    expect(database.url).toBe(saved.DATABASE_URL);
    expect(await selectOne(database.url)).toBe(1);
  });

  it('is an embedded PostgreSQL in its own folder when DATABASE_URL is unset, and restarts on the same data', async () => {
    const dir = mkdtempSync(path.join(projectRoot, '.data', 'test-embedded-'));
    delete process.env.DATABASE_URL;
    process.env.NEWSROOM_DATA_DIR = path.join(dir, 'pg');
    process.env.EMBEDDED_PG_PORT = String(await freePort());
    try {
      const first = await provideDatabase();
      expect(first.embedded).toBe(true);
      expect(new URL(first.url).port).toBe(process.env.EMBEDDED_PG_PORT);
      const client = new pg.Client({ connectionString: first.url });
      await client.connect();
      await client.query('create table kept (value text)');
      await client.query("insert into kept values ('still here')");
      await client.end();
      await first.stop();

      const second = await provideDatabase();
      const again = new pg.Client({ connectionString: second.url });
      await again.connect();
      expect((await again.query('select value from kept')).rows).toEqual([{ value: 'still here' }]);
      await again.end();
      await second.stop();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
