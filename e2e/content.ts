import pg from 'pg';
import type { APIRequestContext } from '@playwright/test';
import { expect } from '@playwright/test';

/**
 * The specs change content the way a tool outside the site does: in the site's own database (the fresh embedded one
 * scripts/e2e.ts started), then through the authenticated /api/revalidate, which runs the same lib/cache function
 * the admin calls.
 */
export async function withDatabase<T>(work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: process.env.E2E_DATABASE_URL });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

export async function articleIdByKey(key: string): Promise<number> {
  return withDatabase(async (db) => {
    const { rows } = await db.query<{ id: number }>('select id from articles where key = $1', [key]);
    expect(rows[0], `demo article ${key}`).toBeDefined();
    return rows[0]!.id;
  });
}

export async function revalidate(request: APIRequestContext, body: { article: number } | { everything: true }): Promise<void> {
  const response = await request.post('/api/revalidate', {
    headers: { authorization: `Bearer ${process.env.E2E_REVALIDATE_SECRET}` },
    data: body,
  });
  expect(response.status()).toBe(200);
}

/** Polls `check` until it holds; returns how long that took, in milliseconds. */
export async function timeUntil(check: () => Promise<boolean>, timeoutMs = 10_000): Promise<number> {
  return (await poll(check, timeoutMs)).held;
}

/**
 * How long after a change readers could still be given the old version: the time from now to the moment the first
 * request that shows the new one was sent. A reader asking then gets the change, however long the page then takes
 * to render; on a busy machine that render time is latency, not staleness, and freshness is measured without it.
 */
export async function staleFor(fresh: () => Promise<boolean>, timeoutMs = 10_000): Promise<number> {
  return (await poll(fresh, timeoutMs)).asked;
}

async function poll(check: () => Promise<boolean>, timeoutMs: number): Promise<{ asked: number; held: number }> {
  const started = performance.now();
  while (performance.now() - started < timeoutMs) {
    const asked = performance.now() - started;
    if (await check()) return { asked, held: performance.now() - started };
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
  throw new Error(`the condition did not hold within ${timeoutMs} ms`);
}
