import { expect, test, type Browser } from '@playwright/test';
import { tinyPng } from '../../test/images';
import { withDatabase } from '../content';
import { DEMO_EDITOR, E2E_ADMIN, signInToAdmin } from '../users';

// A browser set to American English: its own widgets would say "Choose File", "Please fill out this field" and ask
// for mm/dd/yyyy on a 12-hour clock. The admin's are in the admin's language whatever the browser's.
test.use({ locale: 'en-US', timezoneId: 'America/New_York' });

const run = Date.now().toString(36);

/** Signed in to the newsroom with its interface in Azerbaijani. */
async function signInInAzerbaijani(browser: Browser, user: { email: string; password: string }) {
  const origin = test.info().project.use.baseURL!;
  const context = await browser.newContext({ baseURL: origin, locale: 'en-US' });
  await context.addCookies([{ name: 'ADMIN_LOCALE', value: 'az', domain: new URL(origin).hostname, path: '/admin' }]);
  const page = await context.newPage();
  await page.goto('/admin/sign-in');
  await page.getByLabel('E-poçt').fill(user.email);
  await page.getByLabel('Şifrə').fill(user.password);
  await page.getByRole('button', { name: 'Daxil ol' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Bu gün' })).toBeVisible();
  return page;
}

/** The Baku calendar day of a moment (UTC+4 all year). */
const bakuDay = (at: number) => new Date(at + 4 * 3_600_000).toISOString().slice(0, 10);

async function newDraft(title: string): Promise<number> {
  return withDatabase(async (db) => {
    const { rows: [author] } = await db.query<{ id: number }>('select a.id from authors a join users u on u.id = a.user_id where u.email = $1', [DEMO_EDITOR.email]);
    const { rows: [category] } = await db.query<{ id: number }>('select id from categories order by id limit 1');
    const { rows: [article] } = await db.query<{ id: number }>('insert into articles (category_id, author_id) values ($1, $2) returning id', [category!.id, author!.id]);
    await db.query("insert into article_translations (article_id, locale, slug, title, body, status) values ($1, 'en', $2, $3, $4, 'draft')", [
      article!.id,
      `desk-${article!.id}-${run}`,
      title,
      JSON.stringify({ version: 1, blocks: [] }),
    ]);
    return article!.id;
  });
}

test('an admin in Azerbaijani gets Azerbaijani date fields, file pickers and required-field messages', async ({ browser }) => {
  test.setTimeout(90_000);
  const page = await signInInAzerbaijani(browser, E2E_ADMIN);

  await page.getByRole('link', { name: 'Təcili xəbərlər' }).click();
  const az = page.getByTestId('breaking-az');
  // Text fields in dd.mm.yyyy and 24-hour hh:mm, named and hinted in Azerbaijani: no browser date picker.
  const ends = az.getByRole('group', { name: 'Bitmə' });
  await expect(ends.getByRole('textbox', { name: 'Tarix: gün.ay.il' })).toHaveAttribute('placeholder', 'gg.aa.iiii');
  await expect(ends.getByRole('textbox', { name: 'Vaxt, 24 saat' })).toHaveAttribute('placeholder', 'ss:dd');
  await expect(ends.getByRole('textbox', { name: 'Vaxt, 24 saat' })).toHaveValue(/^([01]\d|2[0-3]):[0-5]\d$/);
  await expect(page.locator('input[type="datetime-local"], input[type="date"]')).toHaveCount(0);
  // A required field left empty says so in Azerbaijani, and nothing is sent.
  await az.getByRole('button', { name: 'Sətri təyin et' }).click();
  await expect(az.getByLabel('Mətn')).toHaveJSProperty('validationMessage', 'Bu sahəni doldurun.');
  // A date the fields cannot hold says how to write it.
  await az.getByLabel('Mətn').fill(`Sınaq ${run}`);
  await ends.getByRole('textbox', { name: 'Tarix: gün.ay.il' }).fill('12/31/2099');
  await az.getByRole('button', { name: 'Sətri təyin et' }).click();
  await expect(ends.getByRole('textbox', { name: 'Tarix: gün.ay.il' })).toHaveJSProperty('validationMessage', 'Tələb olunan kimi yazın: Tarix: gün.ay.il.');

  // The media library's file picker: a button and the chosen file's name, in Azerbaijani.
  await page.getByRole('link', { name: 'Media kitabxanası' }).click();
  const upload = page.getByRole('button', { name: 'Yüklə' });
  const file = page.getByLabel(/^Şəkil \(PNG/);
  const picker = file.locator('..');
  await expect(picker.getByText('Fayl seçin', { exact: true })).toBeVisible();
  await expect(picker.getByText('Fayl seçilməyib', { exact: true })).toBeVisible();
  await upload.click();
  await expect(file).toHaveJSProperty('validationMessage', 'Fayl seçin.');
  await file.setInputFiles({ name: `liman-${run}.png`, mimeType: 'image/png', buffer: Buffer.from(tinyPng(8, 6)) });
  await expect(picker.getByText(`liman-${run}.png`, { exact: true })).toBeVisible();
  await expect(file).toHaveJSProperty('validationMessage', '');
  await page.context().close();
});

test('the admin’s own 404 and 403: the admin’s header, in the admin’s language, with the way back', async ({ browser }) => {
  const page = await signInInAzerbaijani(browser, DEMO_EDITOR);
  for (const path of ['/admin/articles/999999', `/admin/nothing-here-${run}`, '/admin/taxonomy/tag/999999']) {
    const answer = await page.goto(path);
    expect(answer?.status(), path).toBe(404);
    await expect(page.locator('html')).toHaveAttribute('lang', 'az');
    await expect(page.getByRole('banner').getByRole('link', { name: 'Bu gün' })).toBeVisible();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Redaksiyada belə səhifə yoxdur');
  }
  // An editor on an admin's page: not allowed, said so, with a link back to the day's desk.
  const refused = await page.goto('/admin/users');
  expect(refused?.status()).toBe(403);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Bu səhifə sizin rolunuz üçün deyil');
  await page.getByRole('link', { name: 'Bu günün icmalına qayıt' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Bu gün' })).toBeVisible();
  await page.context().close();
});

test('the desk shows the editor’s own draft under “my drafts” and a story scheduled for later today', async ({ browser }) => {
  // Scheduled five minutes ahead: in the last minutes of Baku's day that would be tomorrow, so wait for the new day.
  test.setTimeout(8 * 60_000);
  await expect.poll(() => bakuDay(Date.now() + 5 * 60_000) === bakuDay(Date.now()), { timeout: 7 * 60_000, intervals: [5_000] }).toBe(true);
  const draft = `Desk draft ${run}`;
  const scheduled = `Desk scheduled ${run}`;
  await newDraft(draft);
  const later = await newDraft(scheduled);
  await withDatabase((db) => db.query("update article_translations set status = 'scheduled', published_at = now() + interval '5 minutes' where article_id = $1", [later]));

  const page = await signInToAdmin(browser, DEMO_EDITOR);
  await expect(page.getByRole('region', { name: 'My drafts' }).getByRole('link', { name: draft })).toBeVisible();
  const today = page.getByRole('region', { name: 'Scheduled for today' });
  await expect(today.getByRole('link', { name: scheduled })).toBeVisible();
  await expect(today).toContainText(/goes live/);
  // Another editor's desk has the schedule but not this editor's drafts.
  const admin = await signInToAdmin(browser, E2E_ADMIN);
  await expect(admin.getByRole('region', { name: 'Scheduled for today' }).getByRole('link', { name: scheduled })).toBeVisible();
  await expect(admin.getByRole('region', { name: 'My drafts' }).getByRole('link', { name: draft })).toHaveCount(0);
  await admin.context().close();

  // On a phone, "New article" is the first thing under the header, and the page does not overflow.
  await page.setViewportSize({ width: 390, height: 800 });
  await page.reload();
  const form = page.getByRole('form', { name: 'New article' });
  const box = await form.boundingBox();
  expect(box!.y).toBeLessThan(600);
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  await page.context().close();
});

test('each version’s restore button names its time and author, and restores that version', async ({ browser }) => {
  test.setTimeout(90_000);
  const first = `Restorable first wording ${run}`;
  const id = await newDraft(first);
  // Two versions of the text, as two saves leave them.
  await withDatabase(async (db) => {
    const { rows: [user] } = await db.query<{ id: number }>('select id from users where email = $1', [DEMO_EDITOR.email]);
    const body = (text: string) => JSON.stringify({ version: 1, blocks: [{ type: 'paragraph', content: [{ text: 'The port reopened at ' }, { text: text, bold: true }, { text: '.' }] }] });
    await db.query("insert into article_revisions (article_id, locale, title, lead, body, created_by, created_at) values ($1, 'en', $2, '', $3, $4, now() - interval '2 hours')", [id, first, body('dawn'), user!.id]);
    await db.query("insert into article_revisions (article_id, locale, title, lead, body, created_by) values ($1, 'en', $2, '', $3, $4)", [id, `Second wording ${run}`, body('noon'), user!.id]);
    await db.query("update article_translations set title = $2, body = $3 where article_id = $1 and locale = 'en'", [id, `Second wording ${run}`, body('noon')]);
  });
  const page = await signInToAdmin(browser, DEMO_EDITOR);
  await page.goto(`/admin/articles/${id}/revisions?lang=en`);
  const comparison = page.getByRole('region', { name: /^Comparing/ });
  // Formatted text, the changed word marked in place.
  await expect(comparison.getByRole('deletion').filter({ hasText: 'dawn' }).locator('strong')).toBeVisible();
  await expect(comparison.getByRole('insertion').filter({ hasText: 'noon' }).locator('strong')).toBeVisible();
  await expect(comparison).not.toContainText('**');

  const restore = page.getByRole('button', { name: /^Restore the version of / });
  await expect(restore).toHaveCount(1);
  await expect(restore).toHaveText(/^Restore the version of \d{1,2} \w{3} \d{4}, \d{2}:\d{2}, Demo Editor$/);
  await restore.click();
  await expect(page.getByRole('status')).toHaveText('Version restored.');
  // The restore is a version of its own, and the text is the first one again.
  await expect(page.getByRole('region', { name: 'History' }).getByRole('row').filter({ hasText: first })).toHaveCount(2);
  const { rows: [now] } = await withDatabase((db) => db.query<{ title: string }>("select title from article_translations where article_id = $1 and locale = 'en'", [id]));
  expect(now!.title).toBe(first);
  await page.context().close();
});

test('after a preview the rest of the site is the readers’ again, and the new user’s password is not left on screen', async ({ browser }) => {
  test.setTimeout(90_000);
  const id = await newDraft(`Preview me ${run}`);
  const page = await signInToAdmin(browser, DEMO_EDITOR);
  await page.goto(`/api/admin/preview?article=${id}&locale=en`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(`Preview me ${run}`);
  await expect(page.getByText('Newsroom preview: readers see only what is published.')).toBeVisible();
  await page.goto('/en/latest');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expect(page.getByText('Newsroom preview: readers see only what is published.')).toHaveCount(0);
  await page.context().close();

  const admin = await signInToAdmin(browser, E2E_ADMIN);
  await admin.getByRole('link', { name: 'Users' }).click();
  const form = admin.getByRole('form', { name: 'New user' });
  await form.getByLabel('Email').fill(`desk-${run}@anews.test`);
  await form.getByLabel('Name').fill(`Desk ${run}`);
  await form.getByLabel('Password').fill('desk-password-2026');
  await form.getByRole('button', { name: 'Create' }).click();
  await expect(admin.getByRole('listitem', { name: `desk-${run}@anews.test` })).toBeVisible();
  await expect(form.getByLabel('Password')).toHaveValue('');
  await expect(form.getByLabel('Email')).toHaveValue('');
  await admin.context().close();
});
