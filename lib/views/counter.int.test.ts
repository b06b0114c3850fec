import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { GET, POST } from '@/app/api/views/[locale]/[id]/route';
import { getDb } from '@/lib/db/client';
import { createDraftArticle, publishedInRuAndEn } from '@/test/draft-article';
import { FLUSH_AT_VIEWS, flushViews, recentBatchSizes, recordView, viewsWritten } from './counter';

let published: number;
let draft: Awaited<ReturnType<typeof createDraftArticle>>;
beforeAll(async () => {
  [published] = (await publishedInRuAndEn(1)) as [number];
  draft = await createDraftArticle();
});
afterAll(() => draft.remove());

async function stored(articleId: number, locale: string): Promise<number> {
  const row = await getDb()
    .selectFrom('article_views')
    .select((eb) => eb.fn.coalesce(eb.fn.sum<string>('views'), eb.val('0')).as('views'))
    .where('article_id', '=', articleId)
    .where('locale', '=', locale as 'ru')
    .executeTakeFirstOrThrow();
  return Number(row.views);
}

function hit(method: 'GET' | 'POST', locale: string, id: string, headers: Record<string, string> = {}) {
  const request = new Request(`http://localhost/api/views/${locale}/${id}`, { method, headers: { 'user-agent': 'Mozilla/5.0 test', ...headers } });
  return (method === 'GET' ? GET : POST)(request, { params: Promise.resolve({ locale, id }) });
}

describe('view counting', () => {
  it('counts a reader once per article and day, and writes counts only when flushed', async () => {
    const before = await stored(published, 'en');
    expect(recordView({ articleId: published, locale: 'en', reader: '192.0.2.1\nFirefox' })).toBe(true);
    expect(recordView({ articleId: published, locale: 'en', reader: '192.0.2.1\nFirefox' })).toBe(false);
    expect(recordView({ articleId: published, locale: 'en', reader: '192.0.2.2\nFirefox' })).toBe(true);
    // The same reader on another day, or reading the other language, is a new view.
    expect(recordView({ articleId: published, locale: 'en', reader: '192.0.2.1\nFirefox' }, new Date(Date.now() + 86_400_000))).toBe(true);
    expect(recordView({ articleId: published, locale: 'ru', reader: '192.0.2.1\nFirefox' })).toBe(true);
    expect(await stored(published, 'en')).toBe(before);
    await flushViews();
    expect(await stored(published, 'en')).toBe(before + 3);
  });

  it('drops views of unpublished translations and unknown articles when writing the batch', async () => {
    recordView({ articleId: draft.id, locale: 'ru', reader: 'a' });
    recordView({ articleId: 999_999, locale: 'ru', reader: 'a' });
    recordView({ articleId: published, locale: 'az', reader: 'draft-test' });
    await flushViews();
    expect(await stored(draft.id, 'ru')).toBe(0);
    expect(await stored(999_999, 'ru')).toBe(0);
  });

  it(`writes a batch as soon as ${FLUSH_AT_VIEWS} views wait, losing none`, async () => {
    await flushViews();
    const before = await stored(published, 'ru');
    const batchesBefore = recentBatchSizes().length;
    const total = 2_500;
    for (let i = 0; i < total; i += 100) {
      for (let j = i; j < i + 100; j++) recordView({ articleId: published, locale: 'ru', reader: `load-${j}` });
      await viewsWritten();
    }
    // The last 500 wait for the timer, or for this flush.
    expect(recentBatchSizes().slice(batchesBefore)).toEqual([FLUSH_AT_VIEWS, FLUSH_AT_VIEWS]);
    await flushViews();
    expect(recentBatchSizes().slice(batchesBefore)).toEqual([FLUSH_AT_VIEWS, FLUSH_AT_VIEWS, total - 2 * FLUSH_AT_VIEWS]);
    expect(await stored(published, 'ru')).toBe(before + total);
  });

  it('counts the views that arrive while a batch is being written with the next batch, and queues one write for them', async () => {
    await flushViews();
    const before = await stored(published, 'ru');
    const batchesBefore = recentBatchSizes().length;
    // A full batch asks for a write; the 1,500 views after it, counted before the write takes its views, join it.
    for (let j = 0; j < 2_500; j++) recordView({ articleId: published, locale: 'ru', reader: `burst-${j}` });
    await viewsWritten();
    expect(recentBatchSizes().slice(batchesBefore)).toEqual([2_500]);
    expect(await stored(published, 'ru')).toBe(before + 2_500);
  });
});

describe('the view beacon', () => {
  it.each([
    ['a non-numeric id', 'az', 'abc'],
    ['id zero', 'az', '0'],
    ['an id with an exponent', 'az', '1e3'],
    ['a negative id', 'az', '-5'],
    ['an id out of range', 'az', '99999999999'],
    ['an unknown locale', 'de', '1'],
  ])('answers 400 with a localized message for %s', async (_, locale, id) => {
    for (const method of ['GET', 'POST'] as const) {
      const response = await hit(method, locale, id);
      expect(response.status).toBe(400);
      expect(response.headers.get('cache-control')).toBe('no-store');
    }
    expect(await (await hit('GET', 'az', 'abc')).text()).not.toBe('');
  });

  it('answers a 1×1 uncacheable GIF to GET and 204 to POST, and counts the view', async () => {
    await flushViews();
    const before = await stored(published, 'az');
    const image = await hit('GET', 'az', String(published), { 'x-forwarded-for': '198.51.100.7' });
    expect(image.status).toBe(200);
    expect(image.headers.get('content-type')).toBe('image/gif');
    expect(image.headers.get('cache-control')).toBe('no-store, private');
    expect(image.headers.get('set-cookie')).toBeNull();
    expect((await image.arrayBuffer()).byteLength).toBe(42);
    const beacon = await hit('POST', 'az', String(published), { 'x-forwarded-for': '198.51.100.8' });
    expect(beacon.status).toBe(204);
    // The same reader reloading is not counted again.
    await hit('GET', 'az', String(published), { 'x-forwarded-for': '198.51.100.7' });
    await flushViews();
    expect(await stored(published, 'az')).toBe(before + 2);
  });

  it('does not count readers asking not to be tracked, crawlers or prefetches', async () => {
    await flushViews();
    const before = await stored(published, 'az');
    const optOuts: Record<string, string>[] = [{ dnt: '1' }, { 'sec-gpc': '1' }, { 'user-agent': 'Googlebot/2.1' }, { 'sec-purpose': 'prefetch' }];
    for (const headers of optOuts) {
      const response = await hit('GET', 'az', String(published), { 'x-forwarded-for': '203.0.113.9', ...headers });
      expect(response.status).toBe(200);
    }
    await flushViews();
    expect(await stored(published, 'az')).toBe(before);
  });
});
