import 'server-only';
import pg from 'pg';
import { nextBreakingChangeAt } from '@/lib/content/breaking';
import { ARTICLE_CHANGES_CHANNEL, instanceId, parseArticleChange } from '@/lib/cache/article-changes';
import { revalidateEverythingFromBackground, revalidatePathsFromBackground, settleLater } from './background-revalidate';
import { hasEdge, purgeEdge } from '@/lib/cache/edge';
import { breakingKey, RATES_KEY } from '@/lib/cache/keys';
import { isCacheShared } from '@/lib/cache/shared-cache';
import { isSiteChange, SITE_CHANGES_CHANNEL, type SiteChange } from '@/lib/cache/site-changes';
import { forgetWithdrawn } from '@/lib/crawlers/withdrawn';
import { locales } from '@/lib/i18n/locales';
import { LIVE_CHANGES_CHANNEL, parseLiveNotice } from '@/lib/live/changes';
import { wakeAllLiveWaiters, wakeLiveWaiters } from '@/lib/live/waiters';
import { isUnreachable, noteUnreachable } from '@/lib/db/outage.mjs';
import { env } from '@/lib/ops/env.mjs';
import { countJob } from '@/lib/ops/metrics.mjs';
import { processWide } from '@/lib/ops/singleton.mjs';

// setTimeout takes at most ~24.8 days; a far-off expiry is simply re-planned after this long.
const MAX_TIMER_MS = 6 * 60 * 60_000;
const RECONNECT_MS = 5_000;
// Several announcements in a burst (a script setting three locales) cost one revalidation.
const DEBOUNCE_MS = 50;

interface ListenerState {
  expiryTimer?: NodeJS.Timeout;
  debounceTimer?: NodeJS.Timeout;
  reasons: Set<string>;
}
const state = () => processWide<ListenerState>('newsroom.siteChangeListener', () => ({ reasons: new Set() }));

// With the shared cache (REDIS_URL) every instance still does this on a site change: the same stamps, written once per
// instance within milliseconds of each other, cost a few Redis writes (a render that ends between two of them is redone).
function revalidateSoon(reason: string): void {
  const s = state();
  s.reasons.add(reason);
  clearTimeout(s.debounceTimer);
  s.debounceTimer = setTimeout(() => {
    const reasons = [...s.reasons].join(', ');
    s.reasons.clear();
    void revalidateEverythingFromBackground(reasons);
    settleLater(() => revalidateEverythingFromBackground(`settling after ${reasons}`));
  }, DEBOUNCE_MS);
}

const FRAGMENT_KEYS: Record<SiteChange, string[]> = { rates: [RATES_KEY], breaking: locales.map(breakingKey) };
const REASONS: Record<SiteChange, string> = { rates: 'new currency rates', breaking: 'breaking news changed' };

/**
 * Behind an edge cache the rates ticker and the breaking line are edge-side includes (components/site/EdgeFragment):
 * a change purges those small fragments and the assembled pages that show them, which the edge puts together again
 * from the pages it keeps; no page is rendered again. Purged once more after the settling pause, in case a fragment
 * fetched just before the change was stored after the first purge.
 */
function purgeFragments(change: SiteChange): void {
  void purgeEdge(FRAGMENT_KEYS[change], REASONS[change]);
  settleLater(async () => void (await purgeEdge(FRAGMENT_KEYS[change], REASONS[change])));
}

function onSiteChange(change: SiteChange): void {
  if (hasEdge()) purgeFragments(change);
  else revalidateSoon(REASONS[change]);
}

/** Plans a revalidation for the moment the next breaking line starts or expires, so it appears and goes on time. */
async function planBreakingTimer(): Promise<void> {
  const s = state();
  clearTimeout(s.expiryTimer);
  const next = await nextBreakingChangeAt();
  if (!next) return;
  const delay = Math.max(0, next.getTime() - Date.now());
  s.expiryTimer = setTimeout(
    () => {
      if (delay <= MAX_TIMER_MS) void countJob('breaking-timer', () => onSiteChange('breaking'));
      planBreakingTimer().catch((error: unknown) => console.error('[breaking] could not plan the next expiry:', error));
    },
    // A little after the instant, so the regenerated page's `expires_at > now()` is already false.
    Math.min(delay + 100, MAX_TIMER_MS),
  );
  s.expiryTimer.unref();
}

/** An article saved on another instance: the same pages as there are refreshed here (the sender did its own). */
function onArticleChange(payload: string | undefined): void {
  const change = parseArticleChange(payload);
  if (!change || change.origin === instanceId()) return;
  // The proxy's list of withdrawn translations is this process's own, shared cache or not.
  forgetWithdrawn();
  // With the shared cache (REDIS_URL) the sender's revalidation is already in Redis for every instance, its warm-up
  // rendered the pages into it, and its settling pass covers renders here too. Repeating both would stamp the pages it
  // just rendered stale again and render each once more per instance, for nothing.
  if (isCacheShared()) return;
  if (change.everything) revalidateSoon('an article changed on another instance');
  else void revalidatePathsFromBackground(change.paths, change.warm, 'an article changed on another instance');
}

async function listen(connectionString: string, reconnected: boolean): Promise<void> {
  const client = new pg.Client({ connectionString });
  const retry = () => {
    client.removeAllListeners();
    client.end().catch(() => {});
    setTimeout(() => void listen(connectionString, true), RECONNECT_MS).unref();
  };
  client.on('error', (error) => {
    // An outage is logged once for the whole process (lib/db/outage.mjs), not on every attempt to reconnect.
    if (isUnreachable(error)) noteUnreachable(error);
    else console.error('[cache] site-change listener lost its database connection; reconnecting:', error.message);
    retry();
  });
  client.on('notification', ({ channel, payload }) => {
    if (channel === LIVE_CHANGES_CHANNEL) {
      // A live page changed on any instance: the readers' requests held here for it read again at once.
      const notice = parseLiveNotice(payload);
      if (notice) wakeLiveWaiters(notice);
      return;
    }
    if (channel === ARTICLE_CHANGES_CHANNEL) {
      onArticleChange(payload);
      return;
    }
    if (channel !== SITE_CHANGES_CHANNEL || !payload || !isSiteChange(payload)) return;
    onSiteChange(payload);
    if (payload === 'breaking') {
      planBreakingTimer().catch((error: unknown) => console.error('[breaking] could not plan the next expiry:', error));
    }
  });
  try {
    await client.connect();
    await client.query(`listen ${SITE_CHANGES_CHANNEL}`);
    await client.query(`listen ${ARTICLE_CHANGES_CHANNEL}`);
    await client.query(`listen ${LIVE_CHANGES_CHANNEL}`);
    await planBreakingTimer();
    // Whatever was announced while the connection was down is caught up with one revalidation, and held live
    // requests read again.
    if (reconnected) {
      revalidateSoon('reconnected to the database');
      wakeAllLiveWaiters();
    }
  } catch (error) {
    if (isUnreachable(error)) noteUnreachable(error);
    else console.error('[cache] site-change listener could not connect; retrying:', error instanceof Error ? error.message : error);
    retry();
  }
}

/**
 * Starts the listener that turns announced site changes (lib/cache/site-changes.ts) and article
 * changes made on other instances (lib/cache/article-changes.ts) into a revalidation of this instance's pages, that
 * wakes the readers' requests held for a live page's changes (lib/live/waiters.ts), and
 * the timer that refreshes them when a breaking line starts or expires.
 */
export function startSiteChangeListener(): void {
  const url = env().DATABASE_URL;
  if (url) void listen(url, false);
}
