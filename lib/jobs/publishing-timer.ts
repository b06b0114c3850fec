import { askOwnProcess } from './own-process';
import { countJob } from '@/lib/metrics.mjs';

const INTERVAL_MS = 10_000;

/**
 * Every ten seconds, asks this server to publish what is due (lib/jobs/publish-due.ts). Through a request rather than a
 * direct call because revalidating cached pages needs one. Several instances may all tick: the claim is atomic.
 */
export function startPublishingTimer(): void {
  let warned = false;
  const timer = setInterval(() => {
    countJob('publishing-timer', () => askOwnProcess({ task: 'publish-due' }))
      .then(() => {
        warned = false;
      })
      .catch((error: unknown) => {
        if (!warned) console.error(`[newsroom] scheduled publishing failed: ${String(error)}`);
        warned = true;
      });
  }, INTERVAL_MS);
  timer.unref();
}
