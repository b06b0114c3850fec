import { afterEach, describe, expect, it, vi } from 'vitest';
import { getDb } from '@/lib/db/client';
import { testCategory } from '@/test/staff-session';
import { POST } from '@/app/api/internal/jobs/route';
import { askOwnProcess } from './own-process';
import { publishDueTranslations } from './publish-due';

vi.mock('next/cache', () => ({ revalidatePath: () => {} }));

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('scheduled publishing', () => {
  it('publishes a due translation exactly once when several ticks race, and leaves future ones alone', async () => {
    const db = getDb();
    // Articles of its own: the demo content is shared with other tests running at the same time.
    const category_id = await testCategory();
    const { author_id } = await db.selectFrom('articles').select('author_id').orderBy('id').executeTakeFirstOrThrow();
    const scheduled = async (slug: string, at: Date) => {
      const { id } = await db.insertInto('articles').values({ category_id, author_id }).returning('id').executeTakeFirstOrThrow();
      await db
        .insertInto('article_translations')
        .values({ article_id: id, locale: 'ru', slug, title: slug, body: JSON.stringify({ version: 1, blocks: [] }), status: 'scheduled', published_at: at })
        .execute();
      return { article_id: id, locale: 'ru' as const };
    };
    const due = await scheduled(`due-${Date.now()}`, new Date(Date.now() - 1_000));
    const future = await scheduled(`future-${Date.now()}`, new Date(Date.now() + 3_600_000));

    const results = await Promise.all([publishDueTranslations(), publishDueTranslations(), publishDueTranslations()]);
    expect(results.flat()).toEqual([{ articleId: due.article_id, locale: 'ru' }]);

    const status = (row: typeof due) =>
      db.selectFrom('article_translations').select('status').where('article_id', '=', row.article_id).where('locale', '=', row.locale).executeTakeFirstOrThrow();
    expect(await status(due)).toEqual({ status: 'published' });
    expect(await status(future)).toEqual({ status: 'scheduled' });
    const entries = await db.selectFrom('audit_log').select('id').where('entity_id', '=', String(due.article_id)).where('action', '=', 'published').execute();
    expect(entries).toHaveLength(1);
  });

  it('runs from the internal route only for the process itself: a request without its secret is a 404 and publishes nothing', async () => {
    const db = getDb();
    const { author_id } = await db.selectFrom('articles').select('author_id').orderBy('id').executeTakeFirstOrThrow();
    const { id } = await db.insertInto('articles').values({ category_id: await testCategory(), author_id }).returning('id').executeTakeFirstOrThrow();
    await db
      .insertInto('article_translations')
      .values({ article_id: id, locale: 'en', slug: `route-${id}`, title: 'Route probe', body: JSON.stringify({ version: 1, blocks: [] }), status: 'scheduled', published_at: new Date(Date.now() - 1_000) })
      .execute();
    const status = async () => (await db.selectFrom('article_translations').select('status').where('article_id', '=', id).executeTakeFirstOrThrow()).status;

    // The process's own request, as the timer sends it, handed to the route instead of going over loopback.
    const sent: Request[] = [];
    vi.stubGlobal('fetch', async (url: string, init: RequestInit) => {
      sent.push(new Request(url, init));
      return POST(new Request(url, init));
    });
    const secret = () => sent[0]!.headers.get('x-newsroom-job')!;
    await expect(askOwnProcess({ task: 'revalidate-everything' })).resolves.toBeDefined();

    const attempts: Record<string, string>[] = [{}, { 'x-newsroom-job': 'guess' }, { 'x-newsroom-job': `${secret()}x` }, { authorization: `Bearer ${secret()}` }];
    for (const headers of attempts) {
      const response = await POST(new Request('http://localhost/api/internal/jobs', { method: 'POST', headers, body: JSON.stringify({ task: 'publish-due' }) }));
      expect(response.status).toBe(404);
    }
    expect(await status()).toBe('scheduled');
    const response = await askOwnProcess({ task: 'publish-due' });
    expect(response.status).toBe(200);
    expect(await status()).toBe('published');
  });
});
