import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';

// WCAG 2.1 A and AA, contrast included, on every kind of reader page in every language.
const pages = [
  '/ru',
  '/az',
  '/en',
  '/ru/category/ekonomika',
  '/az/latest',
  '/en/tag/oil',
  '/az/author/m-ali',
  '/en/no-such-page',
];

for (const path of pages) {
  test(`${path} passes axe (WCAG 2.1 AA)`, async ({ page }) => {
    await page.goto(path);
    const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
    expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
    await expect(page.getByRole('heading', { level: 1 })).toHaveCount(1);
    await expect(page.getByRole('main')).toHaveCount(1);
    await expect(page.getByRole('banner')).toHaveCount(1);
    await expect(page.getByRole('contentinfo')).toHaveCount(1);
  });
}

test('an article passes axe in all three languages', async ({ page }) => {
  // Three axe runs over a full article: each takes several seconds on two busy cores.
  test.setTimeout(60_000);
  await page.goto('/ru/category/ekonomika');
  await page.getByRole('main').getByRole('heading', { level: 2 }).first().getByRole('link').click();
  const checked: string[] = [];
  let previousTitle = '';
  for (const language of ['Русский', 'Azərbaycanca', 'English']) {
    if (checked.length > 0) {
      const link = page.getByRole('navigation', { name: /^(Язык|Dil|Language)$/ }).getByRole('link', { name: language });
      if ((await link.count()) === 0) continue;
      await link.click();
    }
    await expect(page.locator('html')).toHaveAttribute('lang', { Русский: 'ru', Azərbaycanca: 'az', English: 'en' }[language]!);
    // A client-side navigation streams the new page's metadata after its body: axe reads the document once the
    // translation's own title is there.
    await expect(page).toHaveTitle(/\S/);
    await expect(page).not.toHaveTitle(previousTitle);
    previousTitle = await page.title();
    const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
    expect(results.violations.map((v) => v.id)).toEqual([]);
    await expect(page.getByRole('heading', { level: 1 })).toHaveCount(1);
    checked.push(language);
  }
  expect(checked.length).toBeGreaterThanOrEqual(2);
});

test('keyboard users see where focus is and can skip to the content', async ({ page }) => {
  await page.goto('/en');
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: 'Skip to content' });
  await expect(skip).toBeFocused();
  await expect(skip).toBeVisible();
  const outline = await skip.evaluate((el) => getComputedStyle(el).outlineStyle);
  expect(outline).not.toBe('none');
});
