import { expect, test } from '@playwright/test';
import { articleIdByKey } from '../content';
import { DEMO_EDITOR, signInToAdmin } from '../users';

/**
 * Redirects the server answers are relative: built from the request's own URL they would name the instance's
 * internal address (`http://localhost:3000`) behind a proxy, or any other name the site is reached by.
 */
const SEED = 'aliyev-kazakhstan-visit';

test('an editor signed in at 127.0.0.1 switches the admin language and stays there, signed in, with titles in that language', async ({ browser, baseURL }) => {
  const origin = baseURL!.replace('localhost', '127.0.0.1');
  const page = await signInToAdmin(browser, DEMO_EDITOR, origin);
  await expect(page).toHaveTitle('Today · Anews — Newsroom');
  await page.getByRole('link', { name: 'Русский', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Сегодня' })).toBeVisible();
  expect(new URL(page.url()).origin).toBe(origin);
  // The window's title speaks the admin's language too.
  await expect(page).toHaveTitle('Сегодня · Anews — Редакция');
  await page.context().close();
});

test('admin language, preview and its exit answer relative redirects, whatever Host and X-Forwarded-Host say', async ({ browser, baseURL }) => {
  const page = await signInToAdmin(browser, DEMO_EDITOR);
  const forged = { host: 'internal.example:3900', 'x-forwarded-host': 'evil.example' };
  const get = (url: string) => page.request.get(url, { headers: forged, maxRedirects: 0 });

  const locale = await get('/admin/locale?to=az&back=%2Fadmin%2Frates');
  expect(locale.status()).toBe(303);
  expect(locale.headers()['location']).toBe('/admin/rates');
  // Anything but an admin path goes back to the admin's front page.
  expect((await get('/admin/locale?to=az&back=https%3A%2F%2Fevil.example%2F')).headers()['location']).toBe('/admin');

  const id = await articleIdByKey(SEED);
  const preview = await get(`/api/admin/preview?article=${id}&locale=en`);
  expect(preview.status()).toBe(303);
  expect(preview.headers()['location']).toMatch(new RegExp(`^/en/news/${id}-[a-z0-9-]+$`));
  expect((await get(`/api/admin/preview?exit=${id}`)).headers()['location']).toBe(`/admin/articles/${id}`);
  expect((await get('/api/admin/preview?exit=99999999999')).headers()['location']).toBe('/admin');

  const signedOut = await browser.newContext({ baseURL });
  const anonymous = await signedOut.request.get(`/api/admin/preview?article=${id}&locale=en`, { headers: forged, maxRedirects: 0 });
  expect(anonymous.status()).toBe(303);
  expect(anonymous.headers()['location']).toBe('/admin/sign-in');
  await signedOut.close();
  await page.context().close();
});
