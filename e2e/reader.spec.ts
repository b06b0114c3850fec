import { expect, test, type Page } from '@playwright/test';
import { seedArticle, ui, withoutAzerbaijani } from './fixtures';

const languageSwitcher = (page: Page) => page.getByRole('navigation', { name: /^(Язык|Dil|Language)$/ });

test.describe('a reader', () => {
  test.use({ locale: 'ru-RU', extraHTTPHeaders: { 'Accept-Language': 'ru-RU,ru;q=0.9,en;q=0.5' } });

  test('lands in their language, reads the seed article and stays on it across languages', async ({ page }) => {
    await page.goto('/');
    await expect(page).toHaveURL(/\/ru$/);
    await expect(page.locator('html')).toHaveAttribute('lang', 'ru');

    await page.getByRole('navigation', { name: 'Разделы' }).first().getByRole('link', { name: ui.economy.ru }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(ui.economy.ru);
    await page.getByRole('link', { name: seedArticle.ru }).click();

    await expect(page.getByRole('heading', { level: 1 })).toHaveText(seedArticle.ru);
    const articleUrl = new URL(page.url());
    const id = /^\/ru\/news\/(\d+)-/.exec(articleUrl.pathname)?.[1];
    expect(id).toBeTruthy();
    await expect(page.getByText('22.10.2025 09:20')).toBeVisible();
    await expect(page.getByTestId('signature')).toHaveText('M.Aли');
    await expect(page.getByText('Настоящим испытанием станет реализация')).toBeVisible();
    // The ticker shows the seed's rates with their date.
    await expect(page.getByRole('region', { name: 'Курсы валют' })).toContainText('1,9811');
    // Four decimals at least, as the central bank writes them: the dollar's 1.7 is 1,7000.
    await expect(page.getByRole('region', { name: 'Курсы валют' }).locator('[data-currency="USD"]')).toContainText('1,7000');
    await expect(page.getByRole('region', { name: 'Курсы валют' })).toContainText('22.10.2025');

    for (const [locale, title, date] of [
      ['az', seedArticle.az, '22.10.2025 09:20'],
      ['en', seedArticle.en, '22 Oct 2025, 09:20'],
      ['ru', seedArticle.ru, '22.10.2025 09:20'],
    ] as const) {
      await languageSwitcher(page).getByRole('link', { name: ui.languages[locale] }).click();
      await expect(page).toHaveURL(new RegExp(`/${locale}/news/${id}-[a-z0-9-]+$`));
      await expect(page.locator('html')).toHaveAttribute('lang', locale);
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(title);
      await expect(page.getByText(date)).toBeVisible();
      await expect(page.getByRole('heading', { level: 2, name: ui.related[locale] })).toBeVisible();
    }
  });

  test('follows a related-news link to another article of the same section', async ({ page }) => {
    await page.goto('/ru/category/ekonomika');
    await page.getByRole('link', { name: seedArticle.ru }).click();
    const related = page.getByRole('region', { name: ui.related.ru }).getByRole('listitem');
    await expect(related.first()).toBeVisible();
    expect(await related.count()).toBeGreaterThan(3);
    // Never the article itself.
    await expect(page.getByRole('region', { name: ui.related.ru }).getByRole('link', { name: seedArticle.ru })).toHaveCount(0);

    const link = related.first().getByRole('heading').getByRole('link');
    const title = (await link.textContent())!.trim();
    await link.click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(title);
    expect(title).not.toBe(seedArticle.ru);
  });

  test('pages through "more news" to the end without seeing a story twice', async ({ page }) => {
    await page.goto('/ru/latest');
    const seen: string[] = [];
    for (let pageNumber = 1; pageNumber < 10; pageNumber++) {
      const titles = (await page.getByRole('main').getByRole('heading', { level: 2 }).allTextContents()).map((t) => t.trim());
      expect(titles.length).toBeGreaterThan(0);
      seen.push(...titles);
      const more = page.getByRole('link', { name: ui.moreNews.ru });
      if ((await more.count()) === 0) break;
      await more.click();
      await expect(page).toHaveURL(/\/ru\/latest\?before=\d+-\d+$/);
    }
    expect(new Set(seen).size).toBe(seen.length);
    // Every Russian demo article, across pages: the demo set has more than 30.
    expect(seen.length).toBeGreaterThanOrEqual(30);
  });

  test('goes on from the home page with "more news" to stories home did not show', async ({ page }) => {
    await page.goto('/en');
    // The lead, the four cards under it and the ten newest beside it: the fifteen newest stories, in that order.
    const stories = page.getByRole('main').locator(':is(h2, h3) > a[href*="/news/"]');
    const onHome = (await stories.allTextContents()).slice(0, 15).map((t) => t.trim());
    expect(onHome).toHaveLength(15);
    await page.getByRole('link', { name: ui.moreNews.en }).click();
    await expect(page).toHaveURL(/\/en\/latest\?before=\d+-\d+$/);
    const next = (await page.getByRole('main').getByRole('heading', { level: 2 }).allTextContents()).map((t) => t.trim());
    expect(next.length).toBeGreaterThan(0);
    expect(next.filter((title) => onHome.includes(title))).toEqual([]);
  });

  test('meets a localized 404 page with a 404 status', async ({ page }) => {
    for (const [path, locale] of [
      ['/ru/no-such-page', 'ru'],
      ['/en/news/999999-nothing-here', 'en'],
      ['/az/category/no-such-category', 'az'],
    ] as const) {
      const response = await page.goto(path);
      expect(response?.status()).toBe(404);
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(ui.notFound[locale]);
      await expect(page.locator('html')).toHaveAttribute('lang', locale);
    }
  });

  test('is shown a missing translation as unavailable, not linked', async ({ page }) => {
    await page.goto('/ru/category/ekonomika');
    await page.getByRole('link', { name: withoutAzerbaijani.ru }).click();
    const switcher = languageSwitcher(page);
    await expect(switcher.getByRole('link', { name: ui.languages.en })).toBeVisible();
    await expect(switcher.getByRole('link', { name: ui.languages.az })).toHaveCount(0);
    await expect(switcher.locator('[aria-disabled="true"]')).toHaveText(new RegExp(`^${ui.languages.az}`));
  });
});

test('an old article URL with a wrong slug answers 308 to the canonical one', async ({ request }) => {
  const response = await request.get('/en/category/economy');
  const html = await response.text();
  const href = /href="(\/en\/news\/(\d+)-[a-z0-9-]+)"/.exec(html);
  expect(href).not.toBeNull();
  const redirect = await request.get(`/en/news/${href![2]}-an-outdated-slug`, { maxRedirects: 0 });
  expect(redirect.status()).toBe(308);
  // Next 16 repeats the Location header on the render that first caches a redirect; every copy must be the canonical URL.
  const locations = redirect.headersArray().filter((h) => h.name.toLowerCase() === 'location');
  expect(locations.length).toBeGreaterThan(0);
  for (const { value } of locations) expect(new URL(value, 'http://x').pathname).toBe(href![1]);
});

test('the language choice is remembered for the next visit to /', async ({ browser }) => {
  const context = await browser.newContext({ locale: 'ru-RU' });
  const page = await context.newPage();
  await page.goto('/ru');
  await languageSwitcher(page).getByRole('link', { name: ui.languages.en }).click();
  await expect(page).toHaveURL(/\/en$/);
  await page.goto('/');
  await expect(page).toHaveURL(/\/en$/);
  await context.close();
});

test('the language endpoint only redirects within the site', async ({ request }) => {
  const ok = await request.get('/api/language?to=%2Fen%2Flatest', { maxRedirects: 0 });
  expect(ok.status()).toBe(303);
  expect(ok.headers()['location']).toBe('/en/latest');
  expect(ok.headers()['set-cookie']).toMatch(/NEXT_LOCALE=en/);
  for (const to of ['https://evil.example/', '//evil.example/en', '/de/page', '/en\\evil', '', 'x'.repeat(3000)]) {
    const response = await request.get(`/api/language?to=${encodeURIComponent(to)}`, { maxRedirects: 0 });
    expect(response.status(), to.slice(0, 30)).toBe(400);
    expect(response.headers()['set-cookie']).toBeUndefined();
  }
});

test('a visitor with no preference gets Azerbaijani', async ({ browser }) => {
  const context = await browser.newContext({ locale: 'de-DE' });
  const page = await context.newPage();
  await page.goto('/');
  await expect(page).toHaveURL(/\/az$/);
  await expect(page.locator('html')).toHaveAttribute('lang', 'az');
  await context.close();
});
