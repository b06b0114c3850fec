import 'server-only';
import type { Kysely } from 'kysely';
import { createDb } from './connect';
import type { Database } from './schema';

const globalForDb = globalThis as unknown as { newsroomDb?: Kysely<Database> };

/** The process's one database client. `npm start` sets DATABASE_URL (to the embedded server when none is given). */
export function getDb(): Kysely<Database> {
  if (!globalForDb.newsroomDb) {
    const url = process.env.DATABASE_URL;
    if (!url) {
      throw new Error('DATABASE_URL is not set. Start the site with `npm start`, which provides a database.');
    }
    globalForDb.newsroomDb = createDb(url, 10, { lastGoodReads: true });
  }
  return globalForDb.newsroomDb;
}
