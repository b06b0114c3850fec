import { randomUUID } from 'node:crypto';
import { expect, test, type Page } from '@playwright/test';
import { VARNISH_INSTALL_HINT } from '../scripts/edge-server';
import { articleIdByKey, withDatabase } from './content';
import { twoInstancesBehindTheEdge } from './two-instances';
import { DEMO_EDITOR, signInToAdmin } from './users';

/**
 * Live coverage through the production topology: two instances sharing the database and a Redis behind the edge.
 * Readers hold the demo live page open through the edge; an editor posts on instance A's desk, and what reaches
 * each reader without a reload is checked: their language only, in place when edited, nothing after the end.
 */
test.describe.configure({ mode: 'serial' });

const topology = twoInstancesBehindTheEdge('live');
const { instances, edgeUrl } = topology;
let liveId = 0;
let paths: { ru: string; en: string };

test.beforeAll(async () => {
  test.skip(!topology.edge, VARNISH_INSTALL_HINT);
  liveId = await articleIdByKey('live-absheron-storm');
  const slugs = await withDatabase(async (db) => (await db.query<{ locale: string; slug: string }>('select locale, slug from article_translations where article_id = $1', [liveId])).rows);
  const slug = (locale: string) => slugs.find((row) => row.locale === locale)!.slug;
  paths = { ru: `/ru/news/${liveId}-${slug('ru')}`, en: `/en/news/${liveId}-${slug('en')}` };
});

/** The stream of one language on instance A's desk. */
const stream = (desk: Page, language: 'Russian' | 'English') => desk.getByTestId(language === 'Russian' ? 'stream-ru' : 'stream-en');

test('entries reach open pages through the edge without reload, in their language only, and stop when the coverage ends', async ({ browser }) => {
  test.setTimeout(240_000);
  const readers = await browser.newContext();
  const ru = await readers.newPage();
  const en = await readers.newPage();
  await ru.goto(edgeUrl(paths.ru));
  await en.goto(edgeUrl(paths.en));
  // The island is waiting: its long poll is out (and the LIVE mark is on).
  await expect(ru.getByTestId('live-mark').first()).toBeVisible();
  await expect(en.getByTestId('live-mark').first()).toBeVisible();

  const desk = await signInToAdmin(browser, DEMO_EDITOR, instances[0]!.origin);
  await desk.goto(`/admin/live/${liveId}`);

  // A Russian entry, posted on instance A, reaches the Russian reader and not the English one.
  const russian = `Мост на Пираллахи открыт для всех машин ${randomUUID().slice(0, 6)}`;
  await stream(desk, 'Russian').getByLabel(/^Text/).first().fill(russian);
  const posted = Date.now();
  await stream(desk, 'Russian').getByLabel(/^Text/).first().press('Control+Enter');
  await expect(ru.getByText(russian)).toBeVisible({ timeout: 10_000 });
  const russianAfter = Date.now() - posted;
  console.log(`the Russian entry reached the Russian reader ${russianAfter} ms after Ctrl+Enter`);
  await expect(en.getByText(russian)).toHaveCount(0);

  // Its English translation, added later in the English column, reaches the English reader.
  // The same entry's row in the English column, once the desk shows it (a colleague's change comes without reload).
  const russianRow = stream(desk, 'Russian').locator('li[data-entry]', { hasText: russian });
  await expect(russianRow).toHaveCount(1, { timeout: 10_000 });
  const entryId = await russianRow.getAttribute('data-entry');
  const entry = stream(desk, 'English').locator(`li[data-entry="${entryId}"]`);
  await expect(entry).toContainText('Not in this language.');
  await entry.locator('details').evaluate((details) => ((details as HTMLDetailsElement).open = true));
  const english = `Pirallahi bridge reopens to all traffic ${randomUUID().slice(0, 6)}`;
  await entry.getByLabel(/^Text/).fill(english);
  await entry.getByLabel(/^Short title/).fill('Pirallahi bridge reopens');
  await entry.getByRole('button', { name: 'Save' }).click();
  await expect(en.getByText(english)).toBeVisible({ timeout: 10_000 });
  await expect(ru.getByText(english)).toHaveCount(0);

  // Marked a key event, it joins the key events list of the English page.
  // Flags are set once for every language, in the first column the entry is written in.
  await russianRow.getByLabel('Key event', { exact: true }).check();
  await russianRow.getByRole('button', { name: 'Apply' }).click();
  await expect(en.locator('[data-live-key-events]').getByRole('link', { name: 'Pirallahi bridge reopens' })).toBeVisible({ timeout: 10_000 });

  // A reader scrolled down is not pushed about: the new entry waits behind a button, counted in the tab's title too.
  await ru.evaluate(() => window.scrollTo(0, document.body.scrollHeight / 2));
  const later = `Движение по мосту восстановлено полностью ${randomUUID().slice(0, 6)}`;
  await stream(desk, 'Russian').getByLabel(/^Text/).first().fill(later);
  await stream(desk, 'Russian').getByLabel(/^Text/).first().press('Control+Enter');
  const waiting = ru.getByRole('button', { name: '1 новая запись' });
  await expect(waiting).toBeVisible({ timeout: 10_000 });
  await expect(ru).toHaveTitle(/^\(1\) /);
  await expect(ru.getByText(later)).toHaveCount(0);
  await waiting.click();
  await expect(ru.getByText(later)).toBeInViewport();
  await expect(ru).not.toHaveTitle(/^\(1\) /);

  // An edit changes the entry in place: the same element, the new text.
  const shown = en.locator('ol[data-live-entries] > li', { hasText: english });
  const id = await shown.getAttribute('data-entry');
  const englishEntry = stream(desk, 'English').locator(`li[data-entry="${entryId}"]`);
  await englishEntry.locator('details').evaluate((details) => ((details as HTMLDetailsElement).open = true));
  const corrected = `${english} (corrected)`;
  await englishEntry.getByLabel(/^Text/).fill(corrected);
  await englishEntry.getByRole('button', { name: 'Save' }).click();
  await expect(en.locator(`ol[data-live-entries] > li[data-entry="${id}"]`)).toContainText('(corrected)', { timeout: 10_000 });
  await expect(en.locator('ol[data-live-entries] > li', { hasText: english })).toHaveCount(1);

  // Ending the coverage: the pages say so, and stop asking.
  await desk.getByRole('button', { name: 'End the coverage' }).click();
  await expect(en.getByText('Coverage has ended')).toBeVisible({ timeout: 10_000 });
  let asked = 0;
  en.on('request', (request) => {
    if (new URL(request.url()).pathname.startsWith('/live/')) asked += 1;
  });
  await en.waitForTimeout(3_000);
  expect(asked).toBe(0);
  // Resumed, for the specs after this one: the desk says so once its page has refreshed, seconds on a busy machine.
  await desk.getByRole('button', { name: 'Resume the coverage' }).click();
  await expect(desk.getByTestId('coverage-state')).toHaveText('live', { timeout: 15_000 });
  await readers.close();
});

test('the page without JavaScript shows every entry, over its pages, with a LiveBlogPosting', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  const response = await page.goto(edgeUrl(paths.en));
  expect(response?.status()).toBe(200);
  const ids = new Set<string>();
  for (let guard = 0; guard < 10; guard++) {
    for (const id of await page.locator('ol[data-live-entries] > li').evaluateAll((items) => items.map((item) => item.getAttribute('data-entry')!))) ids.add(id);
    const older = page.getByRole('link', { name: 'Older entries' });
    if ((await older.count()) === 0) break;
    await older.click();
  }
  const count = await withDatabase(async (db) =>
    Number(
      (
        await db.query<{ n: string }>(
          `select count(*) as n from live_entries e join live_entry_translations t on t.entry_id = e.id and t.locale = 'en'
           where e.article_id = $1 and e.deleted_at is null and t.status = 'published'`,
          [liveId],
        )
      ).rows[0]!.n,
    ),
  );
  expect(ids.size).toBe(count);
  await page.goto(edgeUrl(paths.en));
  const scripts = await page.locator('script[type="application/ld+json"]').allTextContents();
  const data = scripts.flatMap((text) => JSON.parse(text) as Record<string, unknown> | Record<string, unknown>[]) as Record<string, unknown>[];
  const live = data.find((item) => item['@type'] === 'LiveBlogPosting')!;
  expect(live).toMatchObject({ '@context': 'https://schema.org', inLanguage: 'en', coverageStartTime: expect.any(String) });
  const updates = live.liveBlogUpdate as { '@id': string }[];
  expect(updates.length).toBeGreaterThan(0);
  for (const update of updates) expect(update['@id']).toMatch(/#entry-\d+$/);
  await context.close();
});
