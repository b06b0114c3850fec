import { randomUUID } from 'node:crypto';
import { expect, test, type Page } from '@playwright/test';
import { DEMO_EDITOR, signInToAdmin } from '../users';

/** The sections of the reader's header, in order (the wide screen's row). */
async function navigation(reader: Page): Promise<string[]> {
  await reader.goto('/en');
  return reader.getByRole('banner').getByRole('navigation', { name: 'Sections' }).last().getByRole('link').allTextContents();
}

test('an editor creates a section, moves it up the navigation and deletes it; readers see each step at once', async ({ browser }) => {
  // Several saves, each revalidating pages, and the readers' renders after them, on two shared cores.
  test.setTimeout(120_000);
  const run = randomUUID().slice(0, 6);
  const name = `Chess ${run}`;
  const admin = await signInToAdmin(browser, DEMO_EDITOR);
  const reader = await (await browser.newContext()).newPage();
  await admin.goto('/admin/taxonomy');

  await admin.getByText('New category', { exact: true }).click();
  const form = admin.getByRole('form', { name: 'New category' });
  await form.locator('input[name="name_ru"]').fill(`Шахматы ${run}`);
  await form.locator('input[name="name_az"]').fill(`Şahmat ${run}`);
  await form.locator('input[name="name_en"]').fill(name);
  await form.getByRole('button', { name: 'Save' }).click();
  const place = admin.getByRole('form', { name: `Place of ${name} in the navigation` });
  await expect(place).toBeVisible();
  const total = (await admin.getByRole('form', { name: /^Place of / }).count());
  await expect(place).toContainText(`${total} of ${total}`);
  let sections = await navigation(reader);
  // Last of the sections, before "Latest news".
  expect(sections.at(-2)?.toUpperCase()).toBe(name.toUpperCase());
  const before = sections.at(-3)!;

  await place.getByRole('button', { name: `Move ${name} up` }).click();
  await expect(place).toContainText(`${total - 1} of ${total}`);
  sections = await navigation(reader);
  expect(sections.slice(-3, -1).map((s) => s.toUpperCase())).toEqual([name.toUpperCase(), before.toUpperCase()]);

  // A section with articles says what would become of them, and offers where to move them.
  await admin.getByText('Delete Economy…').click();
  const economy = admin.getByRole('form', { name: 'Delete Economy…' });
  await expect(economy).toContainText(/\d+ articles? (is|are) filed under this category/);
  await expect(economy.getByLabel(/^Move the/)).toBeVisible();
  await expect(economy.getByRole('button', { name: /^Move \d+ articles? and delete$/ })).toBeVisible();

  await admin.getByText(`Delete ${name}…`).click();
  const remove = admin.getByRole('form', { name: `Delete ${name}…` });
  await expect(remove).toContainText('No article is filed under this category.');
  await remove.getByRole('button', { name: 'Delete the category' }).click();
  await expect(place).toHaveCount(0);
  sections = await navigation(reader);
  expect(sections.map((s) => s.toUpperCase())).not.toContain(name.toUpperCase());
  expect((await reader.goto(`/en/category/chess-${run}`))?.status()).toBe(404);
  await reader.context().close();
  await admin.context().close();
});
