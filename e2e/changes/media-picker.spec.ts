import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { tinyPng } from '../../test/images';
import { DEMO_EDITOR, signInToAdmin } from '../users';

// The visual media picker: a grid of the library's thumbnails, searched, with its own upload, for covers and bodies.
const run = Date.now().toString(36);

async function newEnglishDraft(page: Page, title: string): Promise<void> {
  await page.goto('/admin');
  const create = page.getByRole('form', { name: 'New article' });
  await create.getByLabel('Headline', { exact: true }).fill(title);
  await create.getByLabel('Language').selectOption('en');
  await create.getByRole('button', { name: 'Create draft' }).click();
  await expect(page).toHaveURL(/\/admin\/articles\/\d+\?lang=en/, { timeout: 15_000 });
}

async function uploadToLibrary(page: Page, name: string, width: number, height: number): Promise<string> {
  await page.goto('/admin/media');
  await page.getByLabel(/^Image \(PNG/).setInputFiles({ name, mimeType: 'image/png', buffer: Buffer.from(tinyPng(width, height)) });
  await page.getByRole('button', { name: 'Upload' }).click();
  await expect(page.getByRole('main').getByRole('status')).toHaveText('Uploaded.');
  await page.getByRole('searchbox', { name: 'Search by file name, alt text or caption' }).fill(name);
  await page.getByRole('button', { name: 'Search', exact: true }).click();
  const tile = page.getByRole('main').getByRole('listitem').filter({ hasText: name });
  await expect(tile).toHaveCount(1);
  await tile.getByRole('link').click();
  await page.waitForURL(/\/admin\/media\/\d+$/);
  const id = /(\d+)$/.exec(new URL(page.url()).pathname)![1]!;
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(`Image #${id}`);
  return id;
}

test('an editor gives an image its own texts, picks it as a cover from the searched grid, and readers get its alt text', async ({ browser }) => {
  test.setTimeout(120_000);
  const page = await signInToAdmin(browser, DEMO_EDITOR);
  const id = await uploadToLibrary(page, `quay-${run}.png`, 48, 32);
  // The image's own page: its texts per language, kept for whoever picks it next.
  const texts = page.getByRole('form', { name: 'Alt text and caption' });
  await texts.getByLabel('Alt text (English)').fill(`Ferries at the quay ${run}`);
  await texts.getByLabel('Caption (English)').fill(`Photo: Anews ${run}`);
  await texts.getByLabel('Alt text (Русский)').fill(`Паромы у причала ${run}`);
  await texts.getByRole('button', { name: 'Save texts' }).click();
  await expect(texts.getByRole('status')).toHaveText('Saved: the picker offers these texts from now on.');

  await newEnglishDraft(page, `Quay story ${run}`);
  await page.getByRole('textbox', { name: /^Body/ }).fill('The ferries were late.');
  await page.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(page.getByRole('status')).toHaveText('Saved.');
  await page.getByRole('button', { name: 'Publish' }).click();
  await expect(page.getByText('Status: published')).toBeVisible();

  const cover = page.getByRole('region', { name: 'Cover image' });
  await cover.getByRole('button', { name: 'Choose image' }).click();
  const picker = page.getByRole('dialog', { name: 'Choose an image' });
  await expect(picker.getByLabel('Search by file name, alt text or caption')).toBeFocused();
  // Found by its English alt text, the admin's language.
  await picker.getByLabel('Search by file name, alt text or caption').fill(`FERRIES at the quay ${run}`);
  const tiles = picker.getByRole('list', { name: 'Images of the library' }).getByRole('button');
  await expect(tiles).toHaveCount(1);
  await expect(tiles.first()).toHaveAccessibleName(`Image #${id} (48×32): Ferries at the quay ${run}`);
  await expect(picker.getByRole('status')).toHaveText('1 image');
  // The thumbnail is the narrowest variant, loaded lazily; decorative (alt=""), since the tile's name says what it is.
  await expect(tiles.first().locator('img')).toHaveAttribute('src', new RegExp(`^/media/${id}/[0-9a-f]{16}/48\\.webp$`));
  await expect(tiles.first().locator('img')).toHaveAttribute('loading', 'lazy');
  // The open picker meets WCAG 2.1 AA as the newsroom's pages do (e2e/admin-accessibility.spec.ts).
  const axe = await new AxeBuilder({ page }).include('dialog[open]').withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  expect(axe.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
  await tiles.first().focus();
  await page.keyboard.press('Enter');
  await expect(picker).toHaveCount(0);
  await expect(cover.getByRole('button', { name: 'Change image' })).toBeFocused();
  await expect(cover.getByRole('img', { name: `Chosen image #${id}` })).toBeVisible();
  // The image's own texts fill this language's fields; the story's one Save keeps them with the cover.
  await expect(cover.getByLabel('Alt text (English)')).toHaveValue(`Ferries at the quay ${run}`);
  await expect(cover.getByLabel('Caption (English)')).toHaveValue(`Photo: Anews ${run}`);
  await page.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(page.getByRole('status')).toHaveText('Saved.');
  const href = await page.getByRole('link', { name: 'Open on the site' }).getAttribute('href');

  const reader = await (await browser.newContext()).newPage();
  await reader.goto(href!);
  await expect(async () => {
    await reader.reload();
    await expect(reader.getByRole('figure').getByRole('img', { name: `Ferries at the quay ${run}` })).toBeVisible({ timeout: 100 });
  }).toPass({ timeout: 20_000, intervals: [250] });
  await expect(reader.getByRole('figure')).toContainText(`Photo: Anews ${run}`);
  await reader.context().close();
  await page.context().close();
});

test('an editor uploads from inside the picker, picks by keyboard, and a pasted table keeps its rows apart', async ({ browser }) => {
  test.setTimeout(120_000);
  const page = await signInToAdmin(browser, DEMO_EDITOR);
  await newEnglishDraft(page, `Picker upload ${run}`);
  const editorBox = page.getByRole('textbox', { name: /^Body/ });
  await editorBox.click();
  // A table copied from Word: one paragraph per row, its cells apart, not glued into one run of text.
  await editorBox.evaluate((element) => {
    const data = new DataTransfer();
    data.setData('text/html', '<table><tr><td><p>District</p></td><td>Votes</td></tr><tr><td>Sabail</td><td> 4 210 </td></tr><tr><td></td><td></td></tr></table>');
    data.setData('text/plain', 'District\tVotes\nSabail\t4 210');
    element.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
  });
  await expect(editorBox.getByRole('paragraph').filter({ hasText: /\S/ })).toHaveText(['District · Votes', 'Sabail · 4 210']);

  await page.getByRole('toolbar', { name: 'Formatting' }).getByRole('button', { name: 'Image from the library', exact: true }).click();
  const picker = page.getByRole('dialog', { name: 'Choose an image' });
  await expect(picker).toBeVisible();
  const upload = picker.getByRole('form', { name: 'Upload an image' });
  await upload.getByLabel(/^New image \(PNG/).setInputFiles({ name: `pier-${run}.png`, mimeType: 'image/png', buffer: Buffer.from(tinyPng(30, 20)) });
  await upload.getByRole('button', { name: 'Upload' }).click();
  await expect(upload.getByRole('status')).toHaveText('Uploaded: it is first in the grid.');
  // The new image is in the grid and has the focus; arrow keys move between tiles.
  const uploaded = picker.getByRole('button', { name: new RegExp(`^Image #\\d+ \\(30×20\\): pier-${run}\\.png$`) });
  await expect(uploaded).toBeFocused();
  const focusedTile = () => page.evaluate(() => document.activeElement?.getAttribute('data-media-id') ?? null);
  const id = (await uploaded.getAttribute('data-media-id'))!;
  await page.keyboard.press('ArrowRight');
  await expect.poll(focusedTile).not.toBe(id);
  expect(await focusedTile()).not.toBeNull();
  await page.keyboard.press('ArrowLeft');
  await expect(uploaded).toBeFocused();
  // Focus stays in the dialog: Tab after its last control comes back to its first, Shift+Tab the other way.
  await upload.getByRole('button', { name: 'Upload' }).focus();
  await page.keyboard.press('Tab');
  await expect(picker.getByRole('button', { name: 'Close' })).toBeFocused();
  await page.keyboard.press('Shift+Tab');
  await expect(upload.getByRole('button', { name: 'Upload' })).toBeFocused();
  await uploaded.focus();
  await page.keyboard.press('Enter');
  await expect(picker).toHaveCount(0);

  const imagePanel = page.getByRole('group', { name: 'Image from the library' });
  await expect(imagePanel.getByRole('img', { name: `Chosen image #${id}` })).toBeVisible();
  // Escape closes the picker and changes nothing.
  await imagePanel.getByRole('button', { name: 'Change image' }).click();
  await expect(picker).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(picker).toHaveCount(0);
  await expect(imagePanel.getByRole('img', { name: `Chosen image #${id}` })).toBeVisible();
  await imagePanel.getByLabel(/^Alt text/).fill('A pier at dusk');
  await imagePanel.getByRole('button', { name: 'Insert' }).click();
  await expect(editorBox.getByRole('img', { name: 'A pier at dusk' })).toBeVisible();
  await page.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(page.getByRole('status')).toHaveText('Saved.');
  await page.context().close();
});

test('an editor replaces an image’s file on its own page; its number and texts stay', async ({ browser }) => {
  test.setTimeout(90_000);
  const page = await signInToAdmin(browser, DEMO_EDITOR);
  const id = await uploadToLibrary(page, `old-${run}.png`, 40, 30);
  await expect(page.getByText(`old-${run}.png · 40×30`)).toBeVisible();
  const replace = page.getByRole('form', { name: `Replace image #${id}` });
  await replace.getByLabel('Replace with').setInputFiles({ name: `new-${run}.png`, mimeType: 'image/png', buffer: Buffer.from(tinyPng(64, 48)) });
  await replace.getByRole('button', { name: 'Replace', exact: true }).click();
  await expect(replace.getByRole('status')).toHaveText('Replaced: every article showing it now shows the new picture.');
  await expect(page.getByText(`new-${run}.png · 64×48`)).toBeVisible();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(`Image #${id}`);
  await page.context().close();
});
