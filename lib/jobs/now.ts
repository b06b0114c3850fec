import 'server-only';
import { FLUSH_INTERVAL_MS, flushNow } from '@/lib/now/counter';
import { pruneNowRows, rollUpMinutes } from '@/lib/now/rollup';
import { rotateSalts } from '@/lib/now/salt';
import { scheduleJob } from './schedule';

const ROLL_UP_EVERY_MS = 60_000;
const SALT_EVERY_MS = 60_000;
const PRUNE_EVERY_MS = 3_600_000;

/**
 * The "now" board's background work (lib/now/): the readers seen go to the live window and the minute rows every
 * second; minutes are rolled up into hours every minute; yesterday's salt is forgotten within a minute of Baku's
 * midnight; old rows are pruned every hour. Every pass is idempotent, so each instance runs them all.
 */
export function startNowJobs(): void {
  scheduleJob('now-flush', flushNow, {
    firstAfterMs: FLUSH_INTERVAL_MS,
    everyMs: FLUSH_INTERVAL_MS,
    onError: (error) => console.error('[now] could not send the readers seen:', error),
  });
  scheduleJob('now-roll-up', () => rollUpMinutes(), {
    firstAfterMs: ROLL_UP_EVERY_MS,
    everyMs: ROLL_UP_EVERY_MS,
    onError: (error) => console.error('[now] could not roll the minutes up into hours:', error),
  });
  scheduleJob('now-salt', () => rotateSalts(), {
    firstAfterMs: 0,
    everyMs: SALT_EVERY_MS,
    onResult: (forgotten) => {
      if (forgotten.length) console.log(`[now] forgot the readers' salt of ${forgotten.join(', ')}`);
    },
    onError: (error) => console.error("[now] could not rotate the readers' salt:", error),
  });
  scheduleJob('now-prune', () => pruneNowRows(), {
    firstAfterMs: ROLL_UP_EVERY_MS,
    everyMs: PRUNE_EVERY_MS,
    onError: (error) => console.error('[now] could not prune old rows:', error),
  });
}
