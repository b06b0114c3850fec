import { readFileSync, statSync } from 'node:fs';
import { expect, test } from '@playwright/test';

/** The site's log (scripts/e2e.ts writes it) from `offset` on, as the JSON objects it is made of. */
function logLinesSince(offset: number): Record<string, unknown>[] {
  return readFileSync(process.env.E2E_SITE_LOG!).subarray(offset).toString().split('\n').filter(Boolean).map((line) => {
    try {
      return JSON.parse(line) as Record<string, unknown>;
    } catch {
      throw new Error(`a line of the site's log is not JSON: ${line.slice(0, 300)}`);
    }
  });
}

test('each answer has a request id, and its line in the log names the route, status, duration and cache state', async ({ request }) => {
  const logFrom = statSync(process.env.E2E_SITE_LOG!).size;
  await request.get('/en/latest');
  const cached = await request.get('/en/latest?utm_source=newsletter&token=reader-secret');
  expect(cached.status()).toBe(200);
  // From Next's cache: fresh, or stale when a change or the clock marked it so meanwhile.
  const state = cached.headers()['x-nextjs-cache'];
  expect(['HIT', 'STALE']).toContain(state);
  const id = cached.headers()['x-request-id']!;
  expect(id).toMatch(/^[0-9a-f-]{36}$/);
  const given = await request.get('/az', { headers: { 'x-request-id': 'lb-0c9e4f1a77' } });
  expect(given.headers()['x-request-id']).toBe('lb-0c9e4f1a77');

  await expect.poll(() => logLinesSince(logFrom).some((line) => line.requestId === 'lb-0c9e4f1a77'), { timeout: 5_000 }).toBe(true);
  const lines = logLinesSince(logFrom);
  expect(lines.find((line) => line.requestId === id)).toMatchObject({
    level: 'info',
    method: 'GET',
    path: '/en/latest',
    route: 'listing',
    status: 200,
    durationMs: expect.any(Number),
    cache: state!.toLowerCase(),
    remote: expect.stringMatching(/^(127\.0\.0\.1|::1)$/),
  });
  expect(lines.find((line) => line.requestId === 'lb-0c9e4f1a77')).toMatchObject({ path: '/az', route: 'home' });
  expect(JSON.stringify(lines)).not.toContain('reader-secret');
});

test('the metrics need the token, and count what the instance answered by kind of route', async ({ request }) => {
  expect((await request.get('/api/metrics')).status()).toBe(401);
  expect((await request.get('/api/metrics', { headers: { authorization: 'Bearer not-the-token-at-all' } })).status()).toBe(401);
  await request.get('/en/rss.xml');
  const response = await request.get('/api/metrics', { headers: { authorization: `Bearer ${process.env.E2E_METRICS_TOKEN}` } });
  expect(response.status()).toBe(200);
  const text = await response.text();
  // Requests are counted by the front door, outside Next's bundle, and answered from the bundle: one registry.
  expect(text).toMatch(/^newsroom_http_request_duration_seconds_count\{route="feed",method="GET",status="200"\} [1-9]/m);
  expect(text).toMatch(/^newsroom_page_cache_answers_total\{route="(listing|home|article)",state="hit"\} [1-9]/m);
  expect(text).toMatch(/^newsroom_db_pool_connections\{pool="site",state="total"\} \d/m);
  expect(text).toMatch(/^newsroom_job_runs_total\{job="(publishing-timer|cover-variants)",outcome="ok"\} [1-9]/m);
  expect(text).toContain('# TYPE newsroom_revalidations_total counter');
  expect(text).toContain('# TYPE newsroom_edge_purges_total counter');
});
