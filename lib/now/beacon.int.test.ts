import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { POST } from '@/app/api/now/route';
import { closeRedisConnections } from '@/lib/redis/connection.mjs';
import { TEST_REDIS_URL } from '@/test/redis';
import { deleteKeysUnder } from '@/test/redis-keys';
import { getDb } from '@/lib/db/client';
import { openBeaconAtTheFrontDoor } from './beacon';
import { flushNow, forgetCounterInProcess, liveCounts, useLiveWindow } from './counter';
import { redisWindow } from './live';

/**
 * The beacon as the front door answers it, before Next (lib/now/beacon-door.mjs): the real front door wraps an
 * http.Server that stands for Next and answers 418, so an answer that is not 418 is the door's.
 */
const prefix = `test:now-door:${process.pid}:`;
const userAgent = 'Mozilla/5.0 (X11; Linux x86_64) now-door-test';
// Pages no real article has, and none of lib/now/now.int.test.ts's.
const story = (n: number) => 991_000 + n;

let server: http.Server;
let origin = '';

beforeAll(async () => {
  // As `npm start` preloads it into Next: from here on every http.Server of this process meets requests there first.
  await import('@/lib/http/front-door.mjs');
  server = http.createServer((_, response) => {
    response.writeHead(418, { 'content-type': 'text/plain' });
    response.end('Next');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  useLiveWindow(redisWindow(TEST_REDIS_URL, prefix));
});

afterAll(async () => {
  await new Promise((resolve) => server.close(resolve));
  await flushNow();
  forgetCounterInProcess();
  await closeRedisConnections();
  await deleteKeysUnder(prefix, TEST_REDIS_URL);
  await getDb().deleteFrom('now_minutes').where('page', 'like', 'article:991___').execute();
});

function atTheDoor(query: string, headers: Record<string, string> = {}, method = 'POST'): Promise<Response> {
  return fetch(`${origin}/api/now?${query}`, { method, headers: { 'user-agent': userAgent, ...headers } });
}

function throughTheRoute(query: string, headers: Record<string, string> = {}): Promise<Response> {
  return POST(new Request(`http://localhost/api/now?${query}`, { method: 'POST', headers: { 'user-agent': userAgent, ...headers } }));
}

/** What a reader's browser and the edge see of an answer. */
async function seen(answer: Response) {
  const headers = ['cache-control', 'x-robots-tag', 'content-type', 'content-language', 'set-cookie'];
  return { status: answer.status, ...Object.fromEntries(headers.map((name) => [name, answer.headers.get(name)])), body: await answer.text() };
}

describe('the beacon at the front door, before the server has started', () => {
  it('goes on to Next', async () => {
    expect((await atTheDoor(`p=${encodeURIComponent(`/ru/news/${story(1)}`)}&e=0`)).status).toBe(418);
  });
});

describe('the beacon at the front door, once the server has handed it over', () => {
  beforeAll(() => openBeaconAtTheFrontDoor());

  it('is answered by the door itself, and counted', async () => {
    const query = `p=${encodeURIComponent(`/ru/news/${story(1)}-a-story`)}&r=t.me&e=0`;
    const answer = await atTheDoor(query);
    expect(answer.status).toBe(204);
    expect(answer.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
    await flushNow();
    expect((await liveCounts()).get(`article:${story(1)}|ru|telegram`)).toBe(1);
    // Other methods on the path, and other paths, are still Next's.
    expect((await atTheDoor(query, {}, 'GET')).status).toBe(418);
    expect((await fetch(`${origin}/api/now/?${query}`, { method: 'POST' })).status).toBe(418);
  });

  it.each([
    ['a counted reader', `p=${encodeURIComponent(`/en/news/${story(2)}`)}&r=www.google.com&e=15`],
    ['a page the board does not count', 'p=%2Fen%2Fsearch&r=&e=0'],
    ['a path that is not the site’s', 'p=https%3A%2F%2Fevil.example%2F&e=0'],
    ['engaged seconds past 15', 'p=%2Faz&e=99'],
    ['a referrer that is not a host', 'p=%2Fru&r=%3Cscript%3E'],
  ])('answers %s as the route does', async (_, query) => {
    expect(await seen(await atTheDoor(query))).toEqual(await seen(await throughTheRoute(query)));
  });

  it('refuses a body over 1 KB with 413, and takes an empty or small one', async () => {
    const query = `p=${encodeURIComponent(`/az/news/${story(3)}`)}&e=0`;
    const post = (body: string) => fetch(`${origin}/api/now?${query}`, { method: 'POST', headers: { 'user-agent': userAgent }, body });
    expect((await post('x'.repeat(1025))).status).toBe(413);
    expect((await post('x'.repeat(1024))).status).toBe(204);
    expect((await post('')).status).toBe(204);
  });

  it('counts the address it was sent from, not one a client that is not the edge wrote into X-Forwarded-For', async () => {
    // No TRUSTED_PROXIES here: nothing in front of this server is believed, as with a client that goes around the edge.
    const path = encodeURIComponent(`/en/news/${story(4)}`);
    for (const forged of ['198.51.100.21', '198.51.100.22', '198.51.100.23, 10.0.0.1']) {
      expect((await atTheDoor(`p=${path}&e=0`, { 'x-forwarded-for': forged })).status).toBe(204);
    }
    // Another user agent from the same address is another reader.
    expect((await atTheDoor(`p=${path}&e=0`, { 'x-forwarded-for': '198.51.100.21', 'user-agent': `${userAgent} 2` })).status).toBe(204);
    await flushNow();
    expect((await liveCounts()).get(`article:${story(4)}|en|all`)).toBe(2);
  });

  it('leaves crawlers, prefetches and readers asking not to be tracked uncounted', async () => {
    const path = encodeURIComponent(`/ru/news/${story(5)}`);
    const headers: Record<string, string>[] = [
      { 'user-agent': 'Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)' },
      { 'user-agent': '' },
      { 'sec-purpose': 'prefetch;prerender' },
      { 'sec-gpc': '1' },
      { dnt: '1' },
    ];
    for (const extra of headers) expect((await atTheDoor(`p=${path}&e=0`, extra)).status).toBe(204);
    await flushNow();
    expect((await liveCounts()).get(`article:${story(5)}|ru|all`)).toBeUndefined();
  });
});
