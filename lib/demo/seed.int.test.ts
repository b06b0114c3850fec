import { describe, expect, it } from 'vitest';
import { getDb } from '@/lib/db/client';
import { locales } from '@/lib/i18n/locales';
import { migrateToLatest } from '@/lib/db/migrate';
import { seedDemoContent } from './seed';

async function counts() {
  const db = getDb();
  const [articles, translations, categories] = await Promise.all([
    db.selectFrom('articles').select((eb) => eb.fn.countAll<string>().as('n')).executeTakeFirstOrThrow(),
    db.selectFrom('article_translations').select((eb) => eb.fn.countAll<string>().as('n')).executeTakeFirstOrThrow(),
    db.selectFrom('categories').select((eb) => eb.fn.countAll<string>().as('n')).executeTakeFirstOrThrow(),
  ]);
  return { articles: Number(articles.n), translations: Number(translations.n), categories: Number(categories.n) };
}

describe('demo content', () => {
  it('has at least 30 articles per language across at least six categories, a few untranslated', async () => {
    const db = getDb();
    for (const locale of locales) {
      const rows = await db
        .selectFrom('article_translations as t')
        .innerJoin('articles as a', 'a.id', 't.article_id')
        .select(['a.category_id'])
        .where('t.locale', '=', locale)
        .where('t.status', '=', 'published')
        .execute();
      expect(rows.length, locale).toBeGreaterThanOrEqual(30);
      expect(new Set(rows.map((r) => r.category_id)).size, locale).toBeGreaterThanOrEqual(6);
    }
    const { articles, translations } = await counts();
    expect(translations).toBeLessThan(articles * locales.length);
  });

  it('spreads publication over weeks, with authors and tags', async () => {
    const db = getDb();
    const span = await db
      .selectFrom('article_translations')
      .select((eb) => [eb.fn.min('published_at').as('first'), eb.fn.max('published_at').as('last')])
      .executeTakeFirstOrThrow();
    const days = (new Date(span.last!).getTime() - new Date(span.first!).getTime()) / 86_400_000;
    expect(days).toBeGreaterThanOrEqual(21);
    const authors = await db.selectFrom('articles').select('author_id').distinct().execute();
    expect(authors.length).toBeGreaterThanOrEqual(4);
    const untagged = await db
      .selectFrom('articles as a')
      .select('a.id')
      // Demo articles only (they have keys): other tests write untagged drafts into the same database.
      .where('a.key', 'is not', null)
      .where((eb) => eb.not(eb.exists(eb.selectFrom('article_tags').select('tag_id').whereRef('article_tags.article_id', '=', 'a.id'))))
      .execute();
    expect(untagged).toEqual([]);
  });

  it('loads only once: seeding and migrating again change nothing', async () => {
    const before = await counts();
    expect(await seedDemoContent(getDb())).toEqual({ articles: 0, translations: 0 });
    expect(await migrateToLatest(getDb())).toEqual([]);
    expect(await counts()).toEqual(before);
  });

  it('never overwrites what an editor changed', async () => {
    const db = getDb();
    const row = await db.selectFrom('article_translations').select(['article_id', 'title']).where('locale', '=', 'en').orderBy('article_id').executeTakeFirstOrThrow();
    await db.updateTable('article_translations').set({ title: 'Corrected headline' }).where('article_id', '=', row.article_id).where('locale', '=', 'en').execute();
    try {
      await seedDemoContent(db);
      const after = await db.selectFrom('article_translations').select('title').where('article_id', '=', row.article_id).where('locale', '=', 'en').executeTakeFirstOrThrow();
      expect(after.title).toBe('Corrected headline');
    } finally {
      await db.updateTable('article_translations').set({ title: row.title }).where('article_id', '=', row.article_id).where('locale', '=', 'en').execute();
    }
  });

  it('gives every slug in ASCII, unique per language', async () => {
    const rows = await getDb().selectFrom('article_translations').select(['locale', 'slug']).execute();
    for (const { slug } of rows) expect(slug).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
    expect(new Set(rows.map((r) => `${r.locale}/${r.slug}`)).size).toBe(rows.length);
  });
});
