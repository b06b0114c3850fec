import { readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { articleIdByKey, revalidate, timeUntil, withDatabase } from './content';
import { readHead, sitemapEntries } from './crawl';

/**
 * Runs after every other spec (its own Playwright project): it stops the site's database. Pages the site has
 * rendered must keep their last good version when they are regenerated during the outage, never an error or a 404.
 */
test('while the database is down, regenerated pages keep their last good version', async ({ request }) => {
  const id = await articleIdByKey('baku-formula-1-weekend-visitor-figures');
  const slug = (await withDatabase((db) => db.query<{ slug: string }>("select slug from article_translations where article_id = $1 and locale = 'en'", [id]))).rows[0]!.slug;
  const article = `/en/news/${id}-${slug}`;
  // A change makes the site render these pages itself (lib/cache/warm.ts), as it does after every edit.
  await revalidate(request, { article: id });
  const pages = [article, '/en/category/sport', '/sitemaps/en/articles-0.xml', '/en/rss.xml'];
  await timeUntil(async () => (await Promise.all(pages.map(async (p) => (await request.get(p)).headers()['x-nextjs-cache']))).every((c) => c === 'HIT'));
  const before = await Promise.all(pages.map(async (p) => (await request.get(p)).text()));

  const pid = Number(readFileSync(path.join(process.env.E2E_PG_DATA_DIR!, 'postmaster.pid'), 'utf8').split('\n')[0]);
  process.kill(pid, 'SIGINT');
  await timeUntil(async () => withDatabase(async () => false).catch(() => true), 15_000);

  // Every cached page is now stale, so each request below regenerates its page against the dead database.
  await revalidate(request, { everything: true });
  for (const [index, page] of pages.entries()) {
    const response = await request.get(page);
    expect(response.status(), page).toBe(200);
    const body = await response.text();
    if (page === article) expect(readHead(body).title).toBe(readHead(before[index]!).title);
    else if (page.endsWith('.xml') && page.includes('sitemaps')) expect(sitemapEntries(body)).toEqual(sitemapEntries(before[index]!));
    else expect(body.length).toBeGreaterThan(before[index]!.length * 0.9);
  }
  // What is regenerated during the outage is cached like any page, and stays served.
  const again = await request.get(article);
  expect(again.status()).toBe(200);
  expect(readHead(await again.text()).title).toBe(readHead(before[0]!).title);
});
