import { expect, test, type Browser, type Page } from '@playwright/test';
import { withDatabase } from '../content';
import { DEMO_EDITOR, E2E_ADMIN, signInToAdmin } from '../users';

// The article editor as one form: what is on the screen is what is saved, published and kept.
// Serial, on one story; each test signs in and loads the editor, which takes ten seconds and more on two busy cores.
test.describe.configure({ mode: 'serial', timeout: 90_000 });

const run = Date.now().toString(36);
const timings: Record<string, number> = {};

async function newDraft(browser: Browser, title: string): Promise<{ page: Page; id: number }> {
  const page = await signInToAdmin(browser, DEMO_EDITOR);
  const create = page.getByRole('form', { name: 'New article' });
  await create.getByLabel('Headline', { exact: true }).fill(title);
  await create.getByLabel('Language').selectOption('en');
  await create.getByRole('button', { name: 'Create draft' }).click();
  await expect(page).toHaveURL(/\/admin\/articles\/\d+\?lang=en/, { timeout: 15_000 });
  return { page, id: Number(/articles\/(\d+)/.exec(page.url())![1]) };
}

/** Milliseconds until `check` holds, trying every 100 ms. */
async function until(check: () => Promise<boolean>, timeoutMs = 10_000): Promise<number> {
  const started = performance.now();
  await expect.poll(check, { timeout: timeoutMs, intervals: [100] }).toBe(true);
  return performance.now() - started;
}

let storyId = 0;

test('the lead edited and published without saving is what readers get', async ({ browser, request }) => {
  const { page, id } = await newDraft(browser, `Screen is truth ${run}`);
  storyId = id;
  await page.getByLabel('Lead').fill(`The saved lead ${run}.`);
  await page.getByRole('textbox', { name: /^Body/ }).fill('The port reopened at dawn.');
  let started = performance.now();
  await page.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(page.getByRole('status')).toHaveText('Saved.');
  timings.save = performance.now() - started;

  // The lead is changed on the screen and published at once, without a save.
  await page.getByLabel('Lead').fill(`The lead on the screen ${run}.`);
  await expect(page.getByText('Unsaved changes')).toBeVisible();
  started = performance.now();
  await page.getByRole('button', { name: 'Publish' }).click();
  await expect(page.getByRole('status')).toHaveText('Saved and published: readers see this text now.');
  timings.publish = performance.now() - started;
  await expect(page.getByText('Status: published')).toBeVisible();
  // The confirmation stays while the page's data refreshes under it, until the next change.
  await expect(page.getByText('Unsaved changes')).toHaveCount(0);
  const href = (await page.getByRole('link', { name: 'Open on the site' }).getAttribute('href'))!;
  timings.publishToReader = timings.publish + (await until(async () => (await (await request.get(href)).text()).includes(`The lead on the screen ${run}.`)));
  await page.getByLabel('Lead').press('End');
  await page.getByLabel('Lead').press('!');
  await expect(page.getByRole('status')).toHaveCount(0);
  await page.context().close();
});

test('one save keeps tags, cover and text together; a tag is typed, found in any language, or made on the spot', async ({ browser, request }) => {
  const page = await signInToAdmin(browser, DEMO_EDITOR);
  await page.goto(`/admin/articles/${storyId}?lang=en`);
  const tags = page.getByRole('combobox', { name: 'Tags' });
  const chosen = () => page.getByRole('list', { name: 'Chosen tags' }).getByRole('listitem');
  // An existing tag, found by the start of a later word of its name and picked by keyboard.
  await tags.fill('corr');
  await expect(page.getByRole('option', { name: 'Middle Corridor' })).toBeVisible();
  await tags.press('Enter');
  await expect(chosen()).toHaveText([/^Middle Corridor/]);
  // Enter picked; it did not send the story's form.
  await expect(page.getByRole('status')).toHaveCount(0);
  // A tag found by its Russian name is offered with its English one, never made twice.
  await tags.fill('Нефть');
  await expect(page.getByRole('option', { name: 'Oil', exact: true })).toBeVisible();
  await expect(page.getByRole('option', { name: /^Create tag/ })).toHaveCount(0);
  await tags.fill('');
  // One nobody has made yet, made on the spot in the story's language.
  const fresh = `Harbour works ${run}`;
  await tags.fill(fresh);
  await page.getByRole('option', { name: `Create tag “${fresh}”` }).click();
  await expect(chosen()).toHaveText([/^Middle Corridor/, new RegExp(`^${fresh}`)]);
  await expect(tags).toHaveValue('');
  await expect(tags).toBeFocused();
  // The suggestions are the newsroom's: a stranger is told nothing is there, and hostile text gets a plain 400.
  expect((await request.get('/api/admin/tags?locale=en&q=oil')).status()).toBe(404);
  for (const query of ['locale=en&q=%00', 'locale=xx&q=oil', `locale=en&q=${'a'.repeat(300)}`]) {
    expect((await page.request.get(`/api/admin/tags?${query}`)).status(), query).toBe(400);
  }
  expect(await (await page.request.get('/api/admin/tags?locale=en&q=%25')).json()).toEqual({ tags: [] });
  expect(await (await page.request.get('/api/admin/tags?locale=en&q=%FF')).json()).toEqual({ tags: [] });

  const cover = page.getByRole('region', { name: 'Cover image' });
  // The cover is picked from the library's grid: the first tile.
  await cover.getByRole('button', { name: /^(Choose|Change) image$/ }).click();
  const picker = page.getByRole('dialog', { name: 'Choose an image' });
  const tile = picker.getByRole('list', { name: 'Images of the library' }).getByRole('button').first();
  const image = /^Image #(\d+) /.exec((await tile.getAttribute('aria-label'))!)![1]!;
  await tile.click();
  await expect(picker).toHaveCount(0);
  await cover.getByLabel('Alt text (English)').fill(`Harbour at dawn ${run}`);
  await page.getByLabel('Lead').fill(`Lead saved with tags ${run}.`);
  // Published, so the cover must be described: it is, in the same form, and one Save writes all of it.
  await page.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(page.getByRole('status')).toHaveText('Saved.');
  await expect(chosen()).toHaveText([/^Middle Corridor/, new RegExp(`^${fresh}`)]);

  // English readers get both tags, linked to their pages.
  const href = (await page.getByRole('link', { name: 'Open on the site' }).getAttribute('href'))!;
  await until(async () => (await (await request.get(href)).text()).includes(`>${fresh}</a>`));

  await page.reload();
  await expect(chosen()).toHaveText([/^Middle Corridor/, new RegExp(`^${fresh}`)]);
  await expect(page.getByRole('region', { name: 'Cover image' }).getByRole('img', { name: `Chosen image #${image}` })).toBeVisible();
  await expect(page.getByRole('region', { name: 'Cover image' }).getByLabel('Alt text (English)')).toHaveValue(`Harbour at dawn ${run}`);
  await expect(page.getByLabel('Lead')).toHaveValue(`Lead saved with tags ${run}.`);

  // In Azerbaijani the new tag has no name yet: it is marked, and its translation is given on its own page.
  await page.goto(`/admin/articles/${storyId}?lang=az`);
  await expect(page.getByRole('list', { name: 'Chosen tags' }).getByRole('listitem').filter({ hasText: fresh })).toContainText('no name in this language yet');
  await expect(page.getByText('Tags marked * have no name in this language yet')).toBeVisible();
  // The tag found in English is named in Azerbaijani here. Removing one is a change like any other.
  await page.getByRole('button', { name: 'Remove tag “Orta Dəhliz”' }).click();
  await expect(page.getByText('Unsaved changes')).toBeVisible();
  await page.context().close();
});

test('alt text typed before a language has its translation is kept, and that language is published later with it', async ({ browser }) => {
  const page = await signInToAdmin(browser, DEMO_EDITOR);
  await page.goto(`/admin/articles/${storyId}?lang=az`);
  await expect(page.getByText('No text in this language yet')).toBeVisible();
  const cover = page.getByRole('region', { name: 'Cover image' });
  await cover.getByLabel('Alt text (Azərbaycanca)').fill(`Səhər liman ${run}`);
  await page.getByRole('button', { name: 'Create translation' }).click();
  await expect(page.getByRole('status')).toHaveText('Saved.');
  await page.reload();
  await expect(page.getByRole('region', { name: 'Cover image' }).getByLabel('Alt text (Azərbaycanca)')).toHaveValue(`Səhər liman ${run}`);

  await page.getByLabel('Headline', { exact: true }).fill(`Liman açıldı ${run}`);
  await page.getByRole('textbox', { name: /^Body/ }).fill('Liman səhər açıldı.');
  await page.getByRole('button', { name: 'Create translation' }).click();
  await expect(page.getByText('Status: draft')).toBeVisible();
  await page.getByRole('button', { name: 'Publish' }).click();
  await expect(page.getByText('Status: published')).toBeVisible();
  const href = (await page.getByRole('link', { name: 'Open on the site' }).getAttribute('href'))!;
  const reader = await (await browser.newContext()).newPage();
  await reader.goto(href);
  await expect(reader.getByRole('img', { name: `Səhər liman ${run}` })).toBeVisible();
  await reader.context().close();
  await page.context().close();
});

test('a pasted headline over the limit is kept whole, marked with the limit, and refused by name', async ({ browser }) => {
  const page = await signInToAdmin(browser, DEMO_EDITOR);
  await page.goto(`/admin/articles/${storyId}?lang=en`);
  const headline = page.getByLabel('Headline', { exact: true });
  const before = await headline.inputValue();
  const pasted = `${'Breaking '.repeat(222)}news`.slice(0, 2000);
  await headline.fill('');
  await headline.focus();
  await page.keyboard.insertText(pasted);
  await expect(headline).toHaveValue(pasted);
  await expect(headline).toHaveAttribute('aria-invalid', 'true');
  await expect(page.getByText('2000 characters: at most 300. The text is kept; shorten it to save.')).toBeVisible();
  await expect(page.getByText('2000/300')).toBeVisible();
  await page.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(page.getByRole('main').getByRole('alert')).toHaveText('Too long: at most 300 characters.');
  await expect(headline).toHaveValue(pasted);
  // Nothing was saved: the page, loaded again, has the headline as it was.
  page.on('dialog', (dialog) => void dialog.accept());
  await page.reload();
  await expect(page.getByLabel('Headline', { exact: true })).toHaveValue(before);
  await page.context().close();
});

test('leaving unsaved work asks first; a link inside the newsroom stays on the page when the editor says no', async ({ browser }) => {
  const page = await signInToAdmin(browser, DEMO_EDITOR);
  await page.goto(`/admin/articles/${storyId}?lang=en`);
  const seoTitle = page.getByLabel('SEO title');
  await seoTitle.fill(`Unsaved ${run}`);
  // The counter has the typed length once the page's script runs: the question on leaving is asked from then on.
  await expect(seoTitle).toHaveAccessibleDescription(new RegExp(`^${`Unsaved ${run}`.length}/200`));
  const asked = page.waitForEvent('dialog');
  page.once('dialog', (dialog) => void dialog.dismiss());
  await page.getByRole('link', { name: 'All articles' }).click();
  expect((await asked).message()).toBe('This story has unsaved changes. Leave and lose them?');
  await expect(page).toHaveURL(new RegExp(`/admin/articles/${storyId}`));
  await expect(page.getByLabel('SEO title')).toHaveValue(`Unsaved ${run}`);
  page.once('dialog', (dialog) => void dialog.accept());
  await page.getByRole('link', { name: 'All articles' }).click();
  await expect(page).toHaveURL(/\/admin\/articles$/);
  await page.context().close();
});

test('two people on one story see each other, live', async ({ browser }) => {
  const first = await signInToAdmin(browser, DEMO_EDITOR);
  const second = await signInToAdmin(browser, E2E_ADMIN);
  await first.goto(`/admin/articles/${storyId}?lang=en`);
  await second.goto(`/admin/articles/${storyId}?lang=az`);
  await expect(first.getByText('Also open now: Admin (Azərbaycanca)')).toBeVisible({ timeout: 15_000 });
  await expect(second.getByText('Also open now: Demo Editor (English)')).toBeVisible({ timeout: 15_000 });
  // Leaving the story says goodbye at once, without waiting for the heartbeat to lapse (30 s): the admin is gone from
  // the line by the first's next beat. (A tab of an earlier test, closed with its browser, may still be named until it
  // lapses: closing a browser sends no goodbye.)
  await second.goto('/admin');
  await expect.poll(async () => (await first.getByText(/^Also open now/).allTextContents()).join(' '), { timeout: 15_000 }).not.toContain('Admin');
  await first.context().close();
  await second.context().close();
});

test('unpublishing asks for confirmation and a reason, which the audit log keeps', async ({ browser }) => {
  const page = await signInToAdmin(browser, DEMO_EDITOR);
  await page.goto(`/admin/articles/${storyId}?lang=en`);
  await page.getByRole('button', { name: 'Unpublish' }).click();
  const confirm = page.getByRole('group', { name: /Readers will be told the story is gone/ });
  await confirm.getByRole('button', { name: 'Keep it published' }).click();
  await expect(confirm).toHaveCount(0);
  await expect(page.getByText('Status: published')).toBeVisible();

  await page.getByRole('button', { name: 'Unpublish' }).click();
  await confirm.getByRole('button', { name: 'Unpublish now' }).click();
  await expect(confirm.getByRole('alert')).toHaveText('Fill in this field.');
  await expect(page.getByText('Status: published')).toBeVisible();
  await confirm.getByLabel('Why is it taken off the site?').fill(`Legal request ${run}`);
  await confirm.getByRole('button', { name: 'Unpublish now' }).click();
  await expect(page.getByText('Status: unpublished')).toBeVisible();
  const reasons = await withDatabase((db) =>
    db.query<{ reason: string }>(`select details->>'reason' as reason from audit_log where entity = 'article' and entity_id = $1 and action = 'unpublished'`, [String(storyId)]),
  );
  expect(reasons.rows).toEqual([{ reason: `Legal request ${run}` }]);
  await page.context().close();
});

test('on a phone the editor fits the screen', async ({ browser }) => {
  const page = await signInToAdmin(browser, DEMO_EDITOR);
  for (const [width, locale] of [[390, 'en'], [1366, 'en'], [390, 'ru'], [1366, 'ru']] as const) {
    await page.setViewportSize({ width, height: 900 });
    await page.context().addCookies([{ name: 'ADMIN_LOCALE', value: locale, domain: new URL(page.url()).hostname, path: '/admin' }]);
    await page.goto(`/admin/articles/${storyId}?lang=en`);
    await expect(page.getByRole('textbox', { name: /^(Body|Текст)/ })).toBeVisible();
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
    const shot = test.info().outputPath(`editor-${locale}-${width}.png`);
    await page.screenshot({ path: shot, fullPage: true });
    await test.info().attach(`editor-${locale}-${width}`, { path: shot, contentType: 'image/png' });
  }
  await page.context().close();
});

test.afterAll(() => {
  console.log(`editor timings (ms): ${JSON.stringify(Object.fromEntries(Object.entries(timings).map(([k, v]) => [k, Math.round(v)])))}`);
});
