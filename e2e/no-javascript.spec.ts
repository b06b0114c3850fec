import { expect, test } from '@playwright/test';
import { seedArticle, ui } from './fixtures';

test.use({ javaScriptEnabled: false });

test('reading, switching language and "more news" all work without JavaScript', async ({ page }) => {
  await page.goto('/az/latest');
  const firstPage = await page.getByRole('main').getByRole('heading', { level: 2 }).allTextContents();
  await page.getByRole('link', { name: ui.moreNews.az }).click();
  await expect(page).toHaveURL(/\/az\/latest\?before=/);
  const secondPage = await page.getByRole('main').getByRole('heading', { level: 2 }).allTextContents();
  expect(secondPage.length).toBeGreaterThan(0);
  expect(secondPage.filter((title) => firstPage.includes(title))).toEqual([]);

  await page.goto('/az/category/iqtisadiyyat');
  await page.getByRole('link', { name: seedArticle.az }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(seedArticle.az);
  await page.getByRole('navigation', { name: 'Dil' }).getByRole('link', { name: ui.languages.ru }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(seedArticle.ru);
});

test('an unknown address shows the localized 404 page without JavaScript', async ({ page }) => {
  const response = await page.goto('/ru/no/such/page');
  expect(response?.status()).toBe(404);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Страница не найдена');
  await expect(page.getByRole('link', { name: 'На главную', exact: true })).toHaveAttribute('href', '/ru');
});
