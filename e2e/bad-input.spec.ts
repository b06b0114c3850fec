import http from 'node:http';
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

  test('a well-formed cursor that names no article of the listing is a page that does not exist', async ({ page }) => {
    for (const url of ['/en/category/economy?before=1000000-1', '/en/category/economy/before/1000000-1', '/ru/latest/before/99999999999999999-2147483647']) {
      const response = await page.goto(url);
      expect(response?.status(), url).toBe(404);
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(/Page not found|Страница не найдена/);
    }
  });

  test('the cursor of a real older page shows that page', async ({ page }) => {
    await page.goto('/en/latest');
    const more = page.getByRole('link', { name: 'More news' });
    const href = await more.getAttribute('href');
    expect(href).toMatch(/\/en\/latest(\/before\/|\?before=)\d+-\d+$/);
    const response = await page.goto(href!);
    expect(response?.status()).toBe(200);
    await expect(page.locator('main a[href^="/en/news/"]').first()).toBeVisible();
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

  test('a search cursor JavaScript reads and PostgreSQL cannot hold shows results, never a 500', async ({ page }) => {
    for (const after of ['1e-999_5', '-1e-999_5', '1e-400_1', '1e999_1']) {
      const response = await page.goto(`/en/search?q=baku&after=${after}`);
      expect(response?.status(), after).toBe(200);
      await expect(page.getByRole('heading', { level: 1 })).toContainText('baku');
    }
  });

  test('a form posted to a page from another site is refused at the door, with or without script', async ({ request }) => {
    // A form of this site's pages, without script: the server action's id is in the body, and no Next-Action header.
    const body = '--x\r\nContent-Disposition: form-data; name="$ACTION_ID_0123456789abcdef0123456789abcdef01234567"\r\n\r\n\r\n--x--\r\n';
    for (const origin of ['https://evil.example', 'null']) {
      for (const url of ['/ru', '/admin/sign-in', '/en/latest']) {
        const response = await request.post(url, { headers: { origin, 'content-type': 'multipart/form-data; boundary=x' }, data: body });
        expect(response.status(), `${origin} ${url}`).toBe(403);
        expect(await response.text()).toBe('Forbidden: this form belongs to another site.\n');
      }
    }
  });

  test('a form post larger than any form of the site is refused before it is read', async ({ request }) => {
    const response = await request.post('/admin/media', {
      headers: { 'content-type': 'multipart/form-data; boundary=x' },
      data: Buffer.alloc(12 * 1024 * 1024, 0x61),
    });
    expect(response.status()).toBe(413);
    // A body that does not say how long it is would have to be read to be measured: refused.
    const chunked = await new Promise<number>((resolve, reject) => {
      const post = http.request(new URL('/admin/media', test.info().project.use.baseURL), { method: 'POST', headers: { 'content-type': 'multipart/form-data; boundary=x', 'transfer-encoding': 'chunked' } }, (response) => {
        response.resume();
        resolve(response.statusCode ?? 0);
      });
      post.on('error', reject);
      post.end(Buffer.alloc(64 * 1024, 0x61));
    });
    expect(chunked).toBe(411);
    // Route handlers take a few hundred bytes; none buffers a stranger's megabytes.
    for (const url of ['/api/views/ru/1', '/api/revalidate', '/api/auth/callback/credentials']) {
      expect((await request.post(url, { data: Buffer.alloc(256 * 1024, 0x61) })).status(), url).toBe(413);
    }
  });
});
