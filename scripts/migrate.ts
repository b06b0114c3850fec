/** `npm run db:migrate`: brings the database (DATABASE_URL, or the embedded one) to the latest schema. */
import { prepareDatabase, provideDatabase } from './database';

const database = await provideDatabase();
try {
  await prepareDatabase(database.url, { demo: 'never' });
} finally {
  await database.stop();
}
