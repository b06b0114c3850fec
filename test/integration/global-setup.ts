import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { createDb } from '@/lib/db/connect';
import { migrateToLatest } from '@/lib/db/migrate';
import { seedDemoContent } from '@/lib/demo/seed';
import { createTestDatabase } from '../test-database';

declare module 'vitest' {
  export interface ProvidedContext {
    databaseUrl: string;
  }
}

/** One database for the integration run, migrated and loaded with the demo content that the tests read. */
export default async function setup(project: TestProject) {
  mkdirSync(path.resolve(import.meta.dirname, '..', '..', '.data'), { recursive: true });
  // The demo covers, and what the tests upload, go to a folder of the run's own (the workers inherit it), never to
  // the site's .data/media.
  const ownMediaDir = process.env.NEWSROOM_MEDIA_DIR ? null : mkdtempSync(path.join(tmpdir(), 'newsroom-media-'));
  if (ownMediaDir) process.env.NEWSROOM_MEDIA_DIR = ownMediaDir;
  // So are the last good answers of the readers' client (lib/db/last-good.ts), never the site's .data/last-good.
  const ownAnswersDir = process.env.NEWSROOM_LAST_GOOD_DIR ? null : mkdtempSync(path.join(tmpdir(), 'newsroom-last-good-'));
  if (ownAnswersDir) process.env.NEWSROOM_LAST_GOOD_DIR = ownAnswersDir;
  const database = await createTestDatabase();
  console.log(`integration tests use ${database.description}`);
  const db = createDb(database.url, 2);
  try {
    await migrateToLatest(db);
    await seedDemoContent(db);
  } finally {
    await db.destroy();
  }
  project.provide('databaseUrl', database.url);
  return async () => {
    await database.dispose();
    if (ownMediaDir) rmSync(ownMediaDir, { recursive: true, force: true });
    if (ownAnswersDir) rmSync(ownAnswersDir, { recursive: true, force: true });
  };
}
