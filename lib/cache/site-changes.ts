import 'server-only';
import { sql } from 'kysely';
import { getDb } from '@/lib/db/client';

/** The PostgreSQL channel on which a change that every reader page shows is announced to every app instance. */
export const SITE_CHANGES_CHANNEL = 'newsroom_site_changes';

export type SiteChange = 'rates' | 'breaking';

export function isSiteChange(value: string): value is SiteChange {
  return value === 'rates' || value === 'breaking';
}

/**
 * Tells every running instance that something on every page changed. Writers run in many places (a server action, a
 * command-line script, the in-process rates schedule), and only code inside a Next request can revalidate Next's
 * cache, and only that process's cache unless it is shared: so the writer announces, and each instance's listener
 * (lib/jobs/site-change-listener.ts) revalidates its own pages. NOTIFY is delivered on commit, in milliseconds.
 */
export async function announceSiteChange(change: SiteChange): Promise<void> {
  await sql`select pg_notify(${SITE_CHANGES_CHANNEL}, ${change})`.execute(getDb());
}
