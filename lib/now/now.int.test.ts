import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { POST } from '@/app/api/now/route';
import { getDb } from '@/lib/db/client';
import { closeRedisConnections } from '@/lib/redis/connection.mjs';
import { freePort } from '@/test/free-port';
import { TEST_REDIS_URL } from '@/test/redis';
import { deleteKeysUnder } from '@/test/redis-keys';
import { getNowBoard } from './board';
import { flushNow, forgetCounterInProcess, liveCounts, recordNow, useLiveWindow } from './counter';
import { forgetMemoryWindow, memoryWindow, redisWindow } from './live';
import { pruneNowRows, rollUpMinutes } from './rollup';
import { bakuDay, forgetSaltInProcess, readerHash, rotateSalts } from './salt';

const prefix = `test:now:${process.pid}:`;
// Pages no real article has, so that other tests' readers never mix in.
const page = (n: number) => `article:${990_000 + n}`;

function beacon(path: string, address: string, query = '', headers: Record<string, string> = {}): Promise<Response> {
  return POST(
    new Request(`http://localhost/api/now?p=${encodeURIComponent(path)}${query}`, {
      method: 'POST',
      headers: { 'user-agent': 'Mozilla/5.0 (X11; Linux x86_64) now-test', 'x-forwarded-for': address, ...headers },
    }),
  );
}

/** A process restart: everything this process held in memory is gone; Redis and PostgreSQL remain. */
async function restart(): Promise<void> {
  await flushNow();
  forgetCounterInProcess();
  forgetMemoryWindow();
  forgetSaltInProcess();
  await closeRedisConnections();
}

async function minuteReaders(pageKey: string, locale: string, source = 'all'): Promise<number> {
  const row = await getDb()
    .selectFrom('now_minutes')
    .select((eb) => eb.fn.coalesce(eb.fn.sum<number>('readers'), eb.val(0)).as('readers'))
    .where('page', '=', pageKey)
    .where('locale', '=', locale as 'ru')
    .where('source', '=', source)
    .executeTakeFirstOrThrow();
  return Number(row.readers);
}

afterEach(async () => {
  await restart();
});
afterAll(async () => {
  await deleteKeysUnder(prefix, TEST_REDIS_URL);
  await getDb().deleteFrom('now_minutes').where('page', 'like', 'article:99____').execute();
  await getDb().deleteFrom('now_hours').where('page', 'like', 'article:99____').execute();
});

describe("the readers' salt", () => {
  it('changes at midnight Baku time, and yesterday’s is forgotten, so yesterday’s hashes no longer match', async () => {
    // 19:59:59 UTC is 23:59:59 in Baku (UTC+4 all year); two seconds later it is the next day there.
    const beforeMidnight = new Date('2031-03-01T19:59:59Z');
    const afterMidnight = new Date('2031-03-01T20:00:01Z');
    expect(bakuDay(beforeMidnight)).toBe('2031-03-01');
    expect(bakuDay(afterMidnight)).toBe('2031-03-02');

    const evening = await readerHash('192.0.2.1', 'Firefox', new Date('2031-03-01T12:00:00Z'));
    // The same reader is the same reader all day, on every instance (a restart reads the day's salt back)…
    expect(await readerHash('192.0.2.1', 'Firefox', beforeMidnight)).toBe(evening);
    forgetSaltInProcess();
    expect(await readerHash('192.0.2.1', 'Firefox', beforeMidnight)).toBe(evening);
    expect(await readerHash('192.0.2.2', 'Firefox', beforeMidnight)).not.toBe(evening);
    // …and another after midnight.
    const morning = await readerHash('192.0.2.1', 'Firefox', afterMidnight);
    expect(morning).not.toBe(evening);
    expect(morning).toMatch(/^[\w-]{22}$/);

    expect(await rotateSalts(afterMidnight)).toContain('2031-03-01');
    const days = await getDb().selectFrom('now_salts').select('day').execute();
    expect(days.map((d) => d.day)).toEqual(['2031-03-02']);
    // Nothing about the reader is stored: the salts table holds days and random bytes only.
    expect(JSON.stringify(await getDb().selectFrom('now_salts').selectAll().execute())).not.toContain('192.0.2.1');
  });
});

describe('minute rows', () => {
  beforeAll(() => useLiveWindow(memoryWindow));

  it('count the readers present each minute, roll up into hours, and are pruned after 48 hours (hours after 90 days)', async () => {
    useLiveWindow(memoryWindow);
    const p = page(1);
    const at = (iso: string) => new Date(iso);
    // Three readers at 10:01, two of them again at 10:02 (with 15 s engaged each), one at 11:05.
    for (const reader of ['a', 'b', 'c']) recordNow({ page: p, locale: 'ru', reader, source: 'search', engagedSeconds: 0 }, at('2031-04-01T10:01:10Z'));
    recordNow({ page: p, locale: 'ru', reader: 'a', source: 'search', engagedSeconds: 0 }, at('2031-04-01T10:01:50Z'));
    await flushNow();
    for (const reader of ['a', 'b']) recordNow({ page: p, locale: 'ru', reader, source: 'search', engagedSeconds: 15 }, at('2031-04-01T10:02:05Z'));
    await flushNow();
    recordNow({ page: p, locale: 'ru', reader: 'd', source: null, engagedSeconds: 0 }, at('2031-04-01T11:05:00Z'));
    await flushNow();

    const minutes = await getDb().selectFrom('now_minutes').select(['minute', 'source', 'readers', 'engaged_seconds']).where('page', '=', p).orderBy('minute').orderBy('source').execute();
    expect(minutes.map((m) => [m.minute.toISOString().slice(11, 16), m.source, m.readers, m.engaged_seconds])).toEqual([
      ['10:01', 'all', 3, 0],
      ['10:01', 'search', 3, 0],
      ['10:02', 'all', 2, 30],
      ['10:02', 'search', 2, 0],
      ['11:05', 'all', 1, 0],
    ]);

    const hours = async () =>
      (await getDb().selectFrom('now_hours').select(['hour', 'source', 'reader_minutes', 'peak_readers', 'engaged_seconds']).where('page', '=', p).orderBy('hour').orderBy('source').execute()).map(
        (h) => [h.hour.toISOString().slice(11, 16), h.source, h.reader_minutes, h.peak_readers, h.engaged_seconds],
      );
    await rollUpMinutes(at('2031-04-01T11:30:00Z'));
    const expected = [
      ['10:00', 'all', 5, 3, 30],
      ['10:00', 'search', 5, 3, 0],
      ['11:00', 'all', 1, 1, 0],
    ];
    expect(await hours()).toEqual(expected);
    // A second pass, on this instance or another, writes the same rows.
    await rollUpMinutes(at('2031-04-01T11:31:00Z'));
    expect(await hours()).toEqual(expected);

    // Two days later the minutes are gone, the hours kept; 91 days later the hours too.
    await pruneNowRows(at('2031-04-03T11:06:00Z'));
    expect(await minuteReaders(p, 'ru')).toBe(0);
    expect(await hours()).toEqual(expected);
    await pruneNowRows(at('2031-07-01T12:00:00Z'));
    expect(await hours()).toEqual([]);
  });
});

describe('the beacon and the live window in Redis', () => {
  it('counts readers per page and language, not crawlers, prefetches or readers asking not to be tracked, and sets no cookie', async () => {
    useLiveWindow(redisWindow(TEST_REDIS_URL, prefix));
    const p = page(2);
    const path = (locale: string) => `/${locale}/news/${p.split(':')[1]}-a-story`;
    const answers = [
      await beacon(path('ru'), '198.51.100.1', '&r=www.google.com'),
      await beacon(path('ru'), '198.51.100.2', '&r=t.me&e=0'),
      await beacon(path('ru'), '198.51.100.2', '&r=t.me&e=15'),
      await beacon(path('en'), '198.51.100.3', '&r=.'),
      await beacon(path('en'), '198.51.100.4', '', { 'user-agent': 'Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)' }),
      await beacon(path('en'), '198.51.100.5', '', { 'user-agent': '' }),
      await beacon(path('en'), '198.51.100.6', '', { 'sec-purpose': 'prefetch;prerender' }),
      await beacon(path('en'), '198.51.100.7', '', { 'sec-gpc': '1' }),
    ];
    for (const answer of answers) {
      expect(answer.status).toBe(204);
      expect(answer.headers.get('set-cookie')).toBeNull();
      expect(answer.headers.get('cache-control')).toBe('no-store, private');
    }
    await flushNow();
    const counts = await liveCounts();
    expect(counts.get(`${p}|ru|all`)).toBe(2);
    expect(counts.get(`${p}|en|all`)).toBe(1);
    expect(counts.get(`${p}|ru|search`)).toBe(1);
    expect(counts.get(`${p}|ru|telegram`)).toBe(1);
    expect(counts.get(`${p}|en|internal`)).toBe(1);
    expect(await minuteReaders(p, 'ru')).toBe(2);
    const board = await getNowBoard('en');
    const story = board.top.find((entry) => entry.page === p);
    expect(story?.readers).toEqual({ ru: 2, az: 0, en: 1 });
    expect(story?.sources).toEqual({ search: 1, telegram: 1, internal: 1 });
  });

  it.each([
    ['a path that is not the site’s', '&x=1', 'https://evil.example/'],
    ['engaged seconds past 15', '&e=99', '/ru'],
    ['a referrer that is not a host', '&r=%3Cscript%3E', '/ru'],
  ])('answers 400 with a message for %s, and counts nothing', async (_, query, path) => {
    useLiveWindow(memoryWindow);
    const answer = await beacon(path, '198.51.100.9', query);
    expect(answer.status).toBe(400);
    expect(await answer.text()).not.toBe('');
    await flushNow();
    expect(await liveCounts()).toEqual(new Map());
  });

  it('keeps its counts across a restart, and a reader seen again after it is the same reader', async () => {
    useLiveWindow(redisWindow(TEST_REDIS_URL, prefix));
    const p = page(3);
    const path = `/az/news/${p.split(':')[1]}`;
    for (const address of ['203.0.113.1', '203.0.113.2', '203.0.113.3']) expect((await beacon(path, address)).status).toBe(204);
    await flushNow();
    expect((await liveCounts()).get(`${p}|az|all`)).toBe(3);

    await restart();
    useLiveWindow(redisWindow(TEST_REDIS_URL, prefix));
    expect((await liveCounts()).get(`${p}|az|all`)).toBe(3);
    expect(await minuteReaders(p, 'az')).toBe(3);
    // The salt of the day comes back from the database, so the same reader is not counted twice.
    expect((await beacon(path, '203.0.113.1')).status).toBe(204);
    await flushNow();
    expect((await liveCounts()).get(`${p}|az|all`)).toBe(3);
  });
});

describe('while Redis is away', () => {
  let redis: ChildProcess | undefined;
  let url = '';
  async function startRedis(port: number): Promise<void> {
    redis = spawn('redis-server', ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'], { stdio: 'ignore' });
    const client = (await import('@redis/client')).createClient({ url, socket: { reconnectStrategy: 50 } });
    client.on('error', () => undefined);
    await client.connect();
    await client.close();
  }
  async function stopRedis(): Promise<void> {
    if (!redis || redis.exitCode !== null) return;
    redis.kill('SIGKILL');
    await once(redis, 'exit');
  }
  afterAll(stopRedis);

  it('goes on counting without a 5xx, in memory, and hands Redis the readers it missed once it answers again', async () => {
    const port = await freePort();
    url = `redis://127.0.0.1:${port}`;
    await startRedis(port);
    useLiveWindow(redisWindow(url, prefix));
    const p = page(4);
    const path = `/en/news/${p.split(':')[1]}`;
    expect((await beacon(path, '192.0.2.10')).status).toBe(204);
    await flushNow();
    expect((await liveCounts()).get(`${p}|en|all`)).toBe(1);

    await stopRedis();
    for (const address of ['192.0.2.11', '192.0.2.12']) expect((await beacon(path, address)).status).toBe(204);
    await flushNow();
    // This instance's memory holds the readers seen while Redis was away, and the board still answers.
    expect((await liveCounts()).get(`${p}|en|all`)).toBe(2);
    expect((await getNowBoard('en')).top.find((entry) => entry.page === p)?.readers.en).toBe(2);
    // The minutes were written all along.
    expect(await minuteReaders(p, 'en')).toBe(3);

    // Redis comes back empty (a restart without persistence): the readers counted meanwhile are handed to it, and the
    // new one joins them, counted once in the minute rows.
    await startRedis(port);
    await expect.poll(async () => {
      expect((await beacon(path, '192.0.2.13')).status).toBe(204);
      await flushNow();
      return (await liveCounts()).get(`${p}|en|all`);
    }, { timeout: 10_000 }).toBe(3);
    expect(await minuteReaders(p, 'en')).toBe(4);
  });
});
