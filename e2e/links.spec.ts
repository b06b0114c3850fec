import { expect, test } from '@playwright/test';
import { LinkChecker, LinkState } from 'linkinator';

/**
 * A real link checker (linkinator) crawls the whole demo site from each home page, following every link, image,
 * stylesheet and script on the site (of pictures, their JPEG variants). Links to other sites (the YouTube channel, the
 * newsroom's social accounts) are not fetched: the test machines have no internet, and the check is about this site's
 * own links.
 */
test('a crawl of the whole site finds no broken link', async ({ baseURL, request }) => {
  test.setTimeout(300_000);
  const origin = new URL(baseURL!).origin;
  const checker = new LinkChecker();
  const result = await checker.check({
    path: ['ru', 'az', 'en'].map((locale) => `${origin}/${locale}`),
    recurse: true,
    // Four at a time with a minute each: under CI's load (two Playwright workers, a busy loop beside them) one fetch
    // at eight at a time was once aborted by the 30 s timeout, which linkinator throws instead of reporting.
    concurrency: 4,
    timeout: 60_000,
    // Of a picture's variants, the JPEGs are fetched (every width): the AVIF and WebP URLs are built by the same
    // function (lib/media/variants.ts), and e2e/pictures.spec.ts fetches those formats. Encoding each of them on
    // first request would make this crawl a benchmark of the AVIF encoder.
    linksToSkip: async (link) => new URL(link, origin).origin !== origin || /^\/media\/\d+\/[0-9a-f]{16}\/\d+\.(avif|webp)$/.test(new URL(link, origin).pathname),
  });
  const checked = result.links.filter((link) => link.state !== LinkState.SKIPPED);
  const broken: string[] = [];
  for (const link of result.links.filter((l) => l.state === LinkState.BROKEN)) {
    // Status 0 is no answer at all: on a loaded machine the crawler can reuse a keep-alive connection just as the
    // server closes it. Such a link is asked once more; any answer the server gave (404, 500…) counts as it is.
    if (link.status === 0 && (await request.get(link.url)).ok()) continue;
    broken.push(`${link.status} ${link.url} (on ${link.parent})`);
  }
  console.log(`link check: ${checked.length} links on the site checked; ${result.links.length - checked.length} left out (other sites, and the AVIF and WebP variants)`);
  expect(broken).toEqual([]);
  expect(checked.length).toBeGreaterThan(300);
});
