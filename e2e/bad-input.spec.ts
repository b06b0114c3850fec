import { expect, test } from '@playwright/test';

test.describe('bad input gets an answer a reader understands, never a server error', () => {
  test('a malformed or oversized cursor shows the first page', async ({ request }) => {
    const first = await request.get('/ru/latest');
    const firstTitles = [...(await first.text()).matchAll(/<h3[^>]*>.*?<a[^>]*>(.*?)<\/a>/g)].map((m) => m[1]);
    for (const before of ['garbage', "1' or '1'='1", '-1', '9'.repeat(5_000), '1-99999999999', '%E0%A4%A']) {
      const response = await request.get(`/ru/latest?before=${encodeURIComponent(before)}`);
      expect(response.status(), before.slice(0, 20)).toBe(200);
      const titles = [...(await response.text()).matchAll(/<h3[^>]*>.*?<a[^>]*>(.*?)<\/a>/g)].map((m) => m[1]);
      expect(titles).toEqual(firstTitles);
    }
  });

  test('a cursor past the end shows an honest last page', async ({ page }) => {
    const response = await page.goto('/en/category/economy?before=1000000-1');
    expect(response?.status()).toBe(200);
    await expect(page.getByText('That is all the news.')).toBeVisible();
    await expect(page.getByRole('link', { name: 'Back to the newest' })).toBeVisible();
  });

  test('unknown locales, articles, sections and garbage paths answer the localized 404', async ({ request }) => {
    for (const path of [
      '/xx/news/1',
      '/ru/news/abc',
      '/ru/news/0-zero',
      '/ru/news/99999999999-too-big',
      '/az/tag/no-such-tag',
      '/en/author/nobody',
      '/ru/category/ekonomika/extra/segments',
      '/ru/%D0%BF%D1%80%D0%B8%D0%B2%D0%B5%D1%82',
      '/ru/latest/before/not-a-cursor',
    ]) {
      const response = await request.get(path);
      expect(response.status(), path).toBe(404);
      const html = await response.text();
      expect(html, path).toMatch(/Страница не найдена|Səhifə tapılmadı|Page not found/);
      expect(html, path).not.toMatch(/node_modules|at \S+ \(\//);
    }
  });

  test('a broken percent-encoding is refused with a localized 400, not a crash', async ({ request }) => {
    const response = await request.get('/ru/news/%E0%A4%A');
    expect(response.status()).toBe(400);
    expect(await response.text()).toBe('Неверный адрес страницы.');
    const english = await request.get('/en/category/%ZZ');
    expect(english.status()).toBe(400);
    expect(await english.text()).toBe('The page address is malformed.');
  });

  test('a percent sign, NUL, a control character or a lone surrogate in any path is a 400, never a 500', async ({ request }) => {
    for (const path of [
      '/ru/news/1-%25',
      '/ru/latest/before/%25',
      '/ru/author/%25',
      '/ru/category/%25',
      '/ru/tag/x%00y',
      '/ru/category/%00/rss.xml',
      '/ru/category/x%00/rss.xml',
      '/az/tag/a%0Ab',
      '/az/news/1-%FF/og.png',
      '/az/news/1-%ED%A0%80/og.png',
      '/en/tag/%ED%A0%80',
    ]) {
      const response = await request.get(path);
      expect(response.status(), path).toBe(400);
      expect(await response.text(), path).toMatch(/^(Неверный адрес страницы\.|Səhifənin ünvanı yanlışdır\.|The page address is malformed\.)$/);
    }
  });

  test('a method the site does not answer gets 405 and says what it does answer', async ({ request }) => {
    for (const [method, path, allow] of [
      ['TRACE', '/ru', 'GET, HEAD, POST'],
      ['PROPFIND', '/ru', 'GET, HEAD, POST'],
      ['DELETE', '/en/latest', 'GET, HEAD, POST'],
      ['PUT', '/az', 'GET, HEAD, POST'],
      ['TRACE', '/api/health', 'GET, HEAD, POST, PUT, PATCH, DELETE, OPTIONS'],
    ] as const) {
      const response = await request.fetch(path, { method });
      expect(response.status(), `${method} ${path}`).toBe(405);
      expect(response.headers()['allow'], `${method} ${path}`).toBe(allow);
    }
    // Route handlers answer the standard methods themselves: 405 too for one they do not implement.
    expect((await request.fetch('/api/health', { method: 'PUT' })).status()).toBe(405);
  });
});
