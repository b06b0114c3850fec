import { expect, test, type Browser, type Response } from '@playwright/test';
import { VARNISH_INSTALL_HINT } from '../scripts/edge-server';
import { twoInstancesBehindTheEdge } from './two-instances';
import { withDatabase } from './content';
import { DEMO_EDITOR, signInToAdmin } from './users';

/**
 * The "now" board through the production topology: readers reach two instances sharing one Redis through the edge
 * (Varnish), whose beacons pass it uncached, and the board, served by either instance, shows them per language.
 */
test.describe.configure({ mode: 'serial' });

const topology = twoInstancesBehindTheEdge('now');

/** A story published in Russian and English that no other spec of this project reads. */
async function storyInRussianAndEnglish(): Promise<{ id: number; ru: string; en: string }> {
  return withDatabase(async (db) => {
    const { rows } = await db.query<{ id: number; ru: string; en: string }>(
      `select ru.article_id as id, ru.slug as ru, en.slug as en
       from article_translations ru join article_translations en on en.article_id = ru.article_id and en.locale = 'en' and en.status = 'published'
       where ru.locale = 'ru' and ru.status = 'published' order by ru.article_id desc limit 1 offset 3`,
    );
    return rows[0]!;
  });
}

/** Opens `path` through the edge as a reader of its own (its own user agent), recording every Set-Cookie it is sent. */
async function read(browser: Browser, origin: string, path: string, userAgent: string, cookies: string[]) {
  const context = await browser.newContext({ baseURL: origin, userAgent });
  const page = await context.newPage();
  page.on('response', async (response: Response) => {
    const setCookie = await response.headerValue('set-cookie');
    if (setCookie) cookies.push(`${response.url()}: ${setCookie}`);
  });
  const beacon = page.waitForResponse((response) => response.url().includes('/api/now?') && response.request().method() === 'POST');
  const document = await page.goto(path);
  expect(document?.status()).toBe(200);
  expect((await beacon).status()).toBe(204);
  return context;
}

test('three readers through the edge show on the board within 10 s as 2 in Russian and 1 in English; a crawler does not, and no reader gets a cookie', async ({ browser, playwright }) => {
  test.skip(!topology.edge, VARNISH_INSTALL_HINT);
  test.setTimeout(90_000);
  const origin = topology.edgeUrl();
  const story = await storyInRussianAndEnglish();
  const ru = `/ru/news/${story.id}-${story.ru}`;
  const en = `/en/news/${story.id}-${story.en}`;
  const cookies: string[] = [];

  const readers = [
    await read(browser, origin, ru, 'Mozilla/5.0 (X11; Linux x86_64) now-reader-1', cookies),
    await read(browser, origin, ru, 'Mozilla/5.0 (X11; Linux x86_64) now-reader-2', cookies),
    await read(browser, origin, en, 'Mozilla/5.0 (X11; Linux x86_64) now-reader-3', cookies),
    await read(browser, origin, ru, 'Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)', cookies),
  ];
  expect(cookies).toEqual([]);
  // The beacon passes the edge uncached; the first reader's second ping is still one reader.
  const stranger = await playwright.request.newContext({ baseURL: origin });
  const beacon = await stranger.post(`/api/now?p=${encodeURIComponent(ru)}&r=&e=15`, { headers: { 'user-agent': 'Mozilla/5.0 (X11; Linux x86_64) now-reader-1' } });
  expect(beacon.status()).toBe(204);
  expect(beacon.headers()['cache-control']).toBe('no-store, private');
  expect(beacon.headers()['set-cookie']).toBeUndefined();
  // The instances' front door answers the beacon itself, before Next (lib/now/beacon-door.mjs). What Next answers on the
  // same path, its 405 to a GET, carries the site's security headers (next.config.ts); the beacon's 204 does not.
  expect(beacon.headers()['x-content-type-options']).toBeUndefined();
  const nextsAnswer = await stranger.get('/api/now');
  expect(nextsAnswer.status()).toBe(405);
  expect(nextsAnswer.headers()['x-content-type-options']).toBe('nosniff');
  // The board's data is for staff only, and never cached.
  const signedOut = await stranger.get('/api/admin/now');
  expect(signedOut.status()).toBe(401);

  const editor = await signInToAdmin(browser, DEMO_EDITOR, origin);
  const started = Date.now();
  await expect
    .poll(
      async () => {
        const response = await editor.request.get('/api/admin/now');
        expect(response.headers()['cache-control']).toContain('no-store');
        const board = (await response.json()) as { top: { id: number | null; readers: Record<string, number> }[] };
        return board.top.find((entry) => entry.id === story.id)?.readers;
      },
      { timeout: 10_000, intervals: [500] },
    )
    .toEqual({ ru: 2, az: 0, en: 1 });
  expect(Date.now() - started).toBeLessThan(10_000);

  await editor.goto('/admin/now');
  await expect(editor.getByRole('heading', { level: 1, name: 'Now' })).toBeVisible();
  const row = editor.locator(`[data-page="article:${story.id}"]`);
  await expect(row.getByTestId('readers-ru')).toContainText('2');
  await expect(row.getByTestId('readers-en')).toContainText('1');
  await expect(row.getByTestId('readers-az')).toContainText('0');
  await expect(editor.getByTestId('now-locale-en')).toContainText('1');
  // A fourth reader arrives: the board shows them within its 5 s refresh, without a reload.
  readers.push(await read(browser, origin, ru, 'Mozilla/5.0 (X11; Linux x86_64) now-reader-4', cookies));
  await expect(row.getByTestId('readers-ru')).toContainText('3', { timeout: 10_000 });
  await expect(editor.getByText(/Updated at \d\d:\d\d:\d\d/)).toBeVisible();
  expect(cookies).toEqual([]);

  // The story's own page.
  await row.getByRole('link').click();
  await expect(editor.getByRole('heading', { level: 1 })).toContainText('Readers of');
  await expect(editor.getByTestId('story-readers-ru')).toContainText('3');
  await expect(editor.getByTestId('story-readers-en')).toContainText('1');
  for (const context of readers) await context.close();
  await stranger.dispose();
});
