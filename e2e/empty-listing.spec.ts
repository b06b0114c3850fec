import { expect, test } from '@playwright/test';
import { withDatabase } from './content';
import { sitemapEntries } from './crawl';

const EMPTY_TEXT = { ru: 'Здесь пока нет новостей.', az: 'Burada hələ xəbər yoxdur.', en: 'There is no news here yet.' } as const;

test('a tag with stories in other languages but none in this one is a localized empty page, kept out of search engines', async ({ request, page }) => {
  // Found in the demo content rather than named, so the test follows it if the demo changes.
  const tag = (await withDatabase((db) => db.query<{ locale: 'ru' | 'az' | 'en'; slug: string; name: string }>(`
    select tt.locale, tt.slug, tt.name from tag_translations tt
    where not exists (select 1 from article_tags at join article_translations t on t.article_id = at.article_id
                      where at.tag_id = tt.tag_id and t.locale = tt.locale and t.status = 'published')
      and exists (select 1 from article_tags at join article_translations t on t.article_id = at.article_id
                  where at.tag_id = tt.tag_id and t.status = 'published')
    order by tt.tag_id, tt.locale limit 1`))).rows[0];
  expect(tag, 'the demo content has a tag with stories in only some languages').toBeDefined();
  const path = `/${tag!.locale}/tag/${tag!.slug}`;

  const response = await page.goto(path);
  expect(response?.status()).toBe(200);
  await expect(page.getByRole('heading', { level: 1 })).toContainText(tag!.name);
  await expect(page.getByRole('main')).toContainText(EMPTY_TEXT[tag!.locale]);
  await expect(page.locator('meta[name="robots"]')).toHaveAttribute('content', /noindex/);
  // Nor is it offered to crawlers.
  const pages = sitemapEntries(await (await request.get(`/sitemaps/${tag!.locale}/pages.xml`)).text());
  expect(pages.some((entry) => new URL(entry.loc).pathname === path)).toBe(false);
});
