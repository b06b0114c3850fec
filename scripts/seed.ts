/** `npm run db:seed`: migrates, then loads whatever demo content is missing (safe to run again). */
import { prepareDatabase, provideDatabase } from './database';

const database = await provideDatabase();
try {
  await prepareDatabase(database.url, { demo: 'always' });
} finally {
  await database.stop();
}
