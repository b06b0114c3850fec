import path from 'node:path';
import { bootstrapUsers } from '@/lib/auth/accounts';
import { createDb } from '@/lib/db/connect';
import { progressOnStderr } from '@/lib/cli/progress';
import { startEmbeddedPostgres, type EmbeddedServer } from '@/lib/db/embedded';
import { migrateToLatest } from '@/lib/db/migrate';
import { seedDemoContent } from '@/lib/demo/seed';
import { env } from '@/lib/ops/env.mjs';
import { freePort } from '../test/free-port';

export const projectRoot = path.resolve(import.meta.dirname, '..');

export function log(line: string): void {
  console.log(`[newsroom] ${line}`);
}

/**
 * The database the site runs on: DATABASE_URL when set, otherwise the embedded PostgreSQL in `.data/postgres`
 * (NEWSROOM_DATA_DIR and EMBEDDED_PG_PORT move it, e.g. for the end-to-end tests).
 */
export async function provideDatabase(): Promise<EmbeddedServer & { embedded: boolean }> {
  const { DATABASE_URL: url, NEWSROOM_DATA_DIR, EMBEDDED_PG_PORT } = env();
  if (url) return { url, stop: async () => {}, embedded: false };
  const server = await startEmbeddedPostgres({
    dataDir: NEWSROOM_DATA_DIR ?? path.join(projectRoot, '.data', 'postgres'),
    port: EMBEDDED_PG_PORT,
    database: 'newsroom',
    log,
  });
  return { ...server, embedded: true };
}

/**
 * Migrates, then loads the demo content if asked to or if the database holds no article yet, then creates the first
 * admin from ADMIN_EMAIL + ADMIN_PASSWORD when there is no user (and the demo editor when asked).
 */
export async function prepareDatabase(
  url: string,
  { demo, demoEditor = false }: { demo: 'always' | 'if-empty' | 'never'; demoEditor?: boolean },
): Promise<void> {
  const db = createDb(url, 2);
  try {
    const applied = await migrateToLatest(db);
    if (applied.length) log(`applied migrations: ${applied.join(', ')}`);
    const empty = !(await db.selectFrom('articles').select('id').limit(1).executeTakeFirst());
    if (demo === 'always' || (demo === 'if-empty' && empty)) {
      const { articles, translations } = await seedDemoContent(db, { progress: progressOnStderr });
      log(`demo content: ${articles} new articles, ${translations} new translations`);
    }
    const users = await bootstrapUsers(db, { adminEmail: env().ADMIN_EMAIL, adminPassword: env().ADMIN_PASSWORD, demoEditor });
    if (users.length) log(`created ${users.join(', ')}`);
  } finally {
    await db.destroy();
  }
}

/**
 * A fresh embedded PostgreSQL in `work` with the demo content, and its covers in `work/media`: the site a benchmark
 * runs its instances on, with `env` to hand them. Never the project's own .data/postgres or .data/media.
 */
export async function startDemoDatabase(work: string): Promise<{ server: EmbeddedServer; env: { DATABASE_URL: string; NEWSROOM_MEDIA_DIR: string } }> {
  const server = await startEmbeddedPostgres({ dataDir: path.join(work, 'pg'), port: await freePort(), database: 'newsroom', log });
  const env = { DATABASE_URL: server.url, NEWSROOM_MEDIA_DIR: path.join(work, 'media') };
  // The seeding writes the demo covers where the instances will look for them.
  process.env.NEWSROOM_MEDIA_DIR = env.NEWSROOM_MEDIA_DIR;
  try {
    await prepareDatabase(server.url, { demo: 'if-empty' });
  } catch (error) {
    await server.stop();
    throw error;
  }
  return { server, env };
}
