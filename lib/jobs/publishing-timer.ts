import { askOwnProcess } from './own-process';
import { scheduleJob } from './schedule';

const INTERVAL_MS = 10_000;

/**
 * Every ten seconds, asks this server to publish what is due (lib/jobs/publish-due.ts). Through a request rather than a
 * direct call because revalidating cached pages needs one. Several instances may all tick: the claim is atomic.
 */
export function startPublishingTimer(): void {
  let warned = false;
  scheduleJob('publishing-timer', () => askOwnProcess({ task: 'publish-due' }), {
    firstAfterMs: INTERVAL_MS,
    everyMs: INTERVAL_MS,
    onResult: () => {
      warned = false;
    },
    onError: (error) => {
      if (!warned) console.error(`[newsroom] scheduled publishing failed: ${String(error)}`);
      warned = true;
    },
  });
}
