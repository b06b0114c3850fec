import { describe, expect, it } from 'vitest';
import { getDb } from '@/lib/db/client';
import { locales } from '@/lib/i18n/locales';
import { getPublishedArticle, listLatestPerCategory, listPublished, listRelated, type ArticleSummary } from './articles';
import { parseCursor } from './cursor';
import { documentText } from '../document/schema';
import { getCategory } from './taxonomy';

async function seedArticleId(): Promise<number> {
  const row = await getDb().selectFrom('articles').select('id').where('key', '=', 'aliyev-kazakhstan-visit').executeTakeFirstOrThrow();
  return row.id;
}

async function everyPage(locale: 'ru' | 'az' | 'en', scope?: Parameters<typeof listPublished>[1]['scope']) {
  const all: ArticleSummary[] = [];
  let before = null;
  for (let guard = 0; guard < 100; guard++) {
    const page = await listPublished(locale, { scope, before, limit: 7 });
    all.push(...page.items);
    if (!page.nextCursor) break;
    before = parseCursor(page.nextCursor);
  }
  return all;
}

describe('the seed article', () => {
  it('reads in Russian exactly as on the seed page, dated 22.10.2025 09:20 Baku time', async () => {
    const article = await getPublishedArticle(await seedArticleId(), 'ru');
    expect(article).not.toBeNull();
    expect(article!.title).toBe('Визит Алиева в Казахстан углубляет сотрудничество между Баку и Астаной');
    expect(article!.lead).toMatch(/^Двухдневный государственный визит президента Азербайджана Ильхама Алиева/);
    expect(article!.publishedAt.toISOString()).toBe('2025-10-22T05:20:00.000Z');
    expect(article!.author.name).toBe('M.Aли');
    expect(article!.category.name).toBe('Экономика');
    const text = documentText(article!.body);
    expect(text).toMatch(/^Две прикаспийские страны подписали 15 соглашений/);
    expect(text).toMatch(/соединяющий Европу и Азию\.$/);
    expect(article!.body.blocks).toHaveLength(7);
    expect(article!.tags.map((t) => t.name)).toEqual(['Казахстан', 'Средний коридор', 'Каспий']);
  });

  it('exists in all three languages, each with its own slug', async () => {
    const id = await seedArticleId();
    for (const locale of locales) {
      const article = await getPublishedArticle(id, locale);
      expect(article?.locale).toBe(locale);
      expect(article!.translations.map((t) => t.locale).sort()).toEqual(['az', 'en', 'ru']);
    }
    const az = await getPublishedArticle(id, 'az');
    expect(az!.title).toContain('Qazaxıstan');
    expect(az!.slug).toMatch(/^[a-z0-9-]+$/);
    expect(az!.author.name).toBe('M.Əli');
  });
});

describe('published articles', () => {
  it('are never faked in a language they were not translated into', async () => {
    const { id } = await getDb().selectFrom('articles').select('id').where('key', '=', 'silver-prices-moderate-decline').executeTakeFirstOrThrow();
    expect(await getPublishedArticle(id, 'az')).toBeNull();
    const ru = await getPublishedArticle(id, 'ru');
    expect(ru!.translations.map((t) => t.locale).sort()).toEqual(['en', 'ru']);
  });

  it('hide drafts, unpublished and future translations', async () => {
    const db = getDb();
    const id = await seedArticleId();
    await db.updateTable('article_translations').set({ status: 'unpublished' }).where('article_id', '=', id).where('locale', '=', 'en').execute();
    try {
      expect(await getPublishedArticle(id, 'en')).toBeNull();
      const ru = await getPublishedArticle(id, 'ru');
      expect(ru!.translations.map((t) => t.locale).sort()).toEqual(['az', 'ru']);
      expect((await everyPage('en')).some((a) => a.id === id)).toBe(false);
    } finally {
      await db.updateTable('article_translations').set({ status: 'published' }).where('article_id', '=', id).where('locale', '=', 'en').execute();
    }
  });

  it('page newest first through every article exactly once', async () => {
    for (const locale of locales) {
      const all = await everyPage(locale);
      const { count } = await getDb()
        .selectFrom('article_translations')
        .select((eb) => eb.fn.countAll<string>().as('count'))
        .where('locale', '=', locale)
        .where('status', '=', 'published')
        .executeTakeFirstOrThrow();
      expect(all).toHaveLength(Number(count));
      expect(all.length).toBeGreaterThanOrEqual(30);
      expect(new Set(all.map((a) => a.id)).size).toBe(all.length);
      const times = all.map((a) => a.publishedAt.getTime());
      expect(times).toEqual([...times].sort((a, b) => b - a));
    }
  });

  it('page correctly through articles published at the same instant', async () => {
    const db = getDb();
    const ids = (await db.selectFrom('article_translations').select('article_id').where('locale', '=', 'en').orderBy('article_id').limit(4).execute()).map((r) => r.article_id);
    const original = await db.selectFrom('article_translations').select(['article_id', 'published_at']).where('locale', '=', 'en').where('article_id', 'in', ids).execute();
    await db.updateTable('article_translations').set({ published_at: '2025-10-10T10:10:10.123456+04:00' }).where('locale', '=', 'en').where('article_id', 'in', ids).execute();
    try {
      const all = await everyPage('en');
      expect(new Set(all.map((a) => a.id)).size).toBe(all.length);
      const tied = all.filter((a) => ids.includes(a.id)).map((a) => a.id);
      expect(tied).toEqual([...ids].sort((a, b) => b - a));
    } finally {
      for (const row of original) {
        await db.updateTable('article_translations').set({ published_at: row.published_at }).where('locale', '=', 'en').where('article_id', '=', row.article_id).execute();
      }
    }
  });

  it('list by category with the category named in the reader language', async () => {
    const category = await getCategory('az', 'iqtisadiyyat');
    expect(category?.name).toBe('İqtisadiyyat');
    expect(category!.translations).toEqual(
      expect.arrayContaining([
        { locale: 'ru', slug: 'ekonomika' },
        { locale: 'en', slug: 'economy' },
      ]),
    );
    const articles = await everyPage('az', { categoryId: category!.id });
    expect(articles.length).toBeGreaterThan(5);
    expect(articles.every((a) => a.category.slug === 'iqtisadiyyat')).toBe(true);
  });

  it('give at most N per category for the home page, newest first', async () => {
    const perCategory = await listLatestPerCategory('en', 3);
    expect(perCategory.size).toBeGreaterThanOrEqual(6);
    for (const [slug, articles] of perCategory) {
      expect(articles.length).toBeLessThanOrEqual(3);
      expect(articles.every((a) => a.category.slug === slug)).toBe(true);
    }
  });
});

describe('related news', () => {
  it('shares the category or a tag, is newest first and never the article itself', async () => {
    const id = await seedArticleId();
    const related = await listRelated({ id, locale: 'ru' }, 9);
    expect(related).toHaveLength(9);
    expect(related.some((a) => a.id === id)).toBe(false);
    const times = related.map((a) => a.publishedAt.getTime());
    expect(times).toEqual([...times].sort((a, b) => b - a));
    expect(related.filter((a) => a.category.name === 'Экономика').length).toBeGreaterThan(4);
  });
});
