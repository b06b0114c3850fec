import { parseFeed } from '@rowanmanning/feed-parser';
import { expect, test } from '@playwright/test';
import { articleIdByKey, revalidate, timeUntil, withDatabase } from '../content';
import { readHead, schemaErrors, sitemapEntries, sitemapLocs } from '../crawl';

// Demo articles no other spec reads, so changing them cannot disturb specs running alongside.
const CORRECTED = 'baku-half-marathon-12000-runners';
const WITHDRAWN = 'sabirabad-saatly-drone-ai-crop-monitoring-pilot';

test('a corrected headline reaches the article, its section, the sitemap and the feed within a second', async ({ request }) => {
  const id = await articleIdByKey(CORRECTED);
  const original = await withDatabase(async (db) => (await db.query<{ title: string; slug: string }>(
    "select title, slug from article_translations where article_id = $1 and locale = 'en'", [id])).rows[0]!);
  const title = 'Baku Half Marathon draws a record field of 12,000 runners';
  const slug = 'baku-half-marathon-draws-a-record-field-of-12-000-runners';
  const page = `/en/news/${id}-${slug}`;
  // Everything a crawler reads is in the cache before the change. Admin specs running alongside publish other stories,
  // which regenerates the sitemap and the feed, so each is asked until a request hits the cache.
  for (const path of [`/en/news/${id}-${original.slug}`, '/en/category/sport', '/sitemaps/en/articles-0.xml', '/en/rss.xml']) {
    await timeUntil(async () => (await request.get(path)).headers()['x-nextjs-cache'] === 'HIT')
      .catch(() => { throw new Error(`${path} was never served from the cache`); });
  }

  const setHeadline = (t: string, s: string) =>
    withDatabase((db) => db.query("update article_translations set title = $1, slug = $2, updated_at = now() where article_id = $3 and locale = 'en'", [t, s, id]));
  const started = performance.now();
  await setHeadline(title, slug);
  await revalidate(request, { article: id });
  try {
    const checks: Record<string, () => Promise<boolean>> = {
      article: async () => readHead(await (await request.get(page)).text()).title?.startsWith(title) ?? false,
      category: async () => (await (await request.get('/en/category/sport')).text()).includes(title),
      sitemap: async () => sitemapEntries(await (await request.get('/sitemaps/en/articles-0.xml')).text()).some((e) => e.loc.endsWith(page)),
      feed: async () => parseFeed(await (await request.get('/en/rss.xml')).text()).items.some((item) => item.title === title),
    };
    const waited = await timeUntil(async () => (await Promise.all(Object.values(checks).map((check) => check()))).every(Boolean));
    const total = performance.now() - started;
    console.log(`publish-to-crawler freshness: ${total.toFixed(0)} ms from the database change (${waited.toFixed(0)} ms after revalidation)`);
    // The target is a second (measured: about 0.6 s); the bound only catches a change that waits for a time-based
    // revalidation, and leaves room for a loaded two-core machine.
    expect(total).toBeLessThan(5_000);

    // Search engines were told, in the background (the admin's saves name the old address too; this outside change
    // reached the site after it happened, so only the new one is known).
    await timeUntil(async () => {
      const received = (await (await request.get(`${process.env.E2E_INDEXNOW_RECEIVER}/received`)).json()) as { urlList: string[]; key: string }[];
      return received.some((s) => s.key === process.env.E2E_INDEXNOW_KEY && s.urlList.some((u) => u.endsWith(page)));
    });

    // The new state is served from the cache (other specs may be revalidating pages at this moment, so the section is
    // asked until a request hits the cache), and the old address leads to the new one.
    await timeUntil(async () => {
      const section = await request.get('/en/category/sport');
      return section.headers()['x-nextjs-cache'] === 'HIT' && (await section.text()).includes(title);
    });
    const old = await request.get(`/en/news/${id}-${original.slug}`, { maxRedirects: 0 });
    expect(old.status()).toBe(308);
    // Next repeats Location on the render that first caches a redirect; every copy must name the new address.
    const locations = old.headersArray().filter((h) => h.name.toLowerCase() === 'location');
    expect(locations.map((h) => h.value)).toEqual(locations.map(() => page));
  } finally {
    await setHeadline(original.title, original.slug);
    await revalidate(request, { article: id });
  }
});

test('a withdrawn translation answers 410 and leaves the sitemap and the other languages’ hreflang', async ({ request }) => {
  const id = await articleIdByKey(WITHDRAWN);
  const { slug } = await withDatabase(async (db) => (await db.query<{ slug: string }>(
    "select slug from article_translations where article_id = $1 and locale = 'ru'", [id])).rows[0]!);
  const ruPage = `/ru/news/${id}-${slug}`;
  const enPage = (await withDatabase((db) => db.query<{ slug: string }>("select slug from article_translations where article_id = $1 and locale = 'en'", [id]))).rows[0]!.slug;
  const setStatus = (status: string) =>
    withDatabase((db) => db.query("update article_translations set status = $1 where article_id = $2 and locale = 'ru'", [status, id]));

  expect((await request.get(ruPage)).status()).toBe(200);
  await setStatus('unpublished');
  await revalidate(request, { article: id });
  try {
    await timeUntil(async () => (await request.get(ruPage)).status() === 410);
    const gone = await request.get(ruPage);
    expect(await gone.text()).toContain('Материал снят с публикации');
    const en = readHead(await (await request.get(`/en/news/${id}-${enPage}`)).text());
    expect(Object.keys(en.alternates).sort()).toEqual(['az', 'en', 'x-default']);
    const ruSitemap = sitemapEntries(await (await request.get('/sitemaps/ru/articles-0.xml')).text());
    expect(ruSitemap.some((entry) => entry.loc.endsWith(ruPage))).toBe(false);
    // An article that never existed stays a 404.
    expect((await request.get('/ru/news/999999-nikogda')).status()).toBe(404);
  } finally {
    await setStatus('published');
    await revalidate(request, { article: id });
  }
  await timeUntil(async () => (await request.get(ruPage)).status() === 200);
});

test('a story published in the last 48 hours is in the Google News sitemap of its language', async ({ request }) => {
  const id = await articleIdByKey('ganja-sumgayit-mingachevir-5g-launch');
  const original = (await withDatabase((db) => db.query<{ published_at: Date; title: string }>(
    "select published_at, title from article_translations where article_id = $1 and locale = 'en'", [id]))).rows[0]!;
  const setPublished = (at: Date | string) =>
    withDatabase((db) => db.query("update article_translations set published_at = $1 where article_id = $2 and locale = 'en'", [at, id]));
  const recently = new Date(Date.now() - 3_600_000);
  await setPublished(recently);
  await revalidate(request, { article: id });
  try {
    let xml = '';
    await timeUntil(async () => {
      const response = await request.get('/sitemaps/en/news.xml');
      xml = await response.text();
      return response.status() === 200 && sitemapEntries(xml).some((e) => new URL(e.loc).pathname.startsWith(`/en/news/${id}-`));
    });
    expect(await schemaErrors(xml, 'urlset')).toEqual([]);
    // Stories published by other specs meanwhile may be listed too.
    const entry = sitemapEntries(xml).find((e) => new URL(e.loc).pathname.startsWith(`/en/news/${id}-`));
    expect(entry!.news).toEqual({ title: original.title, language: 'en', date: recently.toISOString() });
    const index = sitemapLocs(await (await request.get('/sitemap.xml')).text()).map((loc) => new URL(loc).pathname);
    expect(index).toContain('/sitemaps/en/news.xml');
  } finally {
    await setPublished(original.published_at);
    await revalidate(request, { article: id });
  }
});
