import { expect, test, type Page } from '@playwright/test';
import { tinyPng } from '../../test/images';
import { DEMO_EDITOR, signInToAdmin } from '../users';

// The newsroom's tools beyond articles: a cover image, currency rates by hand and the breaking line.
test.describe.configure({ mode: 'serial' });

const run = Date.now().toString(36);

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
  const page = await signInToAdmin(browser, DEMO_EDITOR);
  const create = page.getByRole('form', { name: 'New article' });
  await create.getByLabel('Headline', { exact: true }).fill(title);
  await create.getByLabel('Language').selectOption('en');
  await create.getByRole('button', { name: 'Create draft' }).click();
  // Creating the draft and opening its editor is a server action and a navigation: slower than a click on a busy machine.
  await expect(page).toHaveURL(/\/admin\/articles\/\d+\?lang=en/, { timeout: 15_000 });

  await page.getByRole('textbox', { name: /^Body/ }).fill('The square was full.');
  await page.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(page.getByRole('status')).toHaveText('Saved.');
  await page.getByRole('button', { name: 'Publish' }).click();
  await expect(page.getByText('Status: published')).toBeVisible();

  const cover = page.getByRole('region', { name: 'Cover image' });
  await cover.getByLabel('Or upload a new image').setInputFiles({ name: 'square.png', mimeType: 'image/png', buffer: Buffer.from(tinyPng(64, 48)) });
  await page.getByRole('button', { name: 'Save', exact: true }).click();
  // Published in English, so the cover must be described in English.
  await expect(cover.getByRole('alert')).toHaveText('Describe the cover for readers who cannot see it: alt text is required in a published language.');
  await cover.getByLabel('Alt text (English)').fill('A grey square in the city centre');
  await cover.getByLabel('Caption (English)').fill(`Photo: Anews ${run}`);
  await page.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(page.getByRole('status')).toHaveText('Saved.');
  await expect(cover.getByRole('img', { name: /^Chosen image #\d+$/ })).toBeVisible();
  const href = await page.getByRole('link', { name: 'Open on the site' }).getAttribute('href');

  const reader = await (await browser.newContext()).newPage();
  await untilReaderSees(reader, href!, async () => {
    await expect(reader.getByRole('figure')).toContainText(`Photo: Anews ${run}`, { timeout: 100 });
  });
  const image = reader.getByRole('figure').getByRole('img', { name: 'A grey square in the city centre' });
  await expect(image).toHaveAttribute('width', '64');
  await expect(image).toHaveAttribute('height', '48');
  await expect(image).not.toHaveAttribute('loading', 'lazy');
  // Narrower than the narrowest served width, so it is served at its own.
  const src = await image.getAttribute('src');
  const [, base] = /^(\/media\/\d+\/[0-9a-f]{16})\/64\.jpg$/.exec(src!)!;
  await expect(image).toHaveAttribute('srcset', `${base}/64.jpg 64w`);
  // The browser took one of those files, and it decoded.
  expect(await image.evaluate((el) => (el as HTMLImageElement).currentSrc)).toMatch(new RegExp(`${base}/64\\.(avif|webp|jpg)$`));
  expect(await image.evaluate((el) => (el as HTMLImageElement).complete && (el as HTMLImageElement).naturalWidth > 0)).toBe(true);
  // Shared as the 1200×630 crop of the cover.
  const share = `${base}/share.jpg`;
  await expect(reader.locator('meta[property="og:image"]')).toHaveAttribute('content', new RegExp(`^https?://[^/]+${share}$`));
  await expect(reader.locator('meta[property="og:image:width"]')).toHaveAttribute('content', '1200');
  await expect(reader.locator('meta[property="og:image:height"]')).toHaveAttribute('content', '630');
  await expect(reader.locator('meta[name="twitter:image"]')).toHaveAttribute('content', new RegExp(`${share}$`));
  const jsonLd = await reader.locator('script[type="application/ld+json"]').allTextContents();
  const article = jsonLd.map((text) => JSON.parse(text) as unknown).flat().find((item) => (item as { '@type'?: string })['@type'] === 'NewsArticle') as {
    image: { url: string; width: number; height: number }[];
  };
  expect(article.image[0]).toMatchObject({ width: 1200, height: 630 });
  expect(article.image[0]!.url).toMatch(new RegExp(`${share}$`));
  await reader.context().close();
  await page.context().close();
});

test('an editor formats a body in the rich-text editor, and readers get every element as it looked', async ({ browser }) => {
  test.setTimeout(90_000);
  const title = `Rich body ${run}`;
  const page = await signInToAdmin(browser, DEMO_EDITOR);
  await page.getByRole('link', { name: 'Media' }).click();
  await page.getByLabel(/^Image \(PNG/).setInputFiles({ name: 'crowd.png', mimeType: 'image/png', buffer: Buffer.from(tinyPng(40, 30)) });
  await page.getByRole('button', { name: 'Upload' }).click();
  await expect(page.getByRole('main').getByRole('status')).toHaveText('Uploaded.');
  const uploaded = /#(\d+)/.exec((await page.getByText(/^Image #\d+ \(40×30\)$/).first().textContent())!)![1]!;

  await page.getByRole('link', { name: 'Articles' }).click();
  const create = page.getByRole('form', { name: 'New article' });
  await create.getByLabel('Headline', { exact: true }).fill(title);
  await create.getByLabel('Language').selectOption('en');
  await create.getByRole('button', { name: 'Create draft' }).click();
  await expect(page).toHaveURL(/\/admin\/articles\/\d+\?lang=en/, { timeout: 15_000 });

  const tool = (name: string) => page.getByRole('toolbar', { name: 'Formatting' }).getByRole('button', { name, exact: true });
  const editorBox = page.getByRole('textbox', { name: /^Body/ });
  await editorBox.click();
  // Hostile HTML pasted from elsewhere keeps its text and loses everything that could run.
  await editorBox.evaluate((element) => {
    const data = new DataTransfer();
    data.setData('text/html', '<p>Pasted <a href="javascript:window.__xss=1">trap</a><img src=x onerror="window.__xss=2"><script>window.__xss=3</script></p><svg onload="window.__xss=4"></svg>');
    data.setData('text/plain', 'Pasted trap');
    element.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
  });
  await expect(editorBox.getByRole('paragraph').first()).toHaveText('Pasted trap');
  await expect(editorBox.getByRole('link')).toHaveCount(0);
  await page.keyboard.press('Enter');
  await page.keyboard.type('The square was full.');
  await page.keyboard.press('Enter');
  await tool('Subheading').click();
  await page.keyboard.type('What the mayor said');
  await page.keyboard.press('Enter');
  // Markdown-style shortcuts work as the editor types.
  await page.keyboard.type('> Works resume on Monday.');
  await page.keyboard.press('Enter');
  await tool('Quote').click();
  await page.keyboard.type('See the plan');
  for (let i = 0; i < 4; i++) await page.keyboard.press('Shift+ArrowLeft');
  await tool('Link').click();
  const linkPanel = page.getByRole('group', { name: 'Link' });
  await linkPanel.getByLabel('Link address').fill('javascript:alert(1)');
  await linkPanel.getByLabel('Link address').press('Enter');
  await expect(linkPanel.getByRole('alert')).toHaveText('Links must start with https://, http://, mailto: or /.');
  await linkPanel.getByLabel('Link address').fill('https://baku.az/plan');
  // Enter applies the link; it does not submit the article form around the panel.
  await linkPanel.getByLabel('Link address').press('Enter');
  await expect(linkPanel).toHaveCount(0);
  await expect(page.getByText('Saved.')).toHaveCount(0);
  // The editor takes focus back a frame after the panel closes; keys pressed before that would go nowhere.
  await expect(editorBox).toBeFocused();
  await page.keyboard.press('End');
  await page.keyboard.press('Enter');
  await tool('Bulleted list').click();
  await page.keyboard.type('Roads');
  await page.keyboard.press('Enter');
  await page.keyboard.type('Parks');
  await page.keyboard.press('Enter');
  await page.keyboard.press('Enter');

  await tool('Image from the library').click();
  const imagePanel = page.getByRole('group', { name: 'Image from the library' });
  // The library opens at once; the image just uploaded is found by its file name and picked from the grid.
  const picker = page.getByRole('dialog', { name: 'Choose an image' });
  await picker.getByLabel('Search by file name, alt text or caption').fill('crowd.png');
  await picker.getByRole('button', { name: new RegExp(`^Image #${uploaded} \\(40×30\\)`) }).click();
  await expect(picker).toHaveCount(0);
  await expect(imagePanel.getByRole('img', { name: `Chosen image #${uploaded}` })).toBeVisible();
  await imagePanel.getByRole('button', { name: 'Insert' }).click();
  await expect(imagePanel.getByRole('alert')).toHaveText('Describe the image for readers who cannot see it.');
  await imagePanel.getByLabel(/^Alt text/).fill('Crowd on the square');
  await imagePanel.getByLabel(/^Caption/).fill(`Photo: Anews ${run}`);
  await imagePanel.getByRole('button', { name: 'Insert' }).click();
  await tool('YouTube video').click();
  const videoPanel = page.getByRole('group', { name: 'YouTube video' });
  await videoPanel.getByLabel('YouTube link').fill('https://evil.example/watch?v=dQw4w9WgXcQ');
  await videoPanel.getByRole('button', { name: 'Insert' }).click();
  await expect(videoPanel.getByRole('alert')).toHaveText('This YouTube link was not recognised.');
  await videoPanel.getByLabel('YouTube link').fill('https://youtu.be/dQw4w9WgXcQ');
  await videoPanel.getByRole('button', { name: 'Insert' }).click();

  await page.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(page.getByRole('status')).toHaveText('Saved.');
  // What was saved comes back into the editor as it was, with nothing left over as unsaved.
  await page.reload();
  await expect(editorBox.getByRole('heading', { level: 2 })).toHaveText('What the mayor said');
  await expect(editorBox.getByRole('link', { name: 'plan' })).toHaveAttribute('href', 'https://baku.az/plan');
  await expect(editorBox.getByRole('img', { name: 'Crowd on the square' })).toBeVisible();
  await expect(editorBox).toContainText('YouTube · dQw4w9WgXcQ');
  await expect(page.getByRole('button', { name: 'Restore the unsaved text' })).toHaveCount(0);
  await page.getByRole('button', { name: 'Publish' }).click();
  await expect(page.getByText('Status: published')).toBeVisible();

  const href = await page.getByRole('link', { name: 'Open on the site' }).getAttribute('href');
  const reader = await (await browser.newContext()).newPage();
  // The site's Content-Security-Policy lets the video's frame in (Chromium reports what it refuses on the console).
  const refused: string[] = [];
  reader.on('console', (message) => {
    if (/Content Security Policy/i.test(message.text())) refused.push(message.text());
  });
  await reader.goto(href!);
  const article = reader.getByRole('article');
  await expect(article.getByRole('heading', { level: 2, name: 'What the mayor said' })).toBeVisible();
  await expect(article.locator('blockquote')).toHaveText('Works resume on Monday.');
  await expect(article.locator('blockquote + p')).toHaveText('See the plan');
  await expect(article.getByRole('link', { name: 'plan', exact: true })).toHaveAttribute('href', 'https://baku.az/plan');
  await expect(article.getByRole('list').filter({ hasText: 'Roads' }).getByRole('listitem')).toHaveText(['Roads', 'Parks']);
  const figure = article.getByRole('figure').filter({ hasText: `Photo: Anews ${run}` });
  await expect(figure.getByRole('img', { name: 'Crowd on the square' })).toHaveAttribute('src', new RegExp(`^/media/${uploaded}/[0-9a-f]{16}/40\\.jpg$`));
  await expect(figure.getByRole('img', { name: 'Crowd on the square' })).toHaveAttribute('width', '40');
  await expect(article.locator('iframe')).toHaveAttribute('src', 'https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ');
  await expect(article.getByText('Pasted trap')).toBeVisible();
  await expect(article.getByRole('link', { name: 'trap' })).toHaveCount(0);
  for (const browserPage of [page, reader]) expect(await browserPage.evaluate(() => (window as { __xss?: number }).__xss)).toBeUndefined();
  expect(refused).toEqual([]);
  await reader.context().close();

  // Ctrl+End after a body that ends in a video, then typing, writes after the video instead of over it.
  await page.reload();
  const video = editorBox.getByText('YouTube · dQw4w9WgXcQ');
  await expect(video).toBeVisible();
  await editorBox.click();
  await page.keyboard.press('ControlOrMeta+End');
  await page.keyboard.type('Written after the video');
  await expect(video).toBeVisible();
  await expect(editorBox.getByRole('paragraph').last()).toHaveText('Written after the video');
  await page.context().close();
});

test('an editor sets a rate by hand and the ticker readers see shows it', async ({ browser }) => {
  const page = await signInToAdmin(browser, DEMO_EDITOR);
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
  // Each change marks every page stale, and the reader's first visit after each renders it anew on two busy cores.
  test.setTimeout(90_000);
  const text = `Təcili: yoxlama ${run}`;
  const page = await signInToAdmin(browser, DEMO_EDITOR);
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
