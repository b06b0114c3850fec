import { expect, test } from '@playwright/test';
import { articleIdByKey, revalidate, withDatabase } from '../content';
import { DEMO_EDITOR, signInToAdmin } from '../users';

// A demo article no other spec reads.
const STORY = 'baku-metro-purple-line-extension-tunnelling';

test('a withdrawn story is a 410 on the site’s own page at once, and back at once when republished', async ({ browser, request }) => {
  // Several saves, each revalidating pages, and the readers' renders after them, on two shared cores.
  test.setTimeout(120_000);
  const id = await articleIdByKey(STORY);
  const { slug, title } = (await withDatabase((db) => db.query<{ slug: string; title: string }>(
    "select slug, title from article_translations where article_id = $1 and locale = 'ru'", [id]))).rows[0]!;
  const url = `/ru/news/${id}-${slug}`;
  const editor = await signInToAdmin(browser, DEMO_EDITOR);
  const readerContext = await browser.newContext();
  const reader = await readerContext.newPage();
  expect((await reader.goto(url))?.status()).toBe(200);
  await editor.goto(`/admin/articles/${id}?lang=ru`);
  try {
    await editor.getByRole('button', { name: 'Unpublish' }).click();
    await editor.getByLabel('Why is it taken off the site?').fill('Withdrawal test');
    await editor.getByRole('button', { name: 'Unpublish now' }).click();
    await expect(editor.getByText('Status: unpublished')).toBeVisible();
    // Staleness from the moment the editor's action answered: the very first request after it is the 410.
    let started = performance.now();
    const gone = await reader.goto(url);
    const goneMs = performance.now() - started;
    expect(gone?.status()).toBe(410);
    // The site's page, in the reader's language: header, footer, styles, and kept out of search engines.
    await expect(reader.getByRole('heading', { level: 1 })).toHaveText('Материал снят с публикации');
    await expect(reader.getByRole('banner')).toBeVisible();
    await expect(reader.getByRole('contentinfo')).toBeVisible();
    await expect(reader.getByRole('banner').getByRole('navigation').first()).toBeAttached();
    await expect(reader.getByRole('link', { name: 'Последние новости' }).first()).toBeVisible();
    await expect(reader.locator('meta[name="robots"]')).toHaveAttribute('content', /noindex/);
    // Tailwind's stylesheet is applied: the headline is bold, not the browser's default serif page.
    expect(await reader.getByRole('heading', { level: 1 }).evaluate((h) => getComputedStyle(h).fontWeight)).toBe('700');
    expect(await reader.locator('main').evaluate((m) => getComputedStyle(m).maxWidth)).not.toBe('none');

    await editor.getByRole('button', { name: 'Publish', exact: true }).click();
    await expect(editor.getByText('Status: published')).toBeVisible();
    // The reader's own browser must not keep the 410 either: the same navigation gets the story back.
    started = performance.now();
    const back = await reader.goto(url);
    const backMs = performance.now() - started;
    expect(back?.status()).toBe(200);
    await expect(reader.getByRole('heading', { level: 1 })).toHaveText(title);
    console.log(`withdraw → 410 answered in ${goneMs.toFixed(0)} ms; republish → 200 answered in ${backMs.toFixed(0)} ms (both asked right after the editor's action answered)`);
  } finally {
    // Whatever happened above, the story is published again for the specs after this one.
    const restored = await withDatabase((db) => db.query("update article_translations set status = 'published', version = version + 1 where article_id = $1 and locale = 'ru' and status <> 'published'", [id]));
    if (restored.rowCount) await revalidate(request, { article: id });
    await readerContext.close();
    await editor.context().close();
  }
});
