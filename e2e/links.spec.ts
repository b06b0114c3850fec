import { expect, test } from '@playwright/test';
import { LinkChecker, LinkState } from 'linkinator';

/**
 * A real link checker (linkinator) crawls the whole demo site from each home page, following every link, image,
 * stylesheet and script on the site. Links to other sites (the YouTube channel) are listed but not fetched: the test
 * machines have no internet, and the check is about this site's own links.
 */
test('a crawl of the whole site finds no broken link', async ({ baseURL }) => {
  test.setTimeout(300_000);
  const origin = new URL(baseURL!).origin;
  const checker = new LinkChecker();
  const result = await checker.check({
    path: ['ru', 'az', 'en'].map((locale) => `${origin}/${locale}`),
    recurse: true,
    concurrency: 8,
    timeout: 30_000,
    linksToSkip: async (link) => new URL(link, origin).origin !== origin,
  });
  const checked = result.links.filter((link) => link.state !== LinkState.SKIPPED);
  const broken = result.links.filter((link) => link.state === LinkState.BROKEN).map((link) => `${link.status} ${link.url} (on ${link.parent})`);
  console.log(`link check: ${checked.length} links on the site checked, ${result.links.length - checked.length} external ones listed`);
  expect(broken).toEqual([]);
  expect(checked.length).toBeGreaterThan(300);
});
