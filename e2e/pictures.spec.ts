import { expect, test } from '@playwright/test';
import sharp from 'sharp';
import { seedArticle } from './fixtures';

// Pictures as readers get them: every list with thumbnails in its served sizes, the lead picture first, all of them
// sized before they load, none of them carrying what the camera wrote.

for (const locale of ['ru', 'az', 'en'] as const) {
  test(`home in ${locale} shows the lead picture first and a thumbnail in every block, each with srcset, width and height`, async ({ page }) => {
    await page.goto(`/${locale}`);
    const lead = page.getByRole('article').first().locator('img');
    await expect(lead).toHaveAttribute('fetchpriority', 'high');
    await expect(lead).not.toHaveAttribute('loading', 'lazy');
    await expect(lead).toHaveAttribute('alt', /\S/);

    const pictures = page.locator('main picture');
    expect(await pictures.count()).toBeGreaterThanOrEqual(12);
    const images = await page.locator('main picture img').evaluateAll((elements) =>
      elements.map((img) => ({
        srcset: img.getAttribute('srcset') ?? '',
        width: Number(img.getAttribute('width')),
        height: Number(img.getAttribute('height')),
        loading: img.getAttribute('loading'),
        priority: img.getAttribute('fetchpriority'),
        avif: img.parentElement?.querySelector('source[type="image/avif"]')?.getAttribute('srcset') ?? '',
      })),
    );
    for (const image of images) {
      expect(image.srcset).toMatch(/^\/media\/\d+\/[0-9a-f]{16}\/\d+\.jpg \d+w(, \/media\/\d+\/[0-9a-f]{16}\/\d+\.jpg \d+w)*$/);
      expect(image.avif).toMatch(/\.avif 320w/);
      expect(image.width).toBeGreaterThan(0);
      expect(image.height).toBeGreaterThan(0);
    }
    // Only the lead asks for priority; everything else waits until it is scrolled near.
    expect(images.filter((image) => image.priority === 'high')).toHaveLength(1);
    expect(images.filter((image) => image.loading === 'lazy')).toHaveLength(images.length - 1);
  });
}

test('a thumbnail is an immutable, content-hashed file in the size and format asked for, with no metadata', async ({ page, request }) => {
  await page.goto('/en/category/economy');
  const srcset = await page.locator('main picture source[type="image/avif"]').first().getAttribute('srcset');
  const smallest = srcset!.split(', ')[0]!.split(' ')[0]!;
  const response = await request.get(smallest);
  expect(response.status()).toBe(200);
  expect(response.headers()['content-type']).toBe('image/avif');
  expect(response.headers()['cache-control']).toBe('public, max-age=31536000, immutable');
  const meta = await sharp(await response.body()).metadata();
  expect(meta.width).toBe(320);
  expect(meta.exif).toBeUndefined();
  expect(meta.xmp).toBeUndefined();
  // Another hash is another file: a wrong one is not found rather than served.
  expect((await request.get(smallest.replace(/\/[0-9a-f]{16}\//, '/0000000000000000/'))).status()).toBe(404);
});

test('the article page shows its cover in its served sizes, and shares the 1200×630 crop', async ({ page, request }) => {
  await page.goto('/en/category/economy');
  await page.getByRole('link', { name: seedArticle.en }).click();
  const cover = page.getByTestId('cover').locator('img');
  await expect(cover).toHaveAttribute('fetchpriority', 'high');
  await expect(cover).toHaveAttribute('srcset', /\d+\.jpg 320w/);
  await expect(page.getByTestId('cover').locator('figcaption')).not.toBeEmpty();
  const share = await page.locator('meta[property="og:image"]').getAttribute('content');
  expect(share).toMatch(/\/media\/\d+\/[0-9a-f]{16}\/share\.jpg$/);
  await expect(page.locator('meta[property="og:image:width"]')).toHaveAttribute('content', '1200');
  const crop = await sharp(await (await request.get(new URL(share!).pathname)).body()).metadata();
  expect([crop.width, crop.height, crop.format]).toEqual([1200, 630, 'jpeg']);
});
