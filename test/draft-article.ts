import { getDb } from '@/lib/db/client';

/** An article whose only translation (ru) is a draft, for "unpublished is never counted or listed"; returns its id. */
export async function createDraftArticle(): Promise<{ id: number; remove(): Promise<void> }> {
  const db = getDb();
  const category = await db.selectFrom('categories').select('id').orderBy('id').executeTakeFirstOrThrow();
  const author = await db.selectFrom('authors').select('id').orderBy('id').executeTakeFirstOrThrow();
  const { id } = await db.insertInto('articles').values({ category_id: category.id, author_id: author.id }).returning('id').executeTakeFirstOrThrow();
  await db
    .insertInto('article_translations')
    .values({ article_id: id, locale: 'ru', slug: `chernovik-${id}`, title: 'Черновик', body: JSON.stringify({ version: 1, blocks: [] }), status: 'draft' })
    .execute();
  return { id, remove: async () => void (await db.deleteFrom('articles').where('id', '=', id).execute()) };
}

/** The newest articles published in both `ru` and `en`, newest first. */
export async function publishedInRuAndEn(count: number): Promise<number[]> {
  const rows = await getDb()
    .selectFrom('article_translations as ru')
    .innerJoin('article_translations as en', (join) => join.onRef('en.article_id', '=', 'ru.article_id').on('en.locale', '=', 'en'))
    .select('ru.article_id')
    .where('ru.locale', '=', 'ru')
    .where('ru.status', '=', 'published')
    .where('en.status', '=', 'published')
    .orderBy('ru.published_at', 'desc')
    .limit(count)
    .execute();
  return rows.map((row) => row.article_id);
}
