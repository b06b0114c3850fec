import { expect, test } from '@playwright/test';
import { tinyPng } from '../../test/images';
import { withDatabase } from '../content';
import { DEMO_EDITOR, signInToAdmin } from '../users';

test('an editor finds images by file name and alt text, opens one to see where it is used, and deletes only an unused one', async ({ browser }) => {
  // Several saves, each revalidating pages, and the readers' renders after them, on two shared cores.
  test.setTimeout(120_000);
  const run = Date.now().toString(36);
  const page = await signInToAdmin(browser, DEMO_EDITOR);
  await page.goto('/admin/media');
  await page.getByLabel(/^Image \(PNG/).setInputFiles({ name: `harbour-${run}.png`, mimeType: 'image/png', buffer: Buffer.from(tinyPng(40, 30)) });
  await page.getByRole('button', { name: 'Upload' }).click();
  await expect(page.getByRole('status')).toHaveText('Uploaded.');

  const search = async (query: string) => {
    await page.getByRole('searchbox', { name: 'Search by file name, alt text or caption' }).fill(query);
    await page.getByRole('button', { name: 'Search', exact: true }).click();
    await page.waitForURL((url) => url.searchParams.get('q') === query);
  };
  await search(`HARBOUR-${run}`);
  const items = page.getByRole('main').getByRole('listitem').filter({ hasText: /^Image #/ });
  await expect(items).toHaveCount(1);
  await expect(items.first()).toContainText(`harbour-${run}.png`);
  await expect(items.first()).toContainText('Not used in any article.');

  // A demo cover, found by its alt text: it lists the article it illustrates, and cannot be deleted.
  const cover = (await withDatabase((db) => db.query<{ id: number; alt: string; title: string }>(`
    select a.cover_media_id as id, t.cover_alt as alt, t.title from articles a
      join article_translations t on t.article_id = a.id and t.locale = 'en'
     where a.cover_media_id is not null and t.cover_alt <> '' order by a.id limit 1`))).rows[0]!;
  // The search field takes 100 characters; alt texts are longer.
  await search(cover.alt.slice(0, 60).trim());
  const used = items.filter({ hasText: `Image #${cover.id} ` });
  await expect(used).toContainText(/Used in \d+ places?/);
  await expect(used.getByRole('button', { name: 'Delete' })).toHaveCount(0);
  // Replacing is on the image's own page, not on every tile.
  await expect(page.getByRole('main').getByLabel('Replace with')).toHaveCount(0);
  await used.getByRole('link', { name: `Image #${cover.id} ` }).click();
  await expect(page.getByRole('heading', { level: 1, name: `Image #${cover.id}` })).toBeVisible();
  await expect(page.getByRole('heading', { name: /Used in \d+ places?/ })).toBeVisible();
  await expect(page.getByRole('link', { name: cover.title })).toBeVisible();
  await expect(page.getByLabel('Replace with')).toHaveCount(1);
  await page.goBack();

  await search(`harbour-${run}`);
  await items.first().getByRole('button', { name: 'Delete' }).click();
  await expect(page.getByText(`No image matches “harbour-${run}”.`)).toBeVisible();
  await page.context().close();
});

test('an image over the upload limit gets the form’s own message in the editor’s language, and nothing is stored', async ({ browser }) => {
  test.setTimeout(90_000);
  const page = await signInToAdmin(browser, DEMO_EDITOR);
  // The spec beside this one uploads and deletes meanwhile: what this one sent is told by its file's name.
  const name = `huge-${Date.now().toString(36)}.png`;
  const stored = async () => Number((await withDatabase((db) => db.query<{ n: string }>('select count(*) as n from media where file_name = $1', [name]))).rows[0]!.n);
  await page.goto('/admin/media');
  // 10.5 MB: below Next's own limit before this check existed, an 11 MB one answered a bare 500.
  for (const size of [10.5 * 1024 * 1024, 11 * 1024 * 1024, 30 * 1024 * 1024]) {
    await page.getByLabel(/^Image \(PNG/).setInputFiles({ name, mimeType: 'image/png', buffer: Buffer.alloc(size) });
    await page.getByRole('button', { name: 'Upload' }).click();
    await expect(page.getByRole('main').getByRole('alert')).toHaveText('The file is larger than 10 MB.');
  }
  expect(await stored()).toBe(0);
  await page.context().close();
});
