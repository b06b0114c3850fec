import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { indexNowConfig, submitToIndexNow, type IndexNowConfig } from './indexnow';

/** A real HTTP endpoint on loopback that answers with the given statuses in turn and records what it was sent. */
async function endpoint(statuses: number[]): Promise<{ server: Server; url: string; bodies: unknown[] }> {
  const bodies: unknown[] = [];
  const server = createServer((req, res) => {
    let raw = '';
    req.on('data', (chunk: Buffer) => (raw += chunk.toString()));
    req.on('end', () => {
      bodies.push(JSON.parse(raw));
      res.writeHead(statuses[Math.min(bodies.length - 1, statuses.length - 1)]!).end();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { server, url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/indexnow`, bodies };
}

let open: Server | undefined;
afterEach(() => open?.close());

const config = (url: string): IndexNowConfig => ({ endpoint: url, key: 'a1b2c3d4e5f6a7b8', origin: 'https://anews.example', retryDelaysMs: [5, 5, 5] });

describe('IndexNow submissions', () => {
  it('send the changed URLs with the key and its location, and retry until the endpoint accepts them', async () => {
    const { server, url, bodies } = await endpoint([503, 429, 202]);
    open = server;
    expect(await submitToIndexNow(['/az/news/1-x', '/en/news/1-y'], config(url))).toBe(true);
    expect(bodies).toHaveLength(3);
    expect(bodies[2]).toEqual({
      host: 'anews.example',
      key: 'a1b2c3d4e5f6a7b8',
      keyLocation: 'https://anews.example/a1b2c3d4e5f6a7b8.txt',
      urlList: ['https://anews.example/az/news/1-x', 'https://anews.example/en/news/1-y'],
    });
  });

  it('give up at once on a refusal that a retry cannot fix, and after the last retry otherwise', async () => {
    const refused = await endpoint([422]);
    open = refused.server;
    expect(await submitToIndexNow(['/az/news/1-x'], config(refused.url))).toBe(false);
    expect(refused.bodies).toHaveLength(1);
    refused.server.close();

    const down = await endpoint([500]);
    open = down.server;
    expect(await submitToIndexNow(['/az/news/1-x'], config(down.url))).toBe(false);
    expect(down.bodies).toHaveLength(4);
  });

  it('are off unless both the endpoint and a well-formed key are configured', () => {
    expect(indexNowConfig({})).toBeNull();
    expect(indexNowConfig({ INDEXNOW_ENDPOINT: 'http://127.0.0.1/indexnow' })).toBeNull();
    expect(indexNowConfig({ INDEXNOW_ENDPOINT: 'http://127.0.0.1/indexnow', INDEXNOW_KEY: 'short' })).toBeNull();
    expect(indexNowConfig({ INDEXNOW_ENDPOINT: 'http://127.0.0.1/indexnow', INDEXNOW_KEY: 'a1b2c3d4e5f6a7b8' })).toMatchObject({ key: 'a1b2c3d4e5f6a7b8' });
  });
});
