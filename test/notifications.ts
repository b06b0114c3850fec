import pg from 'pg';
import { SITE_CHANGES_CHANNEL } from '@/lib/cache/site-changes';

/** Listens on the site-changes channel (or another), as every app instance does, and records what was announced. */
export async function listenForSiteChanges(channel = SITE_CHANGES_CHANNEL): Promise<{ received: string[]; settle(): Promise<void>; close(): Promise<void> }> {
  const client = new pg.Client({ connectionString: process.env.DATABASE_URL });
  const received: string[] = [];
  client.on('notification', ({ payload }) => received.push(payload ?? ''));
  await client.connect();
  await client.query(`listen ${channel}`);
  return {
    received,
    // A round trip on the listening connection: notifications committed before it have arrived once it returns.
    settle: async () => {
      await client.query('select 1');
    },
    close: () => client.end(),
  };
}
