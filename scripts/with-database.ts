import { getDb } from '@/lib/db/client';
import { prepareDatabase, provideDatabase } from './database';

/**
 * Runs a command-line task on the site's database (DATABASE_URL, else the embedded one, reused if the site is
 * running), migrated first, through the app's own client; returns the task's exit code.
 */
export async function withDatabase(task: () => Promise<number>): Promise<never> {
  const database = await provideDatabase();
  let code = 1;
  try {
    await prepareDatabase(database.url, { demo: 'never' });
    process.env.DATABASE_URL = database.url;
    code = await task();
  } catch (error) {
    console.error(error);
  } finally {
    await getDb().destroy();
    // pg-pool's end() resolves before its clients' sockets have closed; stopping the server under them would make
    // the pool emit "terminating connection" as an unhandled error.
    await new Promise((resolve) => setTimeout(resolve, 200));
    await database.stop();
  }
  process.exit(code);
}
