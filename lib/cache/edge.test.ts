import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { purgeEdge, PURGE_KEYS_HEADER, PURGE_SECRET_HEADER } from './edge';

/** A stand-in edge on loopback that answers each purge with the next status given, and records what it was sent. */
async function edgeAnswering(statuses: number[]) {
  const received: { method?: string; keys?: string | string[]; secret?: string | string[] }[] = [];
  const server = http.createServer((request, response) => {
    received.push({ method: request.method, keys: request.headers[PURGE_KEYS_HEADER], secret: request.headers[PURGE_SECRET_HEADER] });
    response.statusCode = statuses.shift() ?? 200;
    response.end();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return { url, received, close: () => new Promise((resolve) => server.close(resolve)) };
}

afterEach(() => {
  vi.unstubAllEnvs();
});

describe('purging the edge', () => {
  it('sends the keys to every configured edge in one PURGE each, with the purge secret', async () => {
    const [a, b] = [await edgeAnswering([200]), await edgeAnswering([200])];
    vi.stubEnv('EDGE_URLS', `${a.url}, ${b.url}/`);
    vi.stubEnv('EDGE_PURGE_SECRET', 'purge-secret-of-this-test');
    expect(await purgeEdge(['article:7', 'home:en'], 'a test')).toBe(true);
    for (const edge of [a, b]) expect(edge.received).toEqual([{ method: 'PURGE', keys: 'article:7 home:en', secret: 'purge-secret-of-this-test' }]);
    await Promise.all([a.close(), b.close()]);
  });

  it('retries a purge the edge refused, and says so in the log when it never took it', async () => {
    const flaky = await edgeAnswering([503, 200]);
    vi.stubEnv('EDGE_URLS', flaky.url);
    expect(await purgeEdge(['rates'], 'a test', [10, 10, 10])).toBe(true);
    expect(flaky.received).toHaveLength(2);
    await flaky.close();

    const refusing = await edgeAnswering([403, 403, 403, 403]);
    vi.stubEnv('EDGE_URLS', refusing.url);
    const logged = vi.spyOn(console, 'error').mockImplementation(() => {});
    expect(await purgeEdge(['rates'], 'new rates', [10, 10, 10])).toBe(false);
    expect(refusing.received).toHaveLength(4);
    expect(logged.mock.calls[0]?.[0]).toMatch(/could not purge rates .* after new rates/);
    logged.mockRestore();
    await refusing.close();
  });

  it('does nothing without an edge', async () => {
    vi.stubEnv('EDGE_URLS', '');
    expect(await purgeEdge(['site'], 'a test')).toBe(true);
  });
});
