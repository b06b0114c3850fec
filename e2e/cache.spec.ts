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
