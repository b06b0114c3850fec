import { expect, test } from '@playwright/test';
import { withDatabase } from '../content';
import { DEMO_EDITOR, signInToAdmin } from '../users';

// A browser set to American English, whose own date field would ask for mm/dd/yyyy and a 12-hour clock.
test.use({ locale: 'en-US', timezoneId: 'America/New_York' });

test('the editor schedules a story in dd.mm.yyyy and 24-hour Baku time, whatever the browser’s locale; an impossible date is refused', async ({ browser }) => {
  // Several saves, each revalidating pages, and the readers' renders after them, on two shared cores.
  test.setTimeout(120_000);
  const run = Date.now().toString(36);
  const id = await withDatabase(async (db) => {
    const { rows: [author] } = await db.query<{ id: number }>("select a.id from authors a join users u on u.id = a.user_id where u.email = $1", [DEMO_EDITOR.email]);
    const { rows: [category] } = await db.query<{ id: number }>('select id from categories order by id limit 1');
    const { rows: [article] } = await db.query<{ id: number }>('insert into articles (category_id, author_id) values ($1, $2) returning id', [category!.id, author!.id]);
    await db.query("insert into article_translations (article_id, locale, slug, title, body, status) values ($1, 'en', $2, $3, $4, 'draft')",
      [article!.id, `scheduled-${run}`, `Scheduled story ${run}`, JSON.stringify({ version: 1, blocks: [] })]);
    return article!.id;
  });
  const page = await signInToAdmin(browser, DEMO_EDITOR);
  await page.goto(`/admin/articles/${id}?lang=en`);
  const date = page.getByRole('textbox', { name: 'Date, day.month.year' });
  const time = page.getByRole('textbox', { name: 'Time, 24-hour' });
  await expect(date).toHaveAttribute('placeholder', 'dd.mm.yyyy');

  await date.fill('31.02.2099');
  await time.fill('18:30');
  await page.getByRole('button', { name: 'Schedule' }).click();
  await expect(page.getByRole('main').getByRole('alert')).toContainText('There is no such date or time');
  await expect(page.getByText('Status: draft')).toBeVisible();

  await date.fill('28.02.2099');
  await page.getByRole('button', { name: 'Schedule' }).click();
  await expect(page.getByText('Status: scheduled')).toBeVisible();
  // 18:30 in Baku (UTC+4) on the 28th of February, not the 2nd of some month and not New York's clock.
  const { rows: [stored] } = await withDatabase((db) => db.query<{ published_at: Date }>("select published_at from article_translations where article_id = $1 and locale = 'en'", [id]));
  expect(stored!.published_at.toISOString()).toBe('2099-02-28T14:30:00.000Z');
  await page.context().close();
});
