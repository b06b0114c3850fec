import { gzipSync } from 'node:zlib';
import { expect, test } from '@playwright/test';
import { JS_BUDGET_KB as BUDGET_KB, measureFirstLoadJs } from '../scripts/bench/first-load-js';
import { articleIdByKey, withDatabase } from './content';

// Measured 147.8 KB on the seed article (Next 16.4, plain anchors and no client provider on reader pages); raise the
// budget only with a reason written next to the new figure.

async function seedArticle(request: import('@playwright/test').APIRequestContext): Promise<string> {
  const listing = await (await request.get('/ru/category/ekonomika')).text();
  const href = /href="(\/ru\/news\/\d+-[a-z0-9-]+)"/.exec(listing)?.[1];
  expect(href).toBeTruthy();
  return href!;
}

test(`an article page loads at most ${BUDGET_KB} KB of gzipped JavaScript`, async ({ baseURL, request }) => {
  const { totalGzipped, scripts } = await measureFirstLoadJs(new URL(await seedArticle(request), baseURL).toString());
  console.log(`first-load JavaScript of the seed article: ${(totalGzipped / 1024).toFixed(1)} KB gzipped in ${scripts.length} scripts`);
  expect(scripts.length).toBeGreaterThan(1);
  expect(totalGzipped / 1024).toBeLessThan(BUDGET_KB);
});

// The live page's first load adds its island (components/live/LiveUpdates.tsx); the updater's own chunk follows once
// the page is hydrated, and is not counted here.
const LIVE_ISLAND_KB = 4;

test(`a live page's first load stays within ${LIVE_ISLAND_KB} KB of an article's budget`, async ({ baseURL }) => {
  const id = await articleIdByKey('live-absheron-storm');
  const slug = await withDatabase(async (db) => (await db.query<{ slug: string }>("select slug from article_translations where article_id = $1 and locale = 'ru'", [id])).rows[0]!.slug);
  const { totalGzipped } = await measureFirstLoadJs(new URL(`/ru/news/${id}-${slug}`, baseURL).toString());
  console.log(`first-load JavaScript of the live page: ${(totalGzipped / 1024).toFixed(1)} KB gzipped`);
  expect(totalGzipped / 1024).toBeLessThan(BUDGET_KB + LIVE_ISLAND_KB);
});

/*
 * The HTML a reader downloads, in KB raw and gzipped (level 6, as the edge sends it). Measured on 2026-12-07 with the
 * demo content: home 215 / 31, the article 163 / 25. The aim is 130 / 20 and 90 / 14 (benchmarks/BENCHMARKS.md).
 */
const HTML_BUDGET = { home: { raw: 225, gzip: 34 }, article: { raw: 172, gzip: 28 } } as const;

test('the home page and an article stay within their HTML budget', async ({ request }) => {
  for (const [page, path] of [
    ['home', '/ru'],
    ['article', await seedArticle(request)],
  ] as const) {
    const html = await (await request.get(path)).body();
    const sizes = { raw: html.length / 1024, gzip: gzipSync(html, { level: 6 }).length / 1024 };
    console.log(`${page} HTML: ${sizes.raw.toFixed(1)} KB raw, ${sizes.gzip.toFixed(1)} KB gzipped`);
    expect(sizes.raw, `${page} raw KB`).toBeLessThan(HTML_BUDGET[page].raw);
    expect(sizes.gzip, `${page} gzipped KB`).toBeLessThan(HTML_BUDGET[page].gzip);
  }
});
