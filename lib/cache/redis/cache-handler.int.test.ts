import { randomUUID } from 'node:crypto';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createClient } from '@redis/client';
import { areTagsExpired, areTagsStale } from 'next/dist/server/lib/incremental-cache/tags-manifest.external';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { freePort } from '@/test/free-port';
import { REDIS_INSTALL_HINT, redisAnswers, TEST_REDIS_URL } from '@/test/redis';
import { redisCacheHandler } from './cache-handler.mjs';
import { closeRedisConnections, SharedRedis } from '../../redis/connection.mjs';

// Against a real Redis; every test writes under a prefix of its own and deletes exactly its keys afterwards.
const prefixes: string[] = [];
const buildDirs: string[] = [];
const ownConnections: SharedRedis[] = [];

beforeAll(async () => {
  if (!(await redisAnswers())) throw new Error(REDIS_INSTALL_HINT);
});

afterAll(async () => {
  const admin = createClient({ url: TEST_REDIS_URL });
  await admin.connect();
  for (const prefix of prefixes) {
    for await (const keys of admin.scanIterator({ MATCH: `${prefix}*`, COUNT: 500 })) if (keys.length) await admin.del(keys);
  }
  await admin.close();
  await Promise.all(ownConnections.map((connection) => connection.close()));
  await closeRedisConnections();
  for (const dir of buildDirs) rmSync(dir, { recursive: true, force: true });
});

/** A `.next/server` folder of a build with this id, as Next passes it to the handler. */
function serverDistDir(buildId: string): string {
  const dist = mkdtempSync(path.join(tmpdir(), 'redis-cache-build-'));
  buildDirs.push(dist);
  mkdirSync(path.join(dist, 'server'));
  writeFileSync(path.join(dist, 'BUILD_ID'), buildId);
  return path.join(dist, 'server');
}

/** Two app instances sharing one Redis: separate handler classes, each with its own connection. */
function twoInstances(buildId = 'build-1') {
  const keyPrefix = `anews-test:${randomUUID()}:`;
  prefixes.push(keyPrefix);
  const dist = serverDistDir(buildId);
  const instance = () => {
    const connection = new SharedRedis(TEST_REDIS_URL);
    ownConnections.push(connection);
    const Handler = redisCacheHandler({ url: TEST_REDIS_URL, keyPrefix, connection });
    return new Handler({ revalidatedTags: [], _requestHeaders: {}, serverDistDir: dist });
  };
  return { a: instance(), b: instance(), keyPrefix };
}

type Handler = InstanceType<ReturnType<typeof redisCacheHandler>>;
// Next types the kinds as const enums, which isolated modules cannot name: the test writes their string values.
type Value = Parameters<Handler['set']>[1];
type GetContext = Parameters<Handler['get']>[1];
const asValue = (value: object) => value as unknown as Value;
const asContext = (ctx: object) => ctx as unknown as GetContext;

const PAGE = asContext({ kind: 'APP_PAGE', isFallback: false });

function articlePage(tags: string[]) {
  return {
    kind: 'APP_PAGE' as const,
    html: '<!DOCTYPE html><html lang="az"><body><h1>Bakı — xəbər</h1></body></html>',
    // Bytes that a UTF-8 round trip would not survive.
    rscData: Buffer.from([0x00, 0xff, 0xfe, 0x31, 0x3a, 0x49, 0x5b, 0x0a, 0xc3]),
    status: 200,
    postponed: undefined,
    headers: { 'x-next-cache-tags': tags.join(','), 'x-nextjs-stale-time': '300' },
    segmentData: new Map([
      ['/_tree', Buffer.from([0xde, 0xad, 0xbe, 0xef])],
      ['/_full', Buffer.from('segment ✓')],
    ]),
  };
}

const implicitTags = (path: string) => ['_N_T_/layout', '_N_T_/[locale]/layout', '_N_T_/[locale]/news/[article]/page', `_N_T_${path}`];

describe('the shared page cache in Redis', () => {
  it('gives back a page entry exactly as it was stored, Buffers and segment Map included, with its lifetime', async () => {
    const { a, b, keyPrefix } = twoInstances();
    const value = articlePage(implicitTags('/az/news/1-baki'));
    const before = Date.now();
    await a.set('/az/news/1-baki', asValue(value), { cacheControl: { revalidate: 300, expire: 3_600 } });

    const entry = await b.get('/az/news/1-baki', PAGE);
    expect(entry).not.toBeNull();
    expect(entry!.value).toEqual(value);
    const got = entry!.value as ReturnType<typeof articlePage>;
    expect(Buffer.isBuffer(got.rscData)).toBe(true);
    expect(got.rscData.equals(value.rscData)).toBe(true);
    expect(got.segmentData).toBeInstanceOf(Map);
    expect(got.segmentData.get('/_tree')!.equals(Buffer.from([0xde, 0xad, 0xbe, 0xef]))).toBe(true);
    expect(entry!.cacheControl).toEqual({ revalidate: 300, expire: 3_600 });
    expect(entry!.lastModified).toBeGreaterThanOrEqual(before);
    expect(await b.get('/az/news/2-other', PAGE)).toBeNull();

    // The entry lives no longer than its `expire`: Redis does not keep what Next would not serve.
    const admin = createClient({ url: TEST_REDIS_URL });
    await admin.connect();
    const [key] = await admin.keys(`${keyPrefix}*entry:/az/news/1-baki`);
    const ttl = await admin.ttl(key!);
    await admin.close();
    expect(ttl).toBeGreaterThan(3_500);
    expect(ttl).toBeLessThanOrEqual(3_600);
  });

  it('keeps no 404 and no redirect, and forgets what the same URL held before', async () => {
    const { a, b } = twoInstances();
    const path = `/ru/news/${randomUUID()}`;
    await a.set(path, asValue(articlePage(implicitTags(path))), { cacheControl: { revalidate: 300, expire: undefined } });
    expect(await b.get(path, PAGE)).not.toBeNull();
    // The article was withdrawn: its page renders a 404, which is not kept, and the old page is gone with it.
    await a.set(path, asValue({ ...articlePage(implicitTags(path)), status: 404 }), { cacheControl: { revalidate: 300, expire: undefined } });
    expect(await b.get(path, PAGE)).toBeNull();
    await a.set('/ru/tag/no-such-tag', asValue({ ...articlePage([]), status: 404 }), { cacheControl: { revalidate: 300, expire: undefined } });
    await a.set('/ru/news/1-old-slug', asValue({ ...articlePage([]), status: 308 }), { cacheControl: { revalidate: 300, expire: undefined } });
    expect(await b.get('/ru/tag/no-such-tag', PAGE)).toBeNull();
    expect(await b.get('/ru/news/1-old-slug', PAGE)).toBeNull();
  });

  it('stays within PAGE_CACHE_MAX_BYTES however many pages are written, dropping the least recently used first', async () => {
    vi.stubEnv('PAGE_CACHE_MAX_BYTES', '1m');
    try {
      const { a, b, keyPrefix } = twoInstances();
      const page = () => asValue({ ...articlePage([]), html: `<p>${'x'.repeat(100_000)}</p>` });
      const context = { cacheControl: { revalidate: 300, expire: undefined } };
      await a.set('/az', page(), context);
      for (let i = 0; i < 40; i++) {
        await a.set(`/az/latest/before/${i}-1`, page(), context);
        // Readers keep the home page in use on the other instance.
        if (i % 4 === 0) expect(await b.get('/az', PAGE)).not.toBeNull();
      }
      const admin = createClient({ url: TEST_REDIS_URL });
      await admin.connect();
      let bytes = 0;
      let entries = 0;
      for await (const keys of admin.scanIterator({ MATCH: `${keyPrefix}*entry:*`, COUNT: 500 })) {
        for (const key of keys) {
          bytes += await admin.strLen(key);
          entries++;
        }
      }
      const counted = Number(await admin.get(`${keyPrefix}page-bytes`));
      await admin.close();
      expect(bytes).toBeLessThanOrEqual(1024 * 1024);
      expect(counted).toBe(bytes);
      expect(entries).toBeGreaterThan(5);
      expect(await b.get('/az', PAGE)).not.toBeNull();
      expect(await b.get('/az/latest/before/0-1', PAGE)).toBeNull();
      expect(await b.get('/az/latest/before/39-1', PAGE)).not.toBeNull();
    } finally {
      vi.unstubAllEnvs();
    }
  });

  it('misses on every instance once another one revalidated one of the entry’s tags', async () => {
    const { a, b } = twoInstances();
    const tag = `article-${randomUUID()}`;
    await a.set('/en/news/7-story', asValue(articlePage([...implicitTags('/en/news/7-story'), tag])), { cacheControl: { revalidate: 300, expire: undefined } });
    expect(await b.get('/en/news/7-story', PAGE)).not.toBeNull();

    await b.revalidateTag([tag]);
    // Rendered again after the revalidation: fresh. An entry is as old as the ask that set its render off, and one in
    // the revalidation's own millisecond counts as made before it (anyTagExpired), so the ask waits for the next.
    const revalidatedAt = Date.now();
    while (Date.now() <= revalidatedAt) await new Promise((resolve) => setTimeout(resolve, 1));
    expect(await a.get('/en/news/7-story', PAGE)).toBeNull();
    await a.set('/en/news/7-story', asValue(articlePage([...implicitTags('/en/news/7-story'), tag])), { cacheControl: { revalidate: 300, expire: undefined } });
    expect(await b.get('/en/news/7-story', PAGE)).not.toBeNull();
  });

  it('an entry is as old as the render that made it: a change made while the page rendered makes it stale at once', async () => {
    const { a, b } = twoInstances();
    const tag = `article-${randomUUID()}`;
    const path = '/ru/news/11-during';
    // Instance A is asked for the page, finds nothing and renders it; meanwhile B's editor changes the article.
    expect(await a.get(path, PAGE)).toBeNull();
    const revalidatedAt = Date.now();
    while (Date.now() <= revalidatedAt + 1) await new Promise((resolve) => setTimeout(resolve, 1));
    await b.revalidateTag([tag]);
    while (Date.now() <= revalidatedAt + 3) await new Promise((resolve) => setTimeout(resolve, 1));
    // The render, which may have read before the change, is written after it: it is not served as fresh.
    await a.set(path, asValue(articlePage([...implicitTags(path), tag])), { cacheControl: { revalidate: 300, expire: undefined } });
    expect(await b.get(path, PAGE)).toBeNull();
    // Rendered again after the change: served.
    expect(await a.get(path, PAGE)).toBeNull();
    await a.set(path, asValue(articlePage([...implicitTags(path), tag])), { cacheControl: { revalidate: 300, expire: undefined } });
    expect(await b.get(path, PAGE)).not.toBeNull();

    // A page read often: its hits are no renders, so the render after the next change is as old as the miss that asked.
    expect(await a.get(path, PAGE)).not.toBeNull();
    const hitAt = Date.now();
    while (Date.now() <= hitAt + 1) await new Promise((resolve) => setTimeout(resolve, 1));
    await b.revalidateTag([tag]);
    while (Date.now() <= hitAt + 3) await new Promise((resolve) => setTimeout(resolve, 1));
    expect(await a.get(path, PAGE)).toBeNull();
    await a.set(path, asValue(articlePage([...implicitTags(path), tag])), { cacheControl: { revalidate: 300, expire: undefined } });
    expect(await b.get(path, PAGE)).not.toBeNull();
  });

  it('revalidatePath’s implicit tags reach exactly the pages of that path or route', async () => {
    const { a, b } = twoInstances();
    await a.set('/ru/news/8-one', asValue(articlePage(implicitTags('/ru/news/8-one'))), { cacheControl: { revalidate: 300, expire: undefined } });
    await a.set('/ru/news/9-two', asValue(articlePage(implicitTags('/ru/news/9-two'))), { cacheControl: { revalidate: 300, expire: undefined } });

    // revalidatePath('/ru/news/8-one')
    await b.revalidateTag(['_N_T_/ru/news/8-one']);
    expect(await a.get('/ru/news/8-one', PAGE)).toBeNull();
    expect(await a.get('/ru/news/9-two', PAGE)).not.toBeNull();

    // revalidatePath('/[locale]/news/[article]', 'page'): every article page.
    await b.revalidateTag('_N_T_/[locale]/news/[article]/page');
    expect(await a.get('/ru/news/9-two', PAGE)).toBeNull();
  });

  it('a fetch-cache entry misses when a soft (implicit) tag of the page that reads it was revalidated', async () => {
    const { a, b } = twoInstances();
    const fetchValue = { kind: 'FETCH' as const, data: { headers: {}, body: '{"rates":[]}', url: 'https://example.test/rates', status: 200 }, revalidate: 600 };
    await a.set('fetch-key', asValue(fetchValue), { fetchCache: true, tags: ['rates'] });
    const ctx = asContext({ kind: 'FETCH', tags: ['rates'], softTags: ['_N_T_/az/layout'] });
    expect((await b.get('fetch-key', ctx))?.value).toEqual({ ...fetchValue, tags: ['rates'] });
    await a.revalidateTag('_N_T_/az/layout');
    expect(await b.get('fetch-key', ctx)).toBeNull();
  });

  it('revalidateTag(tag, { expire }) serves the entry once more as stale, then misses when the expiry comes', async () => {
    const { a, b } = twoInstances();
    const tag = `section-${randomUUID()}`;
    const tags = [...implicitTags('/en/category/sport'), tag];
    await a.set('/en/category/sport', asValue(articlePage(tags)), { cacheControl: { revalidate: 300, expire: undefined } });
    // A change a millisecond later at least: Next's own areTagsStale below wants the stamp later than the entry.
    await new Promise((resolve) => setTimeout(resolve, 2));

    await b.revalidateTag([tag], { expire: 1 });
    const stale = await a.get('/en/category/sport', PAGE);
    expect(stale).not.toBeNull();
    // Next itself then marks the entry stale and regenerates it in the background.
    expect(areTagsStale(tags, stale!.lastModified)).toBe(true);
    expect(areTagsExpired(tags, stale!.lastModified)).toBe(false);

    await new Promise((resolve) => setTimeout(resolve, 1_100));
    expect(await a.get('/en/category/sport', PAGE)).toBeNull();
  });

  it('when Redis loses the revalidation stamps (flushed, or evicted under memory pressure), serves no entry written before as fresh', async () => {
    const { a, b, keyPrefix } = twoInstances();
    const tags = implicitTags('/ru/tag/oil');
    await a.set('/ru/tag/oil', asValue(articlePage(tags)), { cacheControl: { revalidate: 300, expire: undefined } });
    await new Promise((resolve) => setTimeout(resolve, 2));
    await b.revalidateTag(['_N_T_/ru/tag/oil']);
    expect(await a.get('/ru/tag/oil', PAGE)).toBeNull();
    // The change is forgotten, the page written before it is not.
    const admin = createClient({ url: TEST_REDIS_URL });
    await admin.connect();
    // Everything but the entries, as eviction can leave them.
    for await (const keys of admin.scanIterator({ MATCH: `${keyPrefix}*`, COUNT: 500 })) {
      const stamps = keys.filter((key) => !key.includes(':entry:'));
      if (stamps.length) await admin.del(stamps);
    }
    await admin.close();
    expect(await a.get('/ru/tag/oil', PAGE)).toBeNull();
    expect(await b.get('/ru/tag/oil', PAGE)).toBeNull();
    // A render A was asked for before the loss is not trusted either, even written after it (it is as old as its start).
    await a.set('/ru/tag/oil', asValue(articlePage(tags)), { cacheControl: { revalidate: 300, expire: undefined } });
    expect(await b.get('/ru/tag/oil', PAGE)).toBeNull();
    // One asked for after the loss is served again.
    expect(await a.get('/ru/tag/oil', PAGE)).toBeNull();
    await new Promise((resolve) => setTimeout(resolve, 2));
    await a.set('/ru/tag/oil', asValue(articlePage(tags)), { cacheControl: { revalidate: 300, expire: undefined } });
    expect(await b.get('/ru/tag/oil', PAGE)).not.toBeNull();
  });

  it('never serves one build’s pages to another build', async () => {
    const keyPrefix = `anews-test:${randomUUID()}:`;
    prefixes.push(keyPrefix);
    const Handler = redisCacheHandler({ url: TEST_REDIS_URL, keyPrefix });
    const old = new Handler({ revalidatedTags: [], _requestHeaders: {}, serverDistDir: serverDistDir('old-build') });
    const next = new Handler({ revalidatedTags: [], _requestHeaders: {}, serverDistDir: serverDistDir('new-build') });
    await old.set('/az', asValue(articlePage(implicitTags('/az'))), { cacheControl: { revalidate: 300, expire: undefined } });
    expect(await old.get('/az', PAGE)).not.toBeNull();
    expect(await next.get('/az', PAGE)).toBeNull();
  });

  it('when Redis is unreachable, answers a miss at once, keeps no one waiting, and says so once', async () => {
    const errors = vi.spyOn(console, 'error').mockImplementation(() => {});
    try {
      const keyPrefix = `anews-test:${randomUUID()}:`;
      const Handler = redisCacheHandler({ url: `redis://127.0.0.1:${await freePort()}`, keyPrefix });
      const handler = new Handler({ revalidatedTags: [], _requestHeaders: {} });
      const started = performance.now();
      await handler.set('/az', asValue(articlePage(implicitTags('/az'))), { cacheControl: { revalidate: 300, expire: undefined } });
      expect(await handler.get('/az', PAGE)).toBeNull();
      await handler.revalidateTag(['_N_T_/az']);
      for (let i = 0; i < 20; i += 1) expect(await handler.get(`/az/news/${i}`, PAGE)).toBeNull();
      expect(performance.now() - started).toBeLessThan(2_000);
      const outageLines = errors.mock.calls.filter(([line]) => String(line).includes('is unreachable'));
      expect(outageLines).toHaveLength(1);
    } finally {
      errors.mockRestore();
    }
  });
});
