import { countJob } from '@/lib/ops/metrics.mjs';

export interface Schedule<T> {
  /** The first pass, this long after the start. */
  firstAfterMs: number;
  /** The next pass, this long after the previous one ended; none when absent. */
  everyMs?: number;
  /** A pass that returned normally but did not do its work (counted as failed for /api/metrics). */
  failed?: (result: T) => boolean;
  onResult?: (result: T) => void;
  onError: (error: unknown) => void;
}

/**
 * The one way the site runs background work on a clock: each pass counted and timed as `job` for /api/metrics
 * (lib/ops/metrics.mjs countJob), the next pass planned only once the previous has ended, so passes never overlap, and no
 * timer keeping the process alive. A pass that throws goes to `onError` and never stops the schedule.
 */
export function scheduleJob<T>(job: string, pass: () => Promise<T>, schedule: Schedule<T>): void {
  const run = () => {
    countJob(job, pass, schedule.failed)
      .then(schedule.onResult, schedule.onError)
      .finally(() => {
        if (schedule.everyMs !== undefined) setTimeout(run, schedule.everyMs).unref();
      });
  };
  setTimeout(run, schedule.firstAfterMs).unref();
}
