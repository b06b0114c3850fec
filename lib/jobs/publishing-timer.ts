import { ownOrigin } from '@/lib/site';
import { schedulerToken } from './publish-due';
import { countJob } from '@/lib/metrics.mjs';

const INTERVAL_MS = 10_000;

/**
 * Every ten seconds, asks this server's scheduler route to publish what is due. Through a request rather than a direct
 * call because revalidating cached pages needs one. Several instances may all tick: the claim is atomic.
 */
export function startPublishingTimer(): void {
  const token = schedulerToken();
  if (!token) return;
  const url = `${ownOrigin()}/api/admin/scheduler`;
  let warned = false;
  const timer = setInterval(() => {
    countJob('publishing-timer', async () => {
      const response = await fetch(url, { method: 'POST', headers: { 'x-scheduler-token': token } });
      if (!response.ok) throw new Error(`status ${response.status}`);
    })
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
