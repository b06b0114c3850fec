import { expect, test } from '@playwright/test';
import { JS_BUDGET_KB as BUDGET_KB, measureFirstLoadJs } from '../scripts/bench/first-load-js';

// Measured 155 KB on the seed article (Next 16.4); raise the budget only with a reason written next to the new figure.

test(`an article page loads at most ${BUDGET_KB} KB of gzipped JavaScript`, async ({ baseURL, request }) => {
  const listing = await (await request.get('/ru/category/ekonomika')).text();
  const href = /href="(\/ru\/news\/\d+-[a-z0-9-]+)"/.exec(listing)?.[1];
  expect(href).toBeTruthy();
  const { totalGzipped, scripts } = await measureFirstLoadJs(new URL(href!, baseURL).toString());
  expect(scripts.length).toBeGreaterThan(1);
  expect(totalGzipped / 1024).toBeLessThan(BUDGET_KB);
});
