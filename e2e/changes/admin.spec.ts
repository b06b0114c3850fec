import { expect, test, type Browser } from '@playwright/test';
import { tinyPng } from '../../test/images';
import { DEMO_EDITOR, E2E_ADMIN, signInToAdmin } from '../users';

// One story, told in order: each step builds on what the previous one published.
test.describe.configure({ mode: 'serial' });

const run = Date.now().toString(36);
const author = { email: `author-${run}@anews.test`, password: 'author-password-1', name: `Aynur Author ${run}` };
const editor = { email: `editor-${run}@anews.test`, password: 'editor-password-1', name: `Elvin Editor ${run}` };
const titles = {
  en: `Harbour reopens after the storm ${run}`,
  az: `Fırtınadan sonra liman yenidən açılır ${run}`,
  ru: `Порт снова открыт после шторма ${run}`,
};
let articleId = 0;

async function readerPage(browser: Browser) {
  const context = await browser.newContext();
  return context.newPage();
}

test('the admin is private: signed-out visitors are sent to sign in, and nothing is cached', async ({ request }) => {
  const response = await request.get('/admin', { maxRedirects: 0 });
  expect(response.status()).toBe(307);
  expect(response.headers()['location']).toContain('/admin/sign-in');
  const signIn = await request.get('/admin/sign-in');
  expect(signIn.headers()['cache-control']).toMatch(/private/);
  expect(signIn.headers()['cache-control']).toMatch(/no-store/);
  expect(await signIn.text()).toContain('Redaksiyaya giriş');
  expect((await request.get('/admin/users', { maxRedirects: 0 })).status()).toBe(307);
});

test('a wrong password and an unknown email get the same answer', async ({ page }) => {
  for (const email of [E2E_ADMIN.email, `nobody-${run}@anews.test`]) {
    await page.goto('/admin/sign-in');
    await page.getByLabel('E-poçt').fill(email);
    await page.getByLabel('Şifrə').fill('not the password');
    await page.getByRole('button', { name: 'Daxil ol' }).click();
    await expect(page.getByRole('main').getByRole('alert')).toHaveText('E-poçt və ya şifrə yanlışdır.');
  }
});

test('a client writing another X-Forwarded-For each time is still one address to the sign-in throttle', async ({ page }) => {
  const email = `sprayer-${run}@anews.test`;
  for (let attempt = 1; attempt <= 6; attempt += 1) {
    await page.setExtraHTTPHeaders({ 'x-forwarded-for': `198.51.100.${attempt}` });
    await page.goto('/admin/sign-in');
    await page.getByLabel('E-poçt').fill(email);
    await page.getByLabel('Şifrə').fill(`guess number ${attempt}`);
    await page.getByRole('button', { name: 'Daxil ol' }).click();
    // Five wrong guesses from one place, then a wait: the header names no address the site believes.
    await expect(page.getByRole('main').getByRole('alert')).toHaveText(
      attempt <= 5 ? 'E-poçt və ya şifrə yanlışdır.' : 'Həddindən çox uğursuz cəhd. Bir az gözləyin və yenidən cəhd edin.',
    );
  }
});

test('an admin creates an author and an editor', async ({ browser }) => {
  const page = await signInToAdmin(browser, E2E_ADMIN);
  await page.getByRole('link', { name: 'Users' }).click();
  for (const [user, role] of [
    [author, 'author'],
    [editor, 'editor'],
  ] as const) {
    const form = page.getByRole('form', { name: 'New user' });
    await form.getByLabel('Email').fill(user.email);
    await form.getByLabel('Name').fill(user.name);
    await form.getByLabel('Password').fill(user.password);
    await form.getByLabel('Role').selectOption(role);
    await form.getByRole('button', { name: 'Create' }).click();
    await expect(page.getByRole('listitem', { name: user.email })).toContainText(`${user.name} · ${user.email} · ${role}`);
  }
  await page.context().close();
});

test('an author writes a draft and submits it for review, and cannot publish', async ({ browser }) => {
  // Signing in, a draft, a save and a move: past the default on two busy cores.
  test.setTimeout(60_000);
  const page = await signInToAdmin(browser, author);
  const form = page.getByRole('form', { name: 'New article' });
  await form.getByLabel('Headline', { exact: true }).fill(titles.en);
  await form.getByLabel('Language').selectOption('en');
  await form.getByRole('button', { name: 'Create draft' }).click();
  // Creating the draft and opening its editor is a server action and a navigation: slower than a click on a busy machine.
  await expect(page).toHaveURL(/\/admin\/articles\/\d+\?lang=en/, { timeout: 15_000 });
  articleId = Number(/articles\/(\d+)/.exec(page.url())![1]);

  await page.getByLabel('Lead').fill('Ships are back in the harbour.');
  // The body is rich text: a subheading from the toolbar, bold from the keyboard.
  await page.getByRole('textbox', { name: /^Body/ }).click();
  await page.keyboard.type('The port reopened at dawn.');
  await page.keyboard.press('Enter');
  await page.getByRole('button', { name: 'Subheading', exact: true }).click();
  await page.keyboard.type('What changed');
  await page.keyboard.press('Enter');
  await page.keyboard.type('Cranes are ');
  await page.keyboard.press('ControlOrMeta+b');
  await page.keyboard.type('working');
  await page.keyboard.press('ControlOrMeta+b');
  await page.keyboard.type(' again.');
  await page.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(page.getByRole('status')).toHaveText('Saved.');

  await expect(page.getByRole('button', { name: 'Submit for review' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Publish' })).toHaveCount(0);
  await page.getByRole('button', { name: 'Submit for review' }).click();
  await expect(page.getByText('Status: in review')).toBeVisible();
  // In review, the text is the editors': the author's form is read-only and still offers no way to publish.
  await expect(page.getByRole('button', { name: 'Save', exact: true })).toBeDisabled();
  await expect(page.getByRole('button', { name: 'Publish' })).toHaveCount(0);
  await page.context().close();
});

test('an editor adds translations and publishes; readers see it everywhere at once', async ({ browser }) => {
  test.setTimeout(120_000);
  const page = await signInToAdmin(browser, DEMO_EDITOR);
  for (const locale of ['az', 'ru'] as const) {
    await page.goto(`/admin/articles/${articleId}?lang=${locale}`);
    await page.getByLabel('Headline', { exact: true }).fill(titles[locale]);
    await page.getByRole('textbox', { name: /^Body/ }).fill(locale === 'az' ? 'Liman səhər açıldı.' : 'Порт открылся на рассвете.');
    await page.getByRole('button', { name: 'Create translation' }).click();
    await expect(page.getByText('Status: draft')).toBeVisible();
    if (locale === 'az') {
      // Preview: the draft at its real URL, for staff only; a reader there still gets a 404.
      const preview = await page.getByRole('link', { name: 'Preview' }).getAttribute('href');
      await page.goto(preview!);
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(titles.az);
      await expect(page.getByText('Redaksiya üçün önbaxış')).toBeVisible();
      const stranger = await readerPage(browser);
      expect((await stranger.goto(page.url()))?.status()).toBe(404);
      await stranger.context().close();
      await page.goto(`/admin/articles/${articleId}?lang=${locale}`);
    }
    await page.getByRole('button', { name: 'Publish' }).click();
    await expect(page.getByText('Status: published')).toBeVisible();
  }
  await page.goto(`/admin/articles/${articleId}?lang=en`);
  await page.getByRole('button', { name: 'Publish' }).click();
  await expect(page.getByText('Status: published')).toBeVisible();

  const reader = await readerPage(browser);
  for (const locale of ['en', 'az', 'ru'] as const) {
    await page.goto(`/admin/articles/${articleId}?lang=${locale}`);
    const href = await page.getByRole('link', { name: 'Open on the site' }).getAttribute('href');
    await reader.goto(href!);
    await expect(reader.getByRole('heading', { level: 1 })).toHaveText(titles[locale]);
    if (locale === 'en') {
      // The author's formatting reaches readers as it looked in the editor.
      await expect(reader.getByRole('heading', { level: 2, name: 'What changed' })).toBeVisible();
      await expect(reader.locator('strong', { hasText: 'working' })).toBeVisible();
    }
    await reader.goto(`/${locale}/latest`);
    await expect(reader.getByRole('link', { name: titles[locale] }).first()).toBeVisible();
    await reader.goto(`/${locale}`);
    await expect(reader.getByRole('link', { name: titles[locale] }).first()).toBeVisible();
  }
  await reader.context().close();
  await page.context().close();
});

test('an editor corrects a headline and unpublishes a translation; readers see both at once', async ({ browser }) => {
  // Two saves, the revisions and four reader pages, each revalidated: more than the default on two busy cores.
  test.setTimeout(90_000);
  const page = await signInToAdmin(browser, DEMO_EDITOR);
  await page.goto(`/admin/articles/${articleId}?lang=ru`);
  const ruHref = await page.getByRole('link', { name: 'Open on the site' }).getAttribute('href');
  // Unpublishing asks first, with the reason the audit log keeps.
  await page.getByRole('button', { name: 'Unpublish' }).click();
  await page.getByLabel('Why is it taken off the site?').fill('Published in error');
  await page.getByRole('button', { name: 'Unpublish now' }).click();
  await expect(page.getByText('Status: unpublished')).toBeVisible();

  await page.goto(`/admin/articles/${articleId}?lang=en`);
  const corrected = `${titles.en} (corrected)`;
  await page.getByLabel('Headline', { exact: true }).fill(corrected);
  await page.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(page.getByRole('status')).toHaveText('Saved.');
  const enHref = await page.getByRole('link', { name: 'Open on the site' }).getAttribute('href');
  // The correction is a revision: the comparison marks, inside the headline, just the words that were added; the body
  // reads as formatted text, never as markup.
  await page.getByRole('link', { name: 'Revisions', exact: true }).click();
  const comparison = page.getByRole('region', { name: /^Comparing/ });
  await expect(comparison.getByRole('insertion')).toHaveCount(1);
  await expect(comparison.getByRole('insertion')).toContainText('(corrected)');
  await expect(comparison.getByRole('deletion')).toHaveCount(0);
  await expect(comparison.locator('strong', { hasText: 'working' })).toBeVisible();
  await expect(comparison).not.toContainText('**');
  await expect(comparison).not.toContainText('## ');
  // Publishing and unpublishing are in the history, between the versions.
  const history = page.getByRole('region', { name: 'History' });
  await expect(history.getByRole('row').filter({ hasText: 'published' }).first()).toBeVisible();

  const reader = await readerPage(browser);
  await reader.goto(enHref!);
  await expect(reader.getByRole('heading', { level: 1 })).toHaveText(corrected);
  await reader.goto('/en/latest');
  await expect(reader.getByRole('link', { name: corrected }).first()).toBeVisible();
  const gone = await reader.goto(ruHref!);
  // 410 Gone at once: the proxy reads its list of withdrawn translations again after every change.
  expect(gone?.status()).toBe(410);
  await reader.goto('/ru/latest');
  await expect(reader.getByRole('link', { name: titles.ru })).toHaveCount(0);
  await reader.context().close();
  await page.context().close();
});

test('two editors collide: the second is told and shown both versions, and nothing the first wrote is lost', async ({ browser }) => {
  const first = await signInToAdmin(browser, DEMO_EDITOR);
  const second = await signInToAdmin(browser, editor);
  for (const page of [first, second]) await page.goto(`/admin/articles/${articleId}?lang=en`);

  await first.getByLabel('Lead').fill('The first editor’s lead.');
  await first.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(first.getByRole('status')).toHaveText('Saved.');

  await second.getByLabel('Lead').fill('The second editor’s lead.');
  await second.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(second.getByRole('main').getByRole('alert')).toContainText('Another editor saved this article while you were editing');
  await expect(second.getByRole('region', { name: /^Lead: Saved by Demo Editor/ })).toContainText('The first editor’s lead.');
  await expect(second.getByRole('region', { name: 'Lead: Yours, not saved' })).toContainText('The second editor’s lead.');

  // Nothing the first one wrote was lost.
  await second.reload();
  await expect(second.getByLabel('Lead')).toHaveValue('The first editor’s lead.');
  await first.context().close();
  await second.context().close();
});

test('an admin reads who did what in the audit log', async ({ browser }) => {
  const page = await signInToAdmin(browser, E2E_ADMIN);
  await page.getByRole('link', { name: 'Audit log' }).click();
  const rows = page.getByRole('row').filter({ hasText: `article #${articleId}` });
  await expect(rows.filter({ hasText: 'published' }).filter({ hasText: 'Demo Editor' }).first()).toBeVisible();
  await expect(rows.filter({ hasText: 'submitted for review' }).filter({ hasText: author.name })).toHaveCount(1);
  // Sign-ins are there too, with the address they came from; the newest is the admin's own, just now.
  const signIns = page.getByRole('row').filter({ hasText: 'signed in' }).filter({ hasText: /from (127\.0\.0\.1|::1)/ });
  await expect(signIns.filter({ hasText: 'Admin' }).first()).toBeVisible();
  await page.context().close();
});

test('a password reset ends the editor’s session mid-edit, and their unsaved text comes back after signing in', async ({ browser }) => {
  // Two sign-ins, a reset and a third sign-in: past the default on two busy cores.
  test.setTimeout(90_000);
  const page = await signInToAdmin(browser, editor);
  await page.goto(`/admin/articles/${articleId}?lang=en`);
  await page.getByLabel('Lead').fill('Typed just before the session ended.');
  await page.getByRole('textbox', { name: /^Body/ }).click();
  await page.keyboard.press('ControlOrMeta+End');
  await page.keyboard.press('Enter');
  await page.keyboard.type('A paragraph typed just before the session ended.');

  // Auth.js's own session endpoint knows the editor while the session lasts…
  expect((await (await page.request.get('/api/auth/session')).json())?.user?.email).toBe(editor.email);

  const admin = await signInToAdmin(browser, E2E_ADMIN);
  await admin.goto('/admin/users');
  const row = admin.getByRole('listitem', { name: editor.email });
  await row.getByLabel('New password').fill('editor-password-2');
  await row.getByRole('button', { name: 'Reset password' }).click();
  await expect(row.getByRole('status')).toHaveText('Done.');
  await admin.context().close();

  await page.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(page.getByRole('main').getByRole('alert')).toContainText('Your session has ended');
  // …and tells nothing, not even a name or an email, to the old cookie once it has ended.
  const after = await page.request.get('/api/auth/session');
  expect(after.status()).toBe(200);
  expect(await after.json()).toBeNull();
  await page.goto(`/admin/articles/${articleId}?lang=en`);
  await expect(page).toHaveURL(/\/admin\/sign-in$/);
  await page.getByLabel('Email').fill(editor.email);
  await page.getByLabel('Password').fill('editor-password-2');
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Today' })).toBeVisible();
  await page.goto(`/admin/articles/${articleId}?lang=en`);
  await page.getByRole('button', { name: 'Restore the unsaved text' }).click();
  await expect(page.getByLabel('Lead')).toHaveValue('Typed just before the session ended.');
  await expect(page.getByRole('textbox', { name: /^Body/ }).getByRole('paragraph').last()).toHaveText('A paragraph typed just before the session ended.');
  await page.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(page.getByRole('status')).toHaveText('Saved.');
  await page.context().close();
});

test('an editor uploads an image to the library; it is served as an image, and a disguised page is refused', async ({ browser, request }) => {
  const page = await signInToAdmin(browser, DEMO_EDITOR);
  await page.getByRole('link', { name: 'Media' }).click();
  const file = page.getByLabel(/^Image \(PNG/);
  await file.setInputFiles({ name: 'harbour.png', mimeType: 'image/png', buffer: Buffer.from(tinyPng(6, 4)) });
  await page.getByRole('button', { name: 'Upload' }).click();
  await expect(page.getByRole('main').getByRole('status')).toHaveText('Uploaded.');
  const label = await page.getByText(/^Image #\d+ \(6×4\)$/).first().textContent();
  const id = /#(\d+)/.exec(label!)![1];
  const image = await request.get(`/media/${id}`);
  expect(image.status()).toBe(200);
  expect(image.headers()['content-type']).toBe('image/png');
  expect(image.headers()['x-content-type-options']).toBe('nosniff');

  await file.setInputFiles({ name: 'photo.png', mimeType: 'image/png', buffer: Buffer.from('<html><script>alert(1)</script></html>') });
  await page.getByRole('button', { name: 'Upload' }).click();
  await expect(page.getByRole('main').getByRole('alert')).toHaveText('This is not a PNG, JPEG, GIF or WebP image, or the file is damaged.');
  await page.context().close();
});
