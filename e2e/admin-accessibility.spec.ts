import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { E2E_ADMIN } from './users';

// Editors are users too: every newsroom page meets WCAG 2.1 AA, contrast included; the pages with the most text to
// translate are checked in the other two interface languages as well.
const everyPage = ['/admin', '/admin/articles', '/admin/articles/999999', '/admin/articles/1?lang=ru', '/admin/articles/1/revisions?lang=az', '/admin/media', '/admin/media/1', '/admin/translations', '/admin/users', '/admin/taxonomy', '/admin/settings', '/admin/rates', '/admin/breaking', '/admin/audit', '/admin/security'];
const pagesIn = { en: everyPage, ru: ['/admin', '/admin/articles', '/admin/articles/1/revisions?lang=ru', '/admin/articles/1?lang=az'], az: ['/admin', '/admin/breaking', '/admin/articles/1?lang=en'] } as const;

test('the sign-in page passes axe (WCAG 2.1 AA)', async ({ page }) => {
  await page.goto('/admin/sign-in');
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
});

for (const language of ['en', 'ru', 'az'] as const) {
  test(`newsroom pages pass axe (WCAG 2.1 AA) in ${language}`, async ({ browser, baseURL }) => {
    test.setTimeout(180_000);
    const context = await browser.newContext();
    await context.addCookies([{ name: 'ADMIN_LOCALE', value: language, domain: new URL(baseURL!).hostname, path: '/admin' }]);
    const page = await context.newPage();
    await page.goto('/admin/sign-in');
    await page.locator('input[name="email"]').fill(E2E_ADMIN.email);
    await page.locator('input[name="password"]').fill(E2E_ADMIN.password);
    await page.locator('button[type="submit"]').click();
    await expect(page).toHaveURL(/\/admin$/);
    for (const path of pagesIn[language]) {
      await page.goto(path);
      await expect(page.locator('html')).toHaveAttribute('lang', language);
      const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
      expect(results.violations.map((v) => `${path} ${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
      await expect(page.getByRole('heading', { level: 1 })).toHaveCount(1);
    }
    await context.close();
  });
}
