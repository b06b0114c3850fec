import 'server-only';
import { sql } from 'kysely';
import { cache } from 'react';
import { getReaderDb } from '@/lib/db/client';
import type { Locale } from '@/lib/i18n/locales';

export interface BreakingNews {
  text: string;
  /** An internal path (`/az/news/…`) or an https URL, validated when it was set. */
  link: string | null;
  expiresAt: Date;
}

/**
 * The breaking-news line a reader of `locale` should see now, or null. Filtering by the window here, not only by
 * timers, means a page regenerated for any reason after the expiry never shows an expired line.
 */
export const getBreakingNews = cache(async (locale: Locale): Promise<BreakingNews | null> => {
  const row = await getReaderDb()
    .selectFrom('breaking_news')
    .select(['text', 'link', 'expires_at'])
    .where('locale', '=', locale)
    .where('starts_at', '<=', sql<Date>`now()`)
    .where('expires_at', '>', sql<Date>`now()`)
    .executeTakeFirst();
  return row ? { text: row.text, link: row.link, expiresAt: row.expires_at } : null;
});

/** The next instant a breaking line starts or expires in any locale, when cached pages must change; null if none. */
export async function nextBreakingChangeAt(): Promise<Date | null> {
  const row = await getReaderDb()
    .selectFrom('breaking_news')
    .select(sql<Date | null>`min(least(case when starts_at > now() then starts_at end, expires_at))`.as('next'))
    .where('expires_at', '>', sql<Date>`now()`)
    .executeTakeFirst();
  return row?.next ?? null;
}
