import { expect, test, type Browser, type Page } from '@playwright/test';
import { tinyPng } from '../../test/images';
import { DEMO_EDITOR } from '../users';

// The newsroom's tools beyond articles: a cover image, currency rates by hand and the breaking line.
test.describe.configure({ mode: 'serial' });

const run = Date.now().toString(36);

/** The demo editor, signed in with the admin in English, in a browser context of their own. */
async function signInEditor(browser: Browser): Promise<Page> {
  const context = await browser.newContext();
  const url = new URL(test.info().project.use.baseURL!);
  await context.addCookies([{ name: 'ADMIN_LOCALE', value: 'en', domain: url.hostname, path: '/admin' }]);
  const page = await context.newPage();
  await page.goto('/admin/sign-in');
  await page.getByLabel('Email').fill(DEMO_EDITOR.email);
  await page.getByLabel('Password').fill(DEMO_EDITOR.password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByRole('heading', { name: 'Articles' })).toBeVisible();
  return page;
}

/** Reloads a reader page until `check` holds: the change reaches cached pages through the site's listener. */
async function untilReaderSees(page: Page, path: string, check: () => Promise<void>): Promise<void> {
  await page.goto(path);
  await expect(async () => {
    await page.reload();
    await check();
  }).toPass({ timeout: 10_000, intervals: [250] });
}

test('an editor uploads a cover with alt text; readers see it on the article page and it is the share image', async ({ browser }) => {
  test.setTimeout(90_000);
  const title = `Cover story ${run}`;
  const page = await signInEditor(browser);
  const create = page.getByRole('form', { name: 'New article' });
  await create.getByLabel('Headline', { exact: true }).fill(title);
  await create.getByLabel('Language').selectOption('en');
  await create.getByRole('button', { name: 'Create draft' }).click();
  await expect(page).toHaveURL(/\/admin\/articles\/\d+\?lang=en/);

  // An image line must name an image the library has.
  await page.getByRole('textbox', { name: /^Body/ }).fill('The square was full.\n\n![Nothing](media:987654321)');
  await page.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(page.getByRole('main').getByRole('alert')).toHaveText('There is no image with this number in the media library.');
  await page.getByRole('textbox', { name: /^Body/ }).fill('The square was full.');
  await page.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(page.getByRole('status')).toHaveText('Saved.');
  await page.getByRole('button', { name: 'Publish' }).click();
  await expect(page.getByText('Status: published')).toBeVisible();

  const cover = page.getByRole('region', { name: 'Cover image' });
  await cover.getByLabel('Or upload a new image').setInputFiles({ name: 'square.png', mimeType: 'image/png', buffer: Buffer.from(tinyPng(64, 48)) });
  await cover.getByRole('button', { name: 'Save cover' }).click();
  // Published in English, so the cover must be described in English.
  await expect(cover.getByRole('alert')).toHaveText('Describe the cover for readers who cannot see it: alt text is required in a published language.');
  await cover.getByLabel('Alt text (English)').fill('A grey square in the city centre');
  await cover.getByLabel('Caption (English)').fill(`Photo: Anews ${run}`);
  await cover.getByRole('button', { name: 'Save cover' }).click();
  await expect(cover.getByRole('img', { name: 'Current cover' })).toBeVisible();
  const href = await page.getByRole('link', { name: 'Open on the site' }).getAttribute('href');

  const reader = await (await browser.newContext()).newPage();
  await untilReaderSees(reader, href!, async () => {
    await expect(reader.getByRole('figure')).toContainText(`Photo: Anews ${run}`, { timeout: 100 });
  });
  const image = reader.getByRole('figure').getByRole('img', { name: 'A grey square in the city centre' });
  await expect(image).toHaveAttribute('width', '64');
  await expect(image).toHaveAttribute('height', '48');
  await expect(image).not.toHaveAttribute('loading', 'lazy');
  const src = await image.getAttribute('src');
  expect(src).toMatch(/^\/media\/\d+$/);
  expect(await reader.evaluate((el) => (el as HTMLImageElement).naturalWidth, await image.elementHandle())).toBe(64);
  await expect(reader.locator('meta[property="og:image"]')).toHaveAttribute('content', new RegExp(`^https?://[^/]+${src}$`));
  await expect(reader.locator('meta[property="og:image:width"]')).toHaveAttribute('content', '64');
  await expect(reader.locator('meta[name="twitter:image"]')).toHaveAttribute('content', new RegExp(`${src}$`));
  const jsonLd = await reader.locator('script[type="application/ld+json"]').allTextContents();
  const article = jsonLd.map((text) => JSON.parse(text) as unknown).flat().find((item) => (item as { '@type'?: string })['@type'] === 'NewsArticle') as {
    image: { url: string; width: number; height: number }[];
  };
  expect(article.image[0]).toMatchObject({ width: 64, height: 48 });
  expect(article.image[0]!.url).toMatch(new RegExp(`${src}$`));
  await reader.context().close();
  await page.context().close();
});

test('an editor sets a rate by hand and the ticker readers see shows it', async ({ browser }) => {
  const page = await signInEditor(browser);
  await page.getByRole('link', { name: 'Currency rates' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Currency rates' })).toBeVisible();
  const value = page.getByLabel('AZN for the nominal USD');
  await value.fill('1700');
  await page.getByRole('button', { name: 'Save rates' }).click();
  await expect(page.getByRole('main').getByRole('alert')).toHaveText('This rate is out of the plausible range: check the decimal point and the nominal.');
  await value.fill('1.7123');
  await page.getByRole('button', { name: 'Save rates' }).click();
  await expect(page.getByTestId('newest-rates').getByRole('row', { name: /USD/ })).toContainText(/1\.7123.*manual/);

  const reader = await (await browser.newContext()).newPage();
  await untilReaderSees(reader, '/en/latest', async () => {
    await expect(reader.getByRole('region', { name: 'Exchange rates' }).locator('[data-currency="USD"]')).toContainText('1.7123', { timeout: 100 });
  });
  await reader.context().close();
  await page.context().close();
});

test('an editor sets a breaking line in the admin, readers see it, and the editor takes it down', async ({ browser }) => {
  const text = `Təcili: yoxlama ${run}`;
  const page = await signInEditor(browser);
  await page.getByRole('link', { name: 'Breaking news' }).click();
  const az = page.getByTestId('breaking-az');
  await az.getByLabel('Link (a path on this site').fill('javascript:alert(1)');
  await az.getByLabel('Text').fill(text);
  await az.getByRole('button', { name: 'Set line' }).click();
  await expect(az.getByRole('alert')).toHaveText('Links must start with https://, http://, mailto: or /.');
  await az.getByLabel('Link (a path on this site').fill('/az/latest');
  await az.getByRole('button', { name: 'Set line' }).click();
  await expect(az.getByText(/^Live until/)).toBeVisible();

  const reader = await (await browser.newContext()).newPage();
  const banner = reader.getByRole('region', { name: 'Təcili' });
  await untilReaderSees(reader, '/az', async () => {
    await expect(banner).toContainText(text, { timeout: 100 });
  });
  await expect(banner.getByRole('link', { name: text })).toHaveAttribute('href', '/az/latest');

  await az.getByRole('button', { name: 'Take down' }).click();
  await expect(az.getByText('No line.')).toBeVisible();
  await untilReaderSees(reader, '/az', async () => {
    await expect(banner).toHaveCount(0, { timeout: 100 });
  });
  await reader.context().close();
  await page.context().close();
});
