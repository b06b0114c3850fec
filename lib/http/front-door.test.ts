import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';

const root = path.resolve(import.meta.dirname, '..', '..');
const started: ChildProcess[] = [];

afterEach(() => {
  for (const child of started.splice(0)) child.kill();
});

/** The plain server of test/fixtures with the front door preloaded, as `npm start` preloads it into Next. */
async function serverBehindTheFrontDoor(env: Record<string, string> = {}) {
  const child = spawn(process.execPath, ['--import', path.join(root, 'lib', 'http', 'front-door.mjs'), path.join(root, 'test', 'fixtures', 'plain-server.mjs')], {
    env: { ...process.env, LOG_LEVEL: '', TRUSTED_PROXIES: '', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  started.push(child);
  let output = '';
  child.stdout!.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr!.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const port = await new Promise<number>((resolve, reject) => {
    const timer = setInterval(() => {
      const found = /listening on (\d+)/.exec(output);
      if (found) resolve(Number(found[1]));
      if (found || child.exitCode !== null) clearInterval(timer);
      if (child.exitCode !== null) reject(new Error(`the server exited:\n${output}`));
    }, 20);
  });
  const lines = async (count: number) => {
    const deadline = Date.now() + 5_000;
    while (output.trim().split('\n').length < count && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 20));
    return output.trim().split('\n');
  };
  return { origin: `http://127.0.0.1:${port}`, lines, output: () => output };
}

const parsed = (lines: string[]) => lines.map((line) => JSON.parse(line) as Record<string, unknown>);

describe('the front door’s log', () => {
  it('writes one JSON object a line: every request but the probes, with its id, route, status, duration, cache state and client', async () => {
    const server = await serverBehindTheFrontDoor();
    const page = await fetch(`${server.origin}/az/news/12-visit?token=s3cr3t-in-the-query`);
    const given = await fetch(`${server.origin}/ru/category/economy`, { headers: { 'x-request-id': 'edge-7f3a9c21' } });
    const forged = await fetch(`${server.origin}/en`, { headers: { 'x-request-id': 'two words\tand a tab', 'x-forwarded-for': '198.51.100.1' } });
    // The edge's probe, every second: not at the default level.
    expect((await fetch(`${server.origin}/api/ready`)).status).toBe(200);
    const refused = await fetch(`${server.origin}/az`, { method: 'DELETE' });
    expect(refused.status).toBe(405);

    const [listening, ...access] = parsed(await server.lines(5));
    expect(listening).toMatchObject({ level: 'warn', msg: expect.stringMatching(/^listening on \d+$/) });
    expect(access).toHaveLength(4);
    expect(access[0]).toMatchObject({
      level: 'info',
      requestId: page.headers.get('x-request-id'),
      method: 'GET',
      path: '/az/news/12-visit',
      route: 'article',
      status: 200,
      durationMs: expect.any(Number),
      cache: 'hit',
      remote: '127.0.0.1',
      msg: expect.stringMatching(/^GET \/az\/news\/12-visit 200 in [\d.]+ ms$/),
    });
    expect(typeof access[0]!.time).toBe('string');
    expect(page.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
    expect(server.output()).not.toContain('s3cr3t');
    // An id a proxy in front generated is kept, one that is not an id is replaced; a forwarded address is not the client's.
    expect(given.headers.get('x-request-id')).toBe('edge-7f3a9c21');
    expect(access[1]).toMatchObject({ requestId: 'edge-7f3a9c21', route: 'listing' });
    expect(forged.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
    expect(access[2]).toMatchObject({ requestId: forged.headers.get('x-request-id'), route: 'home', remote: '127.0.0.1' });
    expect(access[3]).toMatchObject({ method: 'DELETE', status: 405 });
  }, 20_000);

  it('names the address the proxy in front saw when that proxy is trusted (TRUSTED_PROXIES), and the socket otherwise', async () => {
    const server = await serverBehindTheFrontDoor({ TRUSTED_PROXIES: '127.0.0.1' });
    await fetch(`${server.origin}/en`, { headers: { 'x-forwarded-for': '203.0.113.7' } });
    expect(parsed(await server.lines(2))[1]).toMatchObject({ remote: '203.0.113.7' });
    const elsewhere = await serverBehindTheFrontDoor({ TRUSTED_PROXIES: '10.0.0.0/8' });
    await fetch(`${elsewhere.origin}/en`, { headers: { 'x-forwarded-for': '203.0.113.7' } });
    expect(parsed(await elsewhere.lines(2))[1]).toMatchObject({ remote: '127.0.0.1' });
  }, 20_000);

  it('keeps an error’s stack in the log line, as one JSON object, and LOG_LEVEL=warn leaves the requests out', async () => {
    const server = await serverBehindTheFrontDoor({ LOG_LEVEL: 'warn' });
    const answer = await fetch(`${server.origin}/fail`);
    expect(await answer.text()).toBe('Internal Server Error');
    await fetch(`${server.origin}/az`);
    await new Promise((resolve) => setTimeout(resolve, 300));
    const lines = parsed(await server.lines(2));
    expect(lines).toHaveLength(2);
    expect(lines[1]).toMatchObject({
      level: 'error',
      msg: '[render] the page failed: the render threw',
      err: { type: 'Error', message: 'the render threw', stack: expect.stringMatching(/^Error: the render threw\n\s+at /) },
    });
  }, 20_000);
});

describe('the now board’s beacon at the front door', () => {
  it('is answered by the handler the server handed over, without the server behind, and logged at debug when counted', async () => {
    const server = await serverBehindTheFrontDoor({ OPEN_BEACON_DOOR: '1' });
    const beacon = await fetch(`${server.origin}/api/now?p=%2Fru&r=t.me&e=0`, { method: 'POST' });
    expect(beacon.status).toBe(204);
    expect(beacon.headers.get('cache-control')).toBe('no-store, private');
    expect(beacon.headers.get('x-robots-tag')).toBe('noindex');
    // The server behind would have answered like a cached page.
    expect(beacon.headers.get('x-nextjs-cache')).toBeNull();
    expect(beacon.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
    const refused = await fetch(`${server.origin}/api/now?p=nowhere`, { method: 'POST' });
    expect(refused.status).toBe(400);
    expect(await refused.text()).toBe('Bad request.');
    // Another method, or another path, is the server's to answer.
    for (const [method, path] of [['GET', '/api/now?p=%2Fru'], ['POST', '/api/now/?p=%2Fru'], ['POST', '/api/nowhere?p=%2Fru']] as const) {
      const other = await fetch(`${server.origin}${path}`, { method });
      expect(other.headers.get('x-nextjs-cache'), `${method} ${path}`).toBe('HIT');
    }
    const tooLarge = await fetch(`${server.origin}/api/now?p=%2Fru`, { method: 'POST', body: 'x'.repeat(1025) });
    expect(tooLarge.status).toBe(413);

    // The counted beacon has no line at the default level; the refused ones and the others have theirs.
    const [, ...access] = parsed(await server.lines(6));
    expect(access.map((line) => `${line.method} ${line.path} ${line.status}`)).toEqual([
      'POST /api/now 400',
      'GET /api/now 200',
      'POST /api/now/ 200',
      'POST /api/nowhere 200',
      'POST /api/now 413',
    ]);
  }, 20_000);

  it('goes on to the server behind while the server has handed over no handler, as while Next starts', async () => {
    const server = await serverBehindTheFrontDoor();
    const beacon = await fetch(`${server.origin}/api/now?p=%2Fru`, { method: 'POST' });
    expect(beacon.status).toBe(200);
    expect(beacon.headers.get('x-nextjs-cache')).toBe('HIT');
  }, 20_000);
});

describe('the front door’s refusals of bodies and foreign forms', () => {
  it('answers 403, 413 and 411 itself, before the server reads a byte, and lets the rest through', async () => {
    const { frontDoorAnswer } = await import('./front-door.mjs');
    const post = (url: string, headers: Record<string, string>) => frontDoorAnswer({ method: 'POST', url, headers: { host: 'news.example', ...headers } })?.status ?? null;
    expect(post('/ru', { origin: 'https://evil.example' })).toBe(403);
    expect(post('/ru', { origin: 'null' })).toBe(403);
    expect(post('/ru', { origin: 'https://news.example', 'content-length': '100' })).toBeNull();
    // A route handler checks its own callers (Auth.js, the beacon): only its body's size is the door's business.
    expect(post('/api/views/ru/1', { origin: 'https://evil.example', 'content-length': '10' })).toBeNull();
    expect(post('/admin/media', { 'content-length': String(11 * 1024 * 1024 + 1) })).toBe(413);
    expect(post('/admin/media', { 'content-length': String(10 * 1024 * 1024 + 100) })).toBeNull();
    expect(post('/api/auth/callback/credentials', { 'content-length': String(64 * 1024 + 1) })).toBe(413);
    // The now board's beacon says everything in its query.
    expect(post('/api/now?p=%2Fru', { 'content-length': '1025' })).toBe(413);
    expect(post('/api/now?p=%2Fru', { 'content-length': '1024' })).toBeNull();
    expect(post('/admin/media', { 'transfer-encoding': 'chunked' })).toBe(411);
    expect(post('/api/views/ru/1', { 'transfer-encoding': 'chunked' })).toBe(411);
  });
});
