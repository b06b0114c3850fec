import http from 'node:http';
import { sql } from 'kysely';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { GET } from '@/app/api/metrics/route';
import { getDb } from '@/lib/db/client';
import '@/lib/http/front-door.mjs';

const TOKEN = 'metrics-token-for-the-tests';
const read = (authorization?: string) =>
  GET(new Request('http://localhost/api/metrics', { headers: authorization ? { authorization } : {} }));

afterEach(() => vi.unstubAllEnvs());

describe('/api/metrics', () => {
  it('does not exist while no METRICS_TOKEN is configured', async () => {
    vi.stubEnv('METRICS_TOKEN', '');
    const response = await read(`Bearer ${TOKEN}`);
    expect(response.status).toBe(404);
    expect(await response.text()).not.toContain('newsroom_');
  });

  it('refuses a request without the token, or with another one', async () => {
    vi.stubEnv('METRICS_TOKEN', TOKEN);
    for (const authorization of [undefined, `Bearer ${TOKEN}x`, `Bearer ${TOKEN.slice(0, -1)}`, TOKEN, `Basic ${TOKEN}`]) {
      const response = await read(authorization);
      expect(response.status).toBe(401);
      expect(response.headers.get('www-authenticate')).toBe('Bearer realm="metrics"');
      expect(await response.text()).not.toContain('newsroom_');
    }
  });

  it('answers the right token with Prometheus text: requests the front door saw, the cache, revalidations, purges, pools and jobs', async () => {
    vi.stubEnv('METRICS_TOKEN', TOKEN);
    await sql`select 1`.execute(getDb());
    // A server with the front door in front, as `npm start` runs Next: its requests are counted in the same registry.
    const server = http.createServer((_, response) => {
      response.setHeader('x-nextjs-cache', 'STALE');
      response.end('a page');
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const { port } = server.address() as { port: number };
    try {
      expect((await fetch(`http://127.0.0.1:${port}/en/news/12-visit`)).status).toBe(200);
    } finally {
      server.close();
    }

    const response = await read(`Bearer ${TOKEN}`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^text\/plain; version=0\.0\.4/);
    expect(response.headers.get('cache-control')).toBe('no-store');
    const text = await response.text();
    for (const family of [
      'newsroom_http_request_duration_seconds histogram',
      'newsroom_page_cache_answers_total counter',
      'newsroom_revalidations_total counter',
      'newsroom_edge_purges_total counter',
      'newsroom_db_pool_connections gauge',
      'newsroom_job_runs_total counter',
      'newsroom_job_duration_seconds histogram',
      'process_cpu_seconds_total counter',
    ]) {
      expect(text).toContain(`# TYPE ${family}`);
    }
    expect(text).toMatch(/^newsroom_http_request_duration_seconds_count\{route="article",method="GET",status="200"\} [1-9]/m);
    expect(text).toMatch(/^newsroom_page_cache_answers_total\{route="article",state="stale"\} [1-9]/m);
    expect(text).toMatch(/^newsroom_db_pool_connections\{pool="site",state="total"\} [1-9]/m);
  });
});
