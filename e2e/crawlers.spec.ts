import { parseFeed } from '@rowanmanning/feed-parser';
import { expect, test } from '@playwright/test';
import { crawlSitemaps, readHead, schemaErrors } from './crawl';
import { seedArticle } from './fixtures';

test('robots.txt lets crawlers read the site but not the admin or the API, and names the sitemap', async ({ request, baseURL }) => {
  const response = await request.get('/robots.txt');
  expect(response.status()).toBe(200);
  const lines = (await response.text()).split('\n').map((line) => line.trim());
  expect(lines).toContain('Allow: /');
  expect(lines).toContain('Disallow: /admin');
  expect(lines).toContain('Disallow: /api/');
  expect(lines).toContain(`Sitemap: ${baseURL}/sitemap.xml`);
});

test('the IndexNow key file is served at the site root, and no other name is', async ({ request }) => {
  const key = process.env.E2E_INDEXNOW_KEY!;
  const file = await request.get(`/${key}.txt`);
  expect(file.status()).toBe(200);
  expect(await file.text()).toBe(key);
  expect((await request.get('/0123456789abcdef.txt')).status()).toBe(404);
});

test('the sitemap index and every sitemap under it are valid against the sitemaps.org schema', async ({ request }) => {
  const index = await request.get('/sitemap.xml');
  expect(index.headers()['content-type']).toContain('xml');
  expect(await schemaErrors(await index.text(), 'index')).toEqual([]);
  const sitemaps = await crawlSitemaps(request);
  // Pages and articles of each of the three languages.
  expect(sitemaps.map((s) => new URL(s.sitemap).pathname)).toEqual(
    expect.arrayContaining(['ru', 'az', 'en'].flatMap((l) => [`/sitemaps/${l}/pages.xml`, `/sitemaps/${l}/articles-0.xml`])),
  );
  for (const { sitemap, xml, entries } of sitemaps) {
    expect(await schemaErrors(xml, 'urlset'), sitemap).toEqual([]);
    expect(entries.length, sitemap).toBeGreaterThan(0);
    for (const entry of entries) expect(entry.lastmod, entry.loc).toMatch(/^\d{4}-\d\d-\d\dT/);
  }
  const all = sitemaps.flatMap((s) => s.entries.map((e) => e.loc));
  expect(new Set(all).size).toBe(all.length);
  expect(await (await request.get('/sitemaps/en/articles-99.xml')).status()).toBe(404);
  expect(await (await request.get('/sitemaps/xx/pages.xml')).status()).toBe(404);
});

test('every URL in the sitemaps answers 200 with a self-referencing canonical and the same, reciprocal hreflang set', async ({ request }) => {
  test.setTimeout(180_000);
  const entries = (await crawlSitemaps(request)).flatMap((s) => s.entries);
  const heads = new Map<string, ReturnType<typeof readHead>>();
  for (const entry of entries) {
    const response = await request.get(new URL(entry.loc).pathname, { maxRedirects: 0 });
    expect(response.status(), entry.loc).toBe(200);
    heads.set(entry.loc, readHead(await response.text()));
  }
  for (const entry of entries) {
    const head = heads.get(entry.loc)!;
    expect(head.canonical, entry.loc).toBe(entry.loc);
    // The page announces exactly the alternates the sitemap gives for it, x-default included.
    expect(head.alternates, entry.loc).toEqual(entry.alternates);
    expect(Object.values(entry.alternates)).toContain(entry.loc);
    for (const [language, href] of Object.entries(entry.alternates)) {
      if (language === 'x-default') continue;
      // Reciprocity: each alternate lists this page back, under this page's language.
      const other = heads.get(href);
      expect(other, `${href} (alternate of ${entry.loc}) is in a sitemap`).toBeDefined();
      expect(other!.alternates).toEqual(entry.alternates);
    }
  }
});

test('a translation that does not exist is left out of hreflang, in the sitemap and in the page alike', async ({ request }) => {
  const entries = (await crawlSitemaps(request)).flatMap((s) => s.entries);
  const partial = entries.filter((e) => e.loc.includes('/news/') && !('az' in e.alternates));
  expect(partial.length).toBeGreaterThan(0);
  for (const entry of partial) {
    expect(Object.keys(entry.alternates).sort()).not.toContain('az');
    expect(entry.alternates['x-default']).toBe(entry.alternates.en ?? entry.alternates.ru);
  }
});

test('RSS feeds per language and per category parse as RSS 2.0 with the newest 50 stories', async ({ request, baseURL }) => {
  for (const locale of ['ru', 'az', 'en'] as const) {
    const response = await request.get(`/${locale}/rss.xml`);
    expect(response.status()).toBe(200);
    expect(response.headers()['content-type']).toContain('application/rss+xml');
    const xml = await response.text();
    const feed = parseFeed(xml);
    expect(feed.meta.type).toBe('rss');
    expect(feed.language).toMatch(new RegExp(`^${locale}`));
    expect(feed.self).toBe(`${baseURL}/${locale}/rss.xml`);
    expect(feed.items.length).toBeGreaterThan(20);
    expect(feed.items.length).toBeLessThanOrEqual(50);
    const dates = feed.items.map((item) => item.published!.getTime());
    expect(dates).toEqual([...dates].sort((a, b) => b - a));
    for (const item of feed.items) {
      expect(item.title).toBeTruthy();
      expect(item.url).toMatch(new RegExp(`^${baseURL}/${locale}/news/\\d+-`));
      expect(item.id).toBeTruthy();
      expect(item.description).toBeTruthy();
      expect(item.categories[0]?.label).toBeTruthy();
      expect(item.authors[0]?.name).toBeTruthy();
    }
    expect(new Set(feed.items.map((item) => item.id)).size).toBe(feed.items.length);
  }
  expect(parseFeed(await (await request.get('/en/rss.xml')).text()).items.map((i) => i.title)).toContain(seedArticle.en);

  const economy = parseFeed(await (await request.get('/ru/category/ekonomika/rss.xml')).text());
  expect(economy.items.length).toBeGreaterThan(0);
  for (const item of economy.items) expect(item.categories[0]?.label).toBe('Экономика');
  expect((await request.get('/ru/category/no-such-section/rss.xml')).status()).toBe(404);
});

test('an article carries NewsArticle and BreadcrumbList structured data, Open Graph and Twitter cards', async ({ request, page, baseURL }) => {
  await page.goto('/en');
  await page.getByRole('link', { name: seedArticle.en }).first().click();
  await page.waitForURL(/\/en\/news\/\d+-/);
  const url = page.url();
  const head = readHead(await (await request.get(new URL(url).pathname)).text());
  const [article, breadcrumbs] = head.jsonLd.flat() as Record<string, unknown>[];
  expect(article).toMatchObject({
    '@context': 'https://schema.org',
    '@type': 'NewsArticle',
    headline: seedArticle.en,
    inLanguage: 'en',
    mainEntityOfPage: { '@id': url },
    articleSection: 'Economy',
    datePublished: '2025-10-22T05:20:00.000Z',
    publisher: { name: 'Anews', logo: { url: `${baseURL}/logo.png` } },
  });
  for (const field of ['dateModified', 'author', 'image', 'description']) expect(article, field).toHaveProperty(field);
  expect(breadcrumbs).toMatchObject({ '@type': 'BreadcrumbList' });
  expect((breadcrumbs!.itemListElement as { item: string }[]).at(-1)!.item).toBe(url);

  expect(head.meta['og:locale']).toEqual(['en_GB']);
  expect(head.meta['og:locale:alternate']?.sort()).toEqual(['az_AZ', 'ru_RU']);
  expect(head.meta['og:type']).toEqual(['article']);
  expect(head.meta['twitter:card']).toEqual(['summary_large_image']);

  // The share image is the 1200×630 crop of the article's cover…
  const crop = await request.get(new URL(head.meta['og:image']![0]!).pathname);
  expect(crop.status()).toBe(200);
  expect(crop.headers()['content-type']).toBe('image/jpeg');
  expect(head.meta['og:image:width']).toEqual(['1200']);
  expect(head.meta['og:image:height']).toEqual(['630']);
  // …and an article without one is shared with a real 1200×630 PNG card of its headline.
  const card = await request.get(`${new URL(url).pathname}/og.png`);
  expect(card.headers()['content-type']).toBe('image/png');
  const png = await card.body();
  expect(png.subarray(1, 4).toString()).toBe('PNG');
  expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([1200, 630]);
  const logo = await request.get('/logo.png');
  expect(logo.headers()['content-type']).toBe('image/png');
});

test('listing pages and home carry a canonical, hreflang for every language and Open Graph locales', async ({ request, baseURL }) => {
  const head = readHead(await (await request.get('/az/category/iqtisadiyyat')).text());
  expect(head.canonical).toBe(`${baseURL}/az/category/iqtisadiyyat`);
  expect(Object.keys(head.alternates).sort()).toEqual(['az', 'en', 'ru', 'x-default']);
  expect(head.meta['og:locale']).toEqual(['az_AZ']);
  const home = readHead(await (await request.get('/ru')).text());
  expect(home.canonical).toBe(`${baseURL}/ru`);
  expect(home.alternates['x-default']).toBe(`${baseURL}/az`);
});
