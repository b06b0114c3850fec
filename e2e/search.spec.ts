import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { seedArticle } from './fixtures';

const searchLabel = { ru: 'Поиск по сайту', az: 'Saytda axtarış', en: 'Search the site' } as const;

/** Types into the header's search field, as a reader does, and submits it with Enter. */
async function searchFromHeader(page: Page, locale: keyof typeof searchLabel, typed: string) {
  await page.goto(`/${locale}`);
  const field = page.getByRole('banner').getByRole('searchbox', { name: searchLabel[locale] });
  await field.fill(typed);
  await field.press('Enter');
  await expect(page).toHaveURL(new RegExp(`/${locale}/search\\?q=`));
}

test.describe('search from the header', () => {
  for (const [locale, typed, highlighted] of [
    ['ru', 'визита Алиева', /^Алиева$/],
    ['az', 'Eliyevin seferi', /^səfəri$/],
    ['en', 'aliyev kazakh', /^Kazakh/],
  ] as const) {
    test(`finds the seed article in ${locale} by "${typed}"`, async ({ page }) => {
      await searchFromHeader(page, locale, typed);
      const main = page.getByRole('main');
      await expect(main.getByRole('heading', { level: 1 })).toContainText(typed);
      const hit = main.getByRole('listitem').filter({ has: page.getByRole('link', { name: seedArticle[locale] }) });
      await expect(hit).toHaveCount(1);
      await expect(hit.locator('mark').filter({ hasText: highlighted }).first()).toBeVisible();
      await expect(hit.locator('time')).toHaveText(/^\d{1,2}[. ]/);
      // The search page's own form keeps the query for a new try.
      await expect(main.getByRole('searchbox', { name: searchLabel[locale] })).toHaveValue(typed);
    });
  }

  test.describe('without JavaScript', () => {
    test.use({ javaScriptEnabled: false });

    test('the header form still searches, in Azerbaijani typed on a plain keyboard', async ({ page }) => {
      await searchFromHeader(page, 'az', 'Qazaxistana sefer');
      await expect(page.getByRole('main').getByRole('link', { name: seedArticle.az })).toBeVisible();
    });
  });
});

test('search results are private, uncached and not for indexing; reader pages stay cacheable', async ({ request }) => {
  const response = await request.get('/en/search?q=Baku');
  expect(response.status()).toBe(200);
  expect(response.headers()['cache-control']).toMatch(/private/);
  expect(response.headers()['cache-control']).toMatch(/no-store/);
  expect(response.headers()['set-cookie']).toBeUndefined();
  expect(await response.text()).toMatch(/<meta name="robots" content="noindex, follow"\/>/);
  const home = await request.get('/en');
  expect(home.headers()['cache-control']).toMatch(/s-maxage=\d+/);
});

test('switching language on a result page searches the same words in the other language', async ({ page }) => {
  await page.goto('/en/search?q=aliyev%20kazakh');
  await page.getByRole('banner').getByRole('navigation', { name: 'Language' }).getByRole('link', { name: /Русский/ }).click();
  await expect(page).toHaveURL(/\/ru\/search\?q=aliyev\+kazakh$/);
  await expect(page.getByRole('main').getByRole('searchbox', { name: searchLabel.ru })).toHaveValue('aliyev kazakh');
});

test('a search with no match says so', async ({ page }) => {
  const response = await page.goto('/en/search?q=qwzxv%20plmkj');
  expect(response?.status()).toBe(200);
  await expect(page.getByText('Nothing found for “qwzxv plmkj”. Try other or fewer words.')).toBeVisible();
  await expect(page.getByRole('main').getByRole('listitem')).toHaveCount(0);
});

test('oversized, operator-only and hostile queries get a message, never a server error', async ({ request }) => {
  const cases: [string, RegExp][] = [
    ['a'.repeat(10_000), /The query is too long: at most 200 characters, please\./],
    ['&|!:*()', /The query has no words to search for\./],
    ["'; drop table x; --", /Nothing found for|result/],
    ['"Baku" & !(Astana) 🙂', /result/],
  ];
  for (const [q, message] of cases) {
    const response = await request.get(`/en/search?q=${encodeURIComponent(q)}&after=${encodeURIComponent("1'--")}`);
    expect([200, 400], q.slice(0, 20)).toContain(response.status());
    const html = await response.text();
    expect(html, q.slice(0, 20)).toMatch(message);
    expect(html).not.toMatch(/node_modules|at \S+ \(\//);
  }
});

test('result and nothing-found pages pass axe (WCAG 2.1 AA)', async ({ page }) => {
  for (const path of ['/az/search?q=seferi', '/ru/search?q=qwzxv', '/en/search']) {
    await page.goto(path);
    const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
    expect(results.violations.map((v) => `${path} ${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
    await expect(page.getByRole('heading', { level: 1 })).toHaveCount(1);
  }
});
