import { expect, test, type Browser, type Page } from '@playwright/test';
import sharp from 'sharp';
import { cameraJpeg } from '../../test/images';
import { DEMO_EDITOR, signInToAdmin } from '../users';

// What an editor uploads or writes, as readers then get it: pictures without the camera's metadata, upright, and
// headlines that never push the page sideways.
test.describe.configure({ mode: 'serial' });

const run = Date.now().toString(36);

async function publishDraft(browser: Browser, title: string): Promise<{ page: Page; href: string }> {
  const page = await signInToAdmin(browser, DEMO_EDITOR);
  const create = page.getByRole('form', { name: 'New article' });
  await create.getByLabel('Headline', { exact: true }).fill(title);
  await create.getByLabel('Language').selectOption('en');
  await create.getByRole('button', { name: 'Create draft' }).click();
  await expect(page).toHaveURL(/\/admin\/articles\/\d+\?lang=en/, { timeout: 15_000 });
  await page.getByLabel('Lead').fill(`Lead of ${run}.`);
  await page.getByRole('textbox', { name: /^Body/ }).fill('The square was full.');
  await page.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(page.getByRole('status')).toHaveText('Saved.');
  await page.getByRole('button', { name: 'Publish' }).click();
  await expect(page.getByText('Status: published')).toBeVisible();
  const href = await page.getByRole('link', { name: 'Open on the site' }).getAttribute('href');
  return { page, href: href! };
}

/** Reloads a reader page until `check` holds: the change reaches cached pages through the site's listener. */
async function untilReaderSees(page: Page, path: string, check: () => Promise<void>): Promise<void> {
  await page.goto(path);
  await expect(async () => {
    await page.reload();
    await check();
  }).toPass({ timeout: 10_000, intervals: [250] });
}

test('a phone photo with GPS and a sideways orientation is served upright, in every size and format, without its metadata', async ({ browser, request }) => {
  test.setTimeout(90_000);
  const { page, href } = await publishDraft(browser, `Phone photo ${run}`);
  // 1600×1000 as the sensor stored it, orientation 6: it is 1000 wide and 1600 tall as the camera meant it.
  const photo = await cameraJpeg(1600, 1000);
  expect((await sharp(photo).metadata()).exif).toBeDefined();
  const cover = page.getByRole('region', { name: 'Cover image' });
  await cover.getByLabel('Or upload a new image').setInputFiles({ name: 'IMG_0001.jpg', mimeType: 'image/jpeg', buffer: photo });
  await cover.getByLabel('Alt text (English)').fill('Fishermen on the boulevard');
  await page.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(page.getByRole('status')).toHaveText('Saved.');
  await expect(cover.getByRole('img', { name: /^Chosen image #\d+$/ })).toBeVisible();

  const reader = await (await browser.newContext()).newPage();
  await untilReaderSees(reader, href, async () => {
    await expect(reader.getByTestId('cover').locator('img')).toHaveAttribute('alt', 'Fishermen on the boulevard', { timeout: 100 });
  });
  const image = reader.getByTestId('cover').locator('img');
  await expect(image).toHaveAttribute('width', '1000');
  await expect(image).toHaveAttribute('height', '1600');
  const urls = await reader.getByTestId('cover').evaluate((figure) =>
    [...figure.querySelectorAll('source, img')].flatMap((element) => (element.getAttribute('srcset') ?? '').split(', ').map((entry) => entry.split(' ')[0]!)),
  );
  const share = new URL((await reader.locator('meta[property="og:image"]').getAttribute('content'))!).pathname;
  const original = share.replace(/\/[0-9a-f]{16}\/share\.jpg$/, '');
  // Three formats in 320, 640 and 960 and the original's 1000, then the share crop and the cleaned original.
  expect(urls).toHaveLength(12);
  for (const url of [...urls, share, original]) {
    const response = await request.get(url);
    expect(response.status(), url).toBe(200);
    const meta = await sharp(await response.body()).metadata();
    expect(meta.exif, url).toBeUndefined();
    expect(meta.xmp, url).toBeUndefined();
    expect(meta.iptc, url).toBeUndefined();
    expect(meta.orientation ?? 1, url).toBe(1);
    if (url === share) expect([meta.width, meta.height]).toEqual([1200, 630]);
    else expect(meta.height!, url).toBeGreaterThan(meta.width!);
  }
  await reader.context().close();
  await page.context().close();
});

test('a 200-character headline with no space in it wraps: no reader page scrolls sideways at 390 px', async ({ browser }) => {
  test.setTimeout(90_000);
  const word = `Supercalifragilistic${run}`.padEnd(200, 'x');
  const { page, href } = await publishDraft(browser, word);
  const reader = await (await browser.newContext({ viewport: { width: 390, height: 844 } })).newPage();
  await untilReaderSees(reader, href, async () => {
    await expect(reader.getByRole('heading', { level: 1 })).toHaveText(word, { timeout: 100 });
  });
  for (const path of [href, '/en', '/en/latest', `/en/search?q=${word}`]) {
    await reader.goto(path);
    await expect(reader.getByText(word).first()).toBeVisible();
    const width = await reader.evaluate(() => document.scrollingElement!.scrollWidth);
    expect(width, path).toBeLessThanOrEqual(390);
  }
  await reader.context().close();
  await page.context().close();
});
