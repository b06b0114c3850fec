import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { expect, test } from '@playwright/test';

test('an article page is served from the cache on its second request', async ({ request }) => {
  // The oldest articles are not prerendered at build: the first request renders and caches, the second is a hit.
  const listing = await request.get('/en/category/culture');
  const oldest = [...(await listing.text()).matchAll(/href="(\/en\/news\/\d+-[a-z0-9-]+)"/g)].map((m) => m[1]!).at(-1);
  expect(oldest).toBeTruthy();

  const first = await request.get(oldest!);
  expect(first.status()).toBe(200);
  const second = await request.get(oldest!);
  expect(second.status()).toBe(200);
  expect(second.headers()['x-nextjs-cache']).toBe('HIT');
  expect(second.headers()['cache-control']).toMatch(/s-maxage=\d+/);
  expect(await second.text()).toBe(await first.text());
});

test('reader pages set no cookie and are publicly cacheable, whatever the reader sends', async ({ request }) => {
  const variants: Record<string, string>[] = [{}, { 'Accept-Language': 'ru' }, { 'Accept-Language': 'az', Cookie: 'NEXT_LOCALE=ru' }];
  for (const headers of variants) {
    for (const path of ['/en/latest', '/ru/category/ekonomika', '/az']) {
      const response = await request.get(path, { headers });
      expect(response.status()).toBe(200);
      expect(response.headers()['set-cookie'], path).toBeUndefined();
      expect(response.headers()['cache-control'], path).toMatch(/s-maxage=\d+/);
      expect(response.headers()['cache-control'], path).not.toMatch(/private|no-store/);
    }
  }
});

test('2,000 URLs that name nothing, of every listing kind, store nothing, and real pages stay cached', async ({ request }) => {
  test.setTimeout(300_000);
  const routeCache = path.resolve('.next', 'server', 'route-cache');
  const bytesBefore = bytesUnder(routeCache);
  // A mark no real page has, so that what this test requested can be told from what the other specs render meanwhile.
  const mark = `${Date.now()}`.slice(-7);
  const listings = ['/ru/latest', '/az/category/iqtisadiyyat', '/ru/category/ekonomika', '/en/tag/oil', '/az/author/m-ali'];
  const article = await request.get('/ru/latest').then(async (response) => /href="\/ru\/news\/(\d+)-/.exec(await response.text())![1]!);
  const junk: string[] = [];
  for (let i = 0; junk.length < 2_000; i++) {
    const listing = listings[i % listings.length]!;
    // Well-formed cursors that name no article (the page linked from nowhere), by path and by query.
    junk.push(`${listing}/before/1${mark}${String(i).padStart(9, '0')}-${i + 1}`);
    junk.push(`${listing}?before=2${mark}${String(i).padStart(9, '0')}-${i + 1}`);
    // Tags, authors and sections that do not exist.
    junk.push(`/az/tag/junk${mark}-${i}`, `/ru/author/junk${mark}-${i}`, `/en/category/junk${mark}-${i}`);
    // A real article under a slug it never had: a redirect, not a page.
    junk.push(`/ru/news/${article}-junk${mark}-${i}`);
  }
  const statuses = new Map<number, number>();
  for (let i = 0; i < junk.length; i += 8) {
    await Promise.all(junk.slice(i, i + 8).map(async (url) => {
      const response = await request.get(url, { maxRedirects: 0 });
      statuses.set(response.status(), (statuses.get(response.status()) ?? 0) + 1);
      if (response.status() === 404) expect(await response.text(), url).toMatch(/Страница не найдена|Səhifə tapılmadı|Page not found/);
    }));
  }
  expect([...statuses.keys()].sort()).toEqual([308, 404]);
  const stored = filesUnder(routeCache).filter((file) => file.includes(`junk${mark}`) || file.includes(`/before/1${mark}`) || file.includes(`/before/2${mark}`));
  expect(stored).toEqual([]);
  // What the cache grew by meanwhile is the real pages the other specs read (each first visit of a prerendered page
  // copies it there); stored, these 2,000 answers were about 400 MB.
  console.log(`the route cache grew by ${((bytesUnder(routeCache) - bytesBefore) / 1024 / 1024).toFixed(1)} MB while ${junk.length} junk URLs were answered`);
  expect(bytesUnder(routeCache)).toBeLessThan(512 * 1024 * 1024);
  // Still cached, not evicted by the junk: a HIT once any regeneration its age or a change asked for is done (a listing
  // older than its 300 s answers STALE first, and again until the new render is stored).
  for (const url of listings) {
    await expect.poll(async () => (await request.get(url)).headers()['x-nextjs-cache'], { message: url, timeout: 30_000, intervals: [250, 500, 1_000] }).toBe('HIT');
  }
});

function filesUnder(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true, recursive: true }).filter((entry) => entry.isFile()).map((entry) => path.join(entry.parentPath, entry.name));
}

function bytesUnder(dir: string): number {
  return filesUnder(dir).reduce((bytes, file) => bytes + statSync(file).size, 0);
}
