import { afterEach, describe, expect, it, vi } from 'vitest';
import { heldLiveRequests, MAX_HELD, wakeAllLiveWaiters, wakeLiveWaiters, waitForLiveChange } from './waiters';

afterEach(() => {
  wakeAllLiveWaiters();
  vi.useRealTimers();
});

describe('held live requests', () => {
  it('wake on a change of their page in their language after the number they have, and on nothing else', async () => {
    const woken: string[] = [];
    const ru = waitForLiveChange(7, 'ru', 4, 60_000).then(() => woken.push('ru'));
    const en = waitForLiveChange(7, 'en', 4, 60_000).then(() => woken.push('en'));
    const other = waitForLiveChange(8, 'ru', 4, 60_000).then(() => woken.push('other page'));
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

  it('return at once when a change after their number was announced while they were reading', async () => {
    wakeLiveWaiters({ articleId: 9, seq: 12, readers: ['az'] });
    // Announced before the wait began: not missed.
    expect(await waitForLiveChange(9, 'az', 11, 60_000)).toBe(true);
    expect(heldLiveRequests()).toBe(0);
    // Nothing after 12 yet, and nothing for English: those wait.
    const az = waitForLiveChange(9, 'az', 12, 60_000);
    const en = waitForLiveChange(9, 'en', 3, 60_000);
    expect(heldLiveRequests()).toBe(2);
    // An older announcement arriving late changes nothing.
    wakeLiveWaiters({ articleId: 9, seq: 10, readers: ['az'] });
    expect(heldLiveRequests()).toBe(2);
    wakeAllLiveWaiters();
    await Promise.all([az, en]);
  });

  it('give up after their time or when the reader leaves', async () => {
    vi.useFakeTimers();
    const timedOut = waitForLiveChange(1, 'az', 0, 20_000);
    const controller = new AbortController();
    const left = waitForLiveChange(1, 'az', 0, 20_000, controller.signal);
    controller.abort();
    await left;
    expect(heldLiveRequests()).toBe(1);
    vi.advanceTimersByTime(20_000);
    await timedOut;
    expect(heldLiveRequests()).toBe(0);
  });

  it('are bounded: past the limit a request is answered at once', async () => {
    const waits = Array.from({ length: MAX_HELD }, () => waitForLiveChange(2, 'en', 0, 60_000));
    expect(await waitForLiveChange(2, 'en', 0, 60_000)).toBe(false);
    expect(heldLiveRequests()).toBe(MAX_HELD);
    wakeAllLiveWaiters();
    await Promise.all(waits);
    expect(heldLiveRequests()).toBe(0);
  });
});
