import { expect, test } from '@playwright/test';

// The site's icons and manifest answer at the root, as browsers and crawlers ask for them, not through locale routing.
test('the favicon, icons and web manifest are served and linked from every page', async ({ page, request }) => {
  for (const [path, type] of [
    ['/favicon.ico', 'image/x-icon'],
    ['/icon.svg', 'image/svg+xml'],
    ['/apple-icon.png', 'image/png'],
    ['/manifest.webmanifest', 'application/manifest+json'],
  ] as const) {
    const response = await request.get(path, { maxRedirects: 0 });
    expect(response.status(), path).toBe(200);
    expect(response.headers()['content-type'], path).toContain(type);
  }
  const manifest = (await (await request.get('/manifest.webmanifest')).json()) as { theme_color: string; icons: { src: string; sizes: string }[] };
  expect(manifest.theme_color).toBe('#b4141e');
  expect(manifest.icons.map((icon) => icon.sizes)).toEqual(expect.arrayContaining(['192x192', '512x512']));
  for (const icon of manifest.icons) expect((await request.get(icon.src)).headers()['content-type'], icon.src).toBe('image/png');

  await page.goto('/az');
  for (const rel of ['icon', 'apple-touch-icon', 'manifest']) await expect(page.locator(`head link[rel="${rel}"]`).first()).toHaveCount(1);
});

test.describe('on a phone, without JavaScript', () => {
  test.use({ viewport: { width: 390, height: 844 }, javaScriptEnabled: false });

  test('the header is one short row and its menu opens to every section', async ({ page }) => {
    await page.goto('/ru');
    const header = page.getByRole('banner');
    expect((await header.boundingBox())!.height).toBeLessThanOrEqual(110);
    const menu = header.getByRole('navigation', { name: 'Разделы' });
    await expect(menu).toBeHidden();
    // The menu button is a <summary>: its label is for screen readers on a phone, beside the icon.
    await header.locator('summary', { hasText: 'Меню' }).click();
    await expect(menu.getByRole('link', { name: 'Экономика' })).toBeVisible();
    await menu.getByRole('link', { name: 'Экономика' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Экономика');
  });

  test('a word longer than the screen wraps instead of widening the page', async ({ page }) => {
    await page.goto(`/ru/search?q=${'Сверхдлинноесловобезпробелов'.repeat(7).slice(0, 200)}`);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  });
});

test('the footer gives the newsroom’s contacts and social links from the site settings', async ({ page }) => {
  await page.goto('/en');
  const footer = page.getByRole('contentinfo');
  await expect(footer.getByRole('heading', { name: 'Contacts' })).toBeVisible();
  await expect(footer.getByRole('link', { name: /^info@/ })).toHaveAttribute('href', /^mailto:/);
  const youtube = footer.getByRole('link', { name: 'YouTube (opens in a new tab)' });
  await expect(youtube).toHaveAttribute('href', /^https:\/\//);
  await expect(youtube).toHaveAttribute('rel', 'noopener noreferrer');
});
