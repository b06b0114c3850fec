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
  /**
   * The last number announced for each page and audience. A change can commit and be announced between a request's
   * read (nothing new) and its wait: the wait sees the number here and returns at once instead of missing it.
   */
  announced: Map<string, number>;
}

/** The pages whose last announced number is kept; the oldest announced is forgotten first. */
const MAX_ANNOUNCED = 2_000;

const held = () => processWide<Held>('newsroom.liveWaiters', () => ({ byPage: new Map(), count: 0, announced: new Map() }));
/** A language's readers, or the live desk, which follows every change, drafts included. */
export type Audience = Locale | 'desk';
const keyOf = (articleId: number, audience: Audience) => `${articleId}:${audience}`;

/**
 * Resolves when a change after `after` reaches this language's readers of the page, or after `timeoutMs`, or when
 * `signal` aborts (the reader left); at once, with `false`, when this instance already holds MAX_HELD requests.
 */
export function waitForLiveChange(articleId: number, locale: Audience, after: number, timeoutMs: number, signal?: AbortSignal): Promise<boolean> {
  const state = held();
  const key = keyOf(articleId, locale);
  // Announced already, while the request was reading: it reads again at once.
  if ((state.announced.get(key) ?? 0) > after) return Promise.resolve(true);
  if (state.count >= MAX_HELD) return Promise.resolve(false);
  return new Promise((resolve) => {
    const waiters = state.byPage.get(key) ?? new Set<Waiter>();
    state.byPage.set(key, waiters);
    const done = () => {
      clearTimeout(timer);
      signal?.removeEventListener('abort', done);
      if (waiters.delete(waiter)) state.count -= 1;
      if (waiters.size === 0 && state.byPage.get(key) === waiters) state.byPage.delete(key);
      resolve(true);
    };
    const waiter: Waiter = { after, wake: done };
    waiters.add(waiter);
    state.count += 1;
    const timer = setTimeout(done, timeoutMs);
    signal?.addEventListener('abort', done, { once: true });
  });
}

/** Wakes the requests a change concerns: those of its languages' readers waiting for something after an older number. */
export function wakeLiveWaiters(notice: LiveChangeNotice): void {
  const state = held();
  for (const locale of [...notice.readers, 'desk' as const]) {
    const key = keyOf(notice.articleId, locale);
    if ((state.announced.get(key) ?? 0) < notice.seq) {
      // Kept in the order announced, newest last, so the first is the one to forget.
      state.announced.delete(key);
      state.announced.set(key, notice.seq);
      if (state.announced.size > MAX_ANNOUNCED) state.announced.delete(state.announced.keys().next().value!);
    }
    const waiters = state.byPage.get(key);
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
