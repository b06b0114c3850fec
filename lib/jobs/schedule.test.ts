import { afterEach, describe, expect, it, vi } from 'vitest';
import { scheduleJob } from './schedule';

afterEach(() => {
  vi.useRealTimers();
});

describe('a scheduled job', () => {
  it('runs first after its delay, then again only once the pass before has ended, through failures', async () => {
    vi.useFakeTimers();
    const started: number[] = [];
    const errors: unknown[] = [];
    let finish: () => void = () => {};
    scheduleJob('test-job', async () => {
      started.push(Date.now());
      if (started.length === 1) throw new Error('source unreachable');
      await new Promise<void>((resolve) => (finish = resolve));
    }, { firstAfterMs: 1_000, everyMs: 5_000, onError: (error) => errors.push(error) });
    const t0 = Date.now();

    await vi.advanceTimersByTimeAsync(999);
    expect(started).toHaveLength(0);
    await vi.advanceTimersByTimeAsync(1);
    expect(started).toEqual([t0 + 1_000]);
    expect(errors).toHaveLength(1);

    // The failure did not stop it; the second pass takes long, and no third starts while it runs.
    await vi.advanceTimersByTimeAsync(5_000);
    expect(started).toHaveLength(2);
    await vi.advanceTimersByTimeAsync(20_000);
    expect(started).toHaveLength(2);
    finish();
    await vi.advanceTimersByTimeAsync(5_000);
    expect(started).toHaveLength(3);
  });
});
