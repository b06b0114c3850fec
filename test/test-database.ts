import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import path from 'node:path';
import pg from 'pg';
import { startEmbeddedPostgres } from '@/lib/db/embedded';
import { freePort } from './free-port';
import { env } from '@/lib/ops/env.mjs';

export interface TestDatabase {
  url: string;
  description: string;
  /** Removes exactly what was created for the run: the database, or the whole embedded cluster. */
  dispose(): Promise<void>;
}

const root = path.resolve(import.meta.dirname, '..');

/**
 * A fresh database for one test run. With TEST_PG_ADMIN_URL (a server the machine runs, e.g.
 * postgres://postgres@127.0.0.1:5432/postgres) a new uniquely named database is created there and dropped at the end;
 * nothing else on that server is touched. Without it, an embedded PostgreSQL cluster is started in a new folder.
 */
export async function createTestDatabase(): Promise<TestDatabase> {
  const adminUrl = env().TEST_PG_ADMIN_URL;
  if (adminUrl) {
    const name = `newsroom_test_${Date.now()}_${randomBytes(4).toString('hex')}`;
    const admin = new pg.Client({ connectionString: adminUrl });
    await admin.connect();
    await admin.query(`create database ${name}`);
    await admin.end();
    const url = new URL(adminUrl);
    url.pathname = `/${name}`;
    return {
      url: url.toString(),
      description: `database ${name} on ${url.host}`,
      dispose: async () => {
        const client = new pg.Client({ connectionString: adminUrl });
        await client.connect();
        await client.query(`drop database if exists ${name} with (force)`);
        await client.end();
      },
    };
  }

  const dataDir = mkdtempSync(path.join(root, '.data', 'test-'));
  const server = await startEmbeddedPostgres({ dataDir: path.join(dataDir, 'pg'), port: await freePort(), database: 'newsroom_test' });
  return {
    url: server.url,
    description: `embedded PostgreSQL in ${dataDir}`,
    dispose: async () => {
      await server.stop();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
