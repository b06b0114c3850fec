import { sql } from 'kysely';
import { afterEach, describe, expect, it } from 'vitest';
import { getDb } from '@/lib/db/client';
import { listPublished } from './articles';

const created: number[] = [];
afterEach(async () => {
  if (created.length) await getDb().deleteFrom('articles').where('id', 'in', created.splice(0)).execute();
});

async function publishedStory(categoryId: number, authorId: number): Promise<number> {
  const db = getDb();
  const { id } = await db.insertInto('articles').values({ category_id: categoryId, author_id: authorId }).returning('id').executeTakeFirstOrThrow();
  created.push(id);
  await db
    .insertInto('article_translations')
    .values({ article_id: id, locale: 'en', slug: `scope-${id}`, title: `Scope ${id}`, body: JSON.stringify({ version: 1, blocks: [] }), status: 'published', published_at: sql`now() - interval '1 second'` })
    .execute();
  return id;
}

const idsIn = async (scope: { categoryId: number } | { authorId: number }) =>
  (await listPublished('en', { scope, limit: 50 })).items.map((item) => item.id);

describe('section and author listings', () => {
  it('follow an article to the section and author it is moved to, for the translations it has and those it gets', async () => {
    const db = getDb();
    const [first, second] = await db.selectFrom('categories').select('id').orderBy('id').limit(2).execute();
    const [writer, other] = await db.selectFrom('authors').select('id').orderBy('id').limit(2).execute();
    const id = await publishedStory(first!.id, writer!.id);
    expect(await idsIn({ categoryId: first!.id })).toContain(id);
    expect(await idsIn({ authorId: writer!.id })).toContain(id);

    await db.updateTable('articles').set({ category_id: second!.id, author_id: other!.id }).where('id', '=', id).execute();
    expect(await idsIn({ categoryId: first!.id })).not.toContain(id);
    expect(await idsIn({ categoryId: second!.id })).toContain(id);
    expect(await idsIn({ authorId: writer!.id })).not.toContain(id);
    expect(await idsIn({ authorId: other!.id })).toContain(id);

    await db
      .insertInto('article_translations')
      .values({ article_id: id, locale: 'ru', slug: `scope-ru-${id}`, title: 'Охват', body: JSON.stringify({ version: 1, blocks: [] }), status: 'published', published_at: sql`now()` })
      .execute();
    const ru = await db.selectFrom('article_translations').select(['category_id', 'author_id']).where('article_id', '=', id).where('locale', '=', 'ru').executeTakeFirstOrThrow();
    expect(ru).toEqual({ category_id: second!.id, author_id: other!.id });
  });
});
