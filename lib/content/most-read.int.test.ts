import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getDb } from '@/lib/db/client';
import { createDraftArticle, publishedInRuAndEn } from '@/test/draft-article';
import { listMostReadAt } from './most-read';

// Far from the hours the view-counting tests write to, so the two never see each other's counts.
const NOW = new Date('2031-03-10T12:30:00Z');
const hoursAgo = (hours: number) => new Date(Date.UTC(2031, 2, 10, 12 - hours));

let a: number, b: number, c: number;
let draft: Awaited<ReturnType<typeof createDraftArticle>>;

beforeAll(async () => {
  [a, b, c] = (await publishedInRuAndEn(3)) as [number, number, number];
  draft = await createDraftArticle();
  const views = (article_id: number, locale: 'ru' | 'en', ago: number, count: number) => ({ article_id, locale, hour: hoursAgo(ago), views: count });
  await getDb()
    .insertInto('article_views')
    .values([
      views(a, 'ru', 0, 4), // this hour
      views(a, 'ru', 23, 3), // the oldest hour in the window
      views(a, 'ru', 24, 100), // just outside it
      views(b, 'ru', 5, 2),
      views(c, 'ru', 1, 2), // ties with b: the newer article goes first
      views(c, 'en', 2, 50), // another locale
      views(draft.id, 'ru', 0, 1000), // never published
      { article_id: b, locale: 'ru', hour: new Date(NOW.getTime() + 3_600_000), views: 500 }, // the future
    ])
    .execute();
});

afterAll(async () => {
  await getDb().deleteFrom('article_views').where('hour', '>=', hoursAgo(48)).execute();
  await draft.remove();
});

describe('most read', () => {
  it('ranks the last 24 hours of one locale by views, the newer article first on a tie, published only', async () => {
    const items = await listMostReadAt('ru', 10, NOW);
    // a, b and c are newest first, so c (older) loses the tie to b.
    expect(items.map((item) => [item.id, item.views])).toEqual([
      [a, 7],
      [b, 2],
      [c, 2],
    ]);
    expect(items[0]).toMatchObject({ slug: expect.any(String), title: expect.any(String) });
  });

  it('is per locale and respects the limit', async () => {
    expect((await listMostReadAt('en', 10, NOW)).map((item) => [item.id, item.views])).toEqual([[c, 50]]);
    expect(await listMostReadAt('ru', 1, NOW)).toHaveLength(1);
    expect(await listMostReadAt('az', 10, NOW)).toEqual([]);
  });

  it('moves with the clock: an hour later the oldest hour has left the window', async () => {
    const later = new Date(NOW.getTime() + 3_600_000);
    expect((await listMostReadAt('ru', 10, later)).find((item) => item.id === a)?.views).toBe(4);
  });
});
