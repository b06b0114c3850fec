import 'server-only';
import { env } from '@/lib/ops/env.mjs';
import { processWide } from '@/lib/ops/singleton.mjs';
import { startMediaJobs } from './media';
import { startNowJobs } from './now';
import { startPublishingTimer } from './publishing-timer';
import { startRatesSchedule } from './rates-import';
import { startSiteChangeListener } from './site-change-listener';

/**
 * Every timer and listener of a running server's background work, started once per process, only by
 * instrumentation.ts:
 * - publishing scheduled translations on time, with no external cron (publishing-timer.ts, publish-due.ts);
 * - the listener that refreshes cached pages when rates, breaking news or another instance's articles change, and the
 *   timer of the breaking line's start and expiry (site-change-listener.ts);
 * - the covers' missing variants and the sweep of the media folder (media.ts);
 * - the daily rates import, unless RATES_IMPORT=off (the end-to-end tests, as the bank is not reachable)
 *   (rates-import.ts, claim.ts);
 * - the "now" board's counting, roll-ups, salt rotation and pruning (now.ts).
 * Work that needs a request, as revalidation does, goes through the process's internal route (own-process.ts), and
 * every revalidation is repeated once to settle (background-revalidate.ts).
 */
export function startBackgroundWork(): void {
  processWide('newsroom.backgroundWork', () => {
    startPublishingTimer();
    startSiteChangeListener();
    startMediaJobs();
    startNowJobs();
    if (env().RATES_IMPORT === 'on') startRatesSchedule();
    return true;
  });
}
