import 'server-only';
import { claimJob, finishJob } from '@/lib/jobs/claim';
import { bakuToday, describeImport, importRates } from '@/lib/rates/import';
import { scheduleJob } from './schedule';

const JOB = 'rates-import';
// Every instance ticks; the claim lets one of them import, once per Baku day.
const TICK_MS = 10 * 60_000;
const FIRST_TICK_MS = 20_000;
const LOCK_MS = 5 * 60_000;
// After a failure (bank unreachable, garbage) the next attempt, by any instance, waits this long.
const RETRY_MS = 60 * 60_000;

export type ScheduledRun = 'not-claimed' | 'imported' | 'failed';

/** One tick: claims today's import and runs it, or does nothing if another instance has it or it is done. */
export async function runScheduledRatesImport(now = new Date()): Promise<ScheduledRun> {
  const day = bakuToday(now);
  if (!(await claimJob(JOB, day, LOCK_MS))) return 'not-claimed';
  const result = await importRates(day);
  const line = describeImport(day, result);
  if (result.ok) console.info(line);
  else console.error(line);
  await finishJob(JOB, day, result.ok ? { ok: true } : { ok: false, error: result.error, retryAfterMs: RETRY_MS });
  return result.ok ? 'imported' : 'failed';
}


/** Starts the daily import in this process; a failing tick is logged and never stops the schedule. */
export function startRatesSchedule(): void {
  scheduleJob('rates-import', () => runScheduledRatesImport(), {
    firstAfterMs: FIRST_TICK_MS,
    everyMs: TICK_MS,
    failed: (run) => run === 'failed',
    onError: (error) => console.error('[rates] scheduled import crashed; the last good rates stay:', error),
  });
  console.info(`[rates] daily import scheduled (checks every ${TICK_MS / 60_000} minutes, one instance imports)`);
}
