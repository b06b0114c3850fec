import { describe, expect, it, vi } from 'vitest';
import type { SessionClaims } from '@/lib/auth/sessions';
import { listCategories } from '@/lib/content/taxonomy';
import { getDb } from '@/lib/db/client';
import { form, staffWithSession } from '@/test/staff-session';
import { createCategoryAction, deleteCategoryAction, moveCategoryAction } from '@/lib/editorial/actions';
import { categoryOverview } from '@/lib/editorial/commands/categories';

const session = vi.hoisted(() => ({ claims: null as SessionClaims | null }));
vi.mock('@/lib/auth/auth', () => ({ auth: async () => (session.claims ? { claims: session.claims } : null) }));
const revalidated = vi.hoisted(() => [] as [string, string | undefined][]);
vi.mock('next/cache', () => ({ revalidatePath: (path: string, type?: string) => revalidated.push([path, type]) }));

async function newCategory(name: string): Promise<number> {
  const names = { name_ru: `${name} ру`, name_az: `${name} az`, name_en: name, slug_ru: '', slug_az: '', slug_en: '' };
  const created = await createCategoryAction(null, form(names));
  if (!created.ok) throw new Error(JSON.stringify(created.errors));
  return created.data.id;
}

const versionOf = async (id: number) =>
  (await getDb().selectFrom('categories').select('version').where('id', '=', id).executeTakeFirstOrThrow()).version;

const order = async () => (await categoryOverview()).map((c) => c.id);

async function articleIn(categoryId: number): Promise<number> {
  const db = getDb();
  const author = await db.selectFrom('authors').select('id').orderBy('id').executeTakeFirstOrThrow();
  const { id } = await db.insertInto('articles').values({ category_id: categoryId, author_id: author.id }).returning('id').executeTakeFirstOrThrow();
  await db
    .insertInto('article_translations')
    .values({ article_id: id, locale: 'en', slug: `filed-${id}`, title: 'Filed', body: JSON.stringify({ version: 1, blocks: [] }), status: 'published', published_at: new Date() })
    .execute();
  return id;
}

describe('sections in the admin', () => {
  it('are created last in the navigation and moved up, live on every page at once', async () => {
    const editor = await staffWithSession('editor');
    session.claims = editor.claims;
    const run = Date.now().toString(36);
    const first = await newCategory(`Chess ${run}`);
    const second = await newCategory(`Go ${run}`);
    expect((await order()).slice(-2)).toEqual([first, second]);
    expect((await listCategories('en')).map((c) => c.slug).slice(-1)).toEqual([`go-${run}`]);

    revalidated.length = 0;
    const moved = await moveCategoryAction(null, form({ id: String(second), version: String(await versionOf(second)), direction: 'up' }));
    expect(moved.ok).toBe(true);
    const now = await order();
    expect(now.indexOf(second)).toBe(now.indexOf(first) - 1);
    expect(revalidated).toContainEqual(['/', 'layout']);
    const entry = await getDb().selectFrom('audit_log').select(['action', 'user_id']).where('entity', '=', 'category').where('entity_id', '=', String(second)).orderBy('id', 'desc').executeTakeFirstOrThrow();
    expect(entry).toEqual({ action: 'reorder', user_id: editor.id });

    // A second tab with the page from before the move is told, and moves nothing.
    const stale = await moveCategoryAction(null, form({ id: String(second), version: '1', direction: 'up' }));
    expect(stale).toEqual({ ok: false, errors: { form: 'conflict' } });
    expect(await order()).toEqual(now);
  });

  it('are deleted only with their articles moved to another, in one step with an audit entry', async () => {
    const editor = await staffWithSession('editor');
    session.claims = editor.claims;
    const run = Date.now().toString(36);
    const leaving = await newCategory(`Leaving ${run}`);
    const staying = await newCategory(`Staying ${run}`);
    const article = await articleIn(leaving);
    const db = getDb();
    const articleVersion = (await db.selectFrom('articles').select('version').where('id', '=', article).executeTakeFirstOrThrow()).version;

    const refused = await deleteCategoryAction(null, form({ id: String(leaving), version: String(await versionOf(leaving)), moveTo: '' }));
    expect(refused).toEqual({ ok: false, errors: { form: 'categoryHasArticles' } });
    const intoItself = await deleteCategoryAction(null, form({ id: String(leaving), version: String(await versionOf(leaving)), moveTo: String(leaving) }));
    expect(intoItself).toEqual({ ok: false, errors: { form: 'sameCategory' } });
    expect(await order()).toContain(leaving);

    revalidated.length = 0;
    const deleted = await deleteCategoryAction(null, form({ id: String(leaving), version: String(await versionOf(leaving)), moveTo: String(staying) }));
    expect(deleted).toEqual({ ok: true, data: { moved: 1 } });
    expect(await order()).not.toContain(leaving);
    const moved = await db.selectFrom('articles').select(['category_id', 'version']).where('id', '=', article).executeTakeFirstOrThrow();
    expect(moved).toEqual({ category_id: staying, version: articleVersion + 1 });
    // The listing of the section it moved to has it (kept by a trigger from the article's category).
    const translation = await db.selectFrom('article_translations').select('category_id').where('article_id', '=', article).executeTakeFirstOrThrow();
    expect(translation.category_id).toBe(staying);
    expect(await db.selectFrom('category_translations').select('slug').where('category_id', '=', leaving).execute()).toEqual([]);
    const entry = await db.selectFrom('audit_log').select(['action', 'details']).where('entity', '=', 'category').where('entity_id', '=', String(leaving)).orderBy('id', 'desc').executeTakeFirstOrThrow();
    expect(entry).toEqual({ action: 'delete', details: { movedTo: staying, articles: [article] } });
    expect(revalidated).toContainEqual(['/', 'layout']);

    // An empty section goes without a question.
    const empty = await newCategory(`Empty ${run}`);
    expect(await deleteCategoryAction(null, form({ id: String(empty), version: String(await versionOf(empty)), moveTo: '' }))).toEqual({ ok: true, data: { moved: 0 } });
  });
});
