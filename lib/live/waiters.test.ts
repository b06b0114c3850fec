import { afterEach, describe, expect, it, vi } from 'vitest';
import { heldLiveRequests, MAX_HELD, wakeAllLiveWaiters, wakeLiveWaiters, watchLiveChange } from './waiters';

afterEach(() => {
  wakeAllLiveWaiters();
  vi.useRealTimers();
});

const waitFor = (articleId: number, audience: 'ru' | 'az' | 'en' | 'desk', after: number, timeoutMs: number, signal?: AbortSignal) =>
  watchLiveChange(articleId, audience, after).wait(timeoutMs, signal);

describe('held live requests', () => {
  it('wake on a change of their page in their language after the number they have, and on nothing else', async () => {
    const woken: string[] = [];
    const ru = waitFor(7, 'ru', 4, 60_000).then(() => woken.push('ru'));
    const en = waitFor(7, 'en', 4, 60_000).then(() => woken.push('en'));
    const other = waitFor(8, 'ru', 4, 60_000).then(() => woken.push('other page'));
    expect(heldLiveRequests()).toBe(3);
    wakeLiveWaiters({ articleId: 7, seq: 4, readers: ['ru'] }); // not after 4
    wakeLiveWaiters({ articleId: 7, seq: 5, readers: ['ru'] });
    await ru;
    expect(woken).toEqual(['ru']);
    wakeLiveWaiters({ articleId: 7, seq: 6, readers: ['en'] });
    await en;
    expect(woken).toEqual(['ru', 'en']);
    expect(heldLiveRequests()).toBe(1);
    wakeAllLiveWaiters();
    await other;
    expect(heldLiveRequests()).toBe(0);
  });

  it('do not miss a change announced while the request was still reading, before it began to wait', async () => {
    vi.useFakeTimers();
    const watch = watchLiveChange(7, 'az', 4);
    // The request reads the page's changes (none yet); meanwhile a change commits and its announcement arrives.
    wakeLiveWaiters({ articleId: 7, seq: 5, readers: ['az'] });
    let woke = false;
    const waiting = watch.wait(20_000).then(() => (woke = true));
    await vi.advanceTimersByTimeAsync(0);
    expect(woke).toBe(true);
    await waiting;
    expect(heldLiveRequests()).toBe(0);
  });

  it('hold nothing once stopped: a request answered from its read does not count against the bound', () => {
    const watch = watchLiveChange(3, 'desk', 0);
    expect(heldLiveRequests()).toBe(1);
    watch.stop();
    watch.stop();
    expect(heldLiveRequests()).toBe(0);
  });

  it('give up after their time or when the reader leaves', async () => {
    vi.useFakeTimers();
    const timedOut = waitFor(1, 'az', 0, 20_000);
    const controller = new AbortController();
    const left = waitFor(1, 'az', 0, 20_000, controller.signal);
    controller.abort();
    await left;
    expect(heldLiveRequests()).toBe(1);
    vi.advanceTimersByTime(20_000);
    await timedOut;
    expect(heldLiveRequests()).toBe(0);
  });

  it('are bounded: past the limit a request is answered at once', async () => {
    const waits = Array.from({ length: MAX_HELD }, () => waitFor(2, 'en', 0, 60_000));
    expect(await waitFor(2, 'en', 0, 60_000)).toBe(false);
    expect(heldLiveRequests()).toBe(MAX_HELD);
    wakeAllLiveWaiters();
    await Promise.all(waits);
    expect(heldLiveRequests()).toBe(0);
  });
});
