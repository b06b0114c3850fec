import { afterEach, describe, expect, it } from 'vitest';
import { getDb } from '@/lib/db/client';
import { runScheduledRatesImport } from '@/lib/jobs/rates-import';
import { freePort } from '@/test/free-port';
import { claimJob, finishJob } from './claim';

afterEach(async () => {
  await getDb().deleteFrom('job_runs').execute();
});

describe('job claims across instances', () => {
  it('let exactly one of several concurrent claims for a period win', async () => {
    const claims = await Promise.all([claimJob('test-job', '2026-01-01', 60_000), claimJob('test-job', '2026-01-01', 60_000), claimJob('test-job', '2026-01-01', 60_000)]);
    expect(claims.filter(Boolean)).toHaveLength(1);
    // While the winner runs, nobody else starts it.
    expect(await claimJob('test-job', '2026-01-01', 60_000)).toBe(false);
  });

  it('refuse a period that is done, and open the next one', async () => {
    expect(await claimJob('test-job', '2026-01-01', 60_000)).toBe(true);
    await finishJob('test-job', '2026-01-01', { ok: true });
    expect(await claimJob('test-job', '2026-01-01', 60_000)).toBe(false);
    expect(await claimJob('test-job', '2026-01-02', 60_000)).toBe(true);
  });

  it('back off after a failure, then let an instance retry', async () => {
    expect(await claimJob('test-job', '2026-01-01', 60_000)).toBe(true);
    await finishJob('test-job', '2026-01-01', { ok: false, error: 'bank unreachable', retryAfterMs: 300 });
    expect(await claimJob('test-job', '2026-01-01', 60_000)).toBe(false);
    await new Promise((resolve) => setTimeout(resolve, 400));
    expect(await claimJob('test-job', '2026-01-01', 60_000)).toBe(true);
    const row = await getDb().selectFrom('job_runs').select('last_error').where('name', '=', 'test-job').executeTakeFirstOrThrow();
    expect(row.last_error).toBe('bank unreachable');
  });

  it('run the scheduled rates import once across two instances, failing gracefully while the bank is unreachable', async () => {
    const previous = process.env.CBAR_RATES_URL;
    process.env.CBAR_RATES_URL = `http://127.0.0.1:${await freePort()}/{DD.MM.YYYY}.xml`;
    try {
      const ticks = await Promise.all([runScheduledRatesImport(), runScheduledRatesImport()]);
      expect(ticks.sort()).toEqual(['failed', 'not-claimed']);
      // The failure holds the job back for an hour, so the next ticks do not hammer the bank.
      expect(await runScheduledRatesImport()).toBe('not-claimed');
      const row = await getDb().selectFrom('job_runs').select(['last_error', 'done_key']).where('name', '=', 'rates-import').executeTakeFirstOrThrow();
      expect(row.done_key).toBeNull();
      expect(row.last_error).toMatch(/fetch failed/);
    } finally {
      if (previous === undefined) delete process.env.CBAR_RATES_URL;
      else process.env.CBAR_RATES_URL = previous;
    }
  });
});
