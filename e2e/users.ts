import { expect, test, type Browser, type Page } from '@playwright/test';

/** The admin that `npm run test:e2e` creates on first start (ADMIN_EMAIL + ADMIN_PASSWORD) and the demo editor. */
export const E2E_ADMIN = { email: 'admin@anews.test', password: 'e2e-admin-password' } as const;
export const DEMO_EDITOR = { email: 'editor@anews.test', password: 'demo-editor-2026' } as const;

/**
 * A page signed in to the newsroom as `user`, with the admin in English, in a browser context of its own; at the
 * project's site unless another origin (an instance of the topology spec) is given.
 */
export async function signInToAdmin(browser: Browser, user: { email: string; password: string }, origin = test.info().project.use.baseURL!): Promise<Page> {
  const context = await browser.newContext({ baseURL: origin });
  await context.addCookies([{ name: 'ADMIN_LOCALE', value: 'en', domain: new URL(origin).hostname, path: '/admin' }]);
  const page = await context.newPage();
  await page.goto('/admin/sign-in');
  await page.getByLabel('Email').fill(user.email);
  await page.getByLabel('Password').fill(user.password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Today' })).toBeVisible();
  return page;
}
