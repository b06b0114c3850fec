import type { Locale } from '@/lib/i18n/locales';
import { processWide } from '@/lib/ops/singleton.mjs';
import type { LiveChangeNotice } from './changes';

/**
 * Readers' requests held open until their live page changes in their language. Each instance keeps its own
 * (lib/jobs/site-change-listener.ts wakes them when PostgreSQL announces a change, whichever instance wrote it). Behind
 * the edge one held request serves every reader of the same URL there, since Varnish makes the others wait for its
 * answer (deploy/varnish/newsroom.vcl); without an edge each reader holds one, so they are bounded.
 */
export const MAX_HELD = 5_000;

interface Waiter {
  after: number;
  wake: () => void;
}

interface Held {
  byPage: Map<string, Set<Waiter>>;
  count: number;
}

const held = () => processWide<Held>('newsroom.liveWaiters', () => ({ byPage: new Map(), count: 0 }));
/** A language's readers, or the live desk, which follows every change, drafts included. */
export type Audience = Locale | 'desk';
const keyOf = (articleId: number, audience: Audience) => `${articleId}:${audience}`;

/** A request's watch for the next change of its page; started before the request reads the page's changes. */
export interface LiveWatch {
  /**
   * Resolves when the change arrives (at once if it arrived since the watch began), after `timeoutMs`, or when `signal`
   * aborts (the reader left); at once, with `false`, when the watch could not begin because this instance already
   * holds MAX_HELD requests.
   */
  wait(timeoutMs: number, signal?: AbortSignal): Promise<boolean>;
  /** Ends the watch: the request is answered without waiting, or is done. Safe to call more than once. */
  stop(): void;
}

/**
 * Watches for a change after `after` reaching this language's readers of the page. Start it before reading the page's
 * changes, then wait on it if the read found none: a change committed after the read but announced before the wait
 * began would otherwise go unseen until the hold ran out, and behind the edge every reader of the page shares that one
 * request, so all of them would get the entry up to 20 s late. Counted against MAX_HELD from its start.
 */
export function watchLiveChange(articleId: number, audience: Audience, after: number): LiveWatch {
  const state = held();
  if (state.count >= MAX_HELD) return { wait: () => Promise.resolve(false), stop: () => {} };
  const key = keyOf(articleId, audience);
  const waiters = state.byPage.get(key) ?? new Set<Waiter>();
  state.byPage.set(key, waiters);
  let release: (() => void) | undefined;
  const end = () => {
    if (waiters.delete(waiter)) state.count -= 1;
    if (waiters.size === 0 && state.byPage.get(key) === waiters) state.byPage.delete(key);
    release?.();
  };
  const waiter: Waiter = { after, wake: end };
  waiters.add(waiter);
  state.count += 1;
  return {
    wait(timeoutMs, signal) {
      // Woken (or stopped) already: the change came while the request was reading.
      if (!waiters.has(waiter)) return Promise.resolve(true);
      return new Promise((resolve) => {
        const finish = () => {
          clearTimeout(timer);
          signal?.removeEventListener('abort', finish);
          release = undefined;
          end();
          resolve(true);
        };
        const timer = setTimeout(finish, timeoutMs);
        release = finish;
        if (signal?.aborted) finish();
        else signal?.addEventListener('abort', finish, { once: true });
      });
    },
    stop: end,
  };
}

/** Wakes the requests a change concerns: those of its languages' readers waiting for something after an older number. */
export function wakeLiveWaiters(notice: LiveChangeNotice): void {
  for (const locale of [...notice.readers, 'desk' as const]) {
    const waiters = held().byPage.get(keyOf(notice.articleId, locale));
    if (!waiters) continue;
    for (const waiter of [...waiters]) if (waiter.after < notice.seq) waiter.wake();
  }
}

/** Wakes every held request (they read again and wait anew): after the listener missed announcements while away. */
export function wakeAllLiveWaiters(): void {
  for (const waiters of [...held().byPage.values()]) for (const waiter of [...waiters]) waiter.wake();
}

/** How many requests this instance holds now (metrics, tests). */
export function heldLiveRequests(): number {
  return held().count;
}
