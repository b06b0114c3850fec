import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { redirectBody, singleLocation } from './plain-redirect.mjs';

// The front door wraps every server this process creates, as in `npm start`.
await import('../http/front-door.mjs');

let server: http.Server;
let origin: string;
const TARGET = '/en/news/12-georgia-to-earn-revenue';
const NEXT_ERROR_DOCUMENT = '<!DOCTYPE html><html id="__next_error__"><head><script src="/_next/static/chunks/a.js"></script>';

beforeAll(async () => {
  // Next answering a page that redirected while it rendered, as a cached ISR answer is replayed: the Location set, then
  // appended again, and its error document streamed in pieces.
  server = http.createServer((request, response) => {
    const url = request.url ?? '/';
    response.statusCode = url.startsWith('/page') ? 200 : 308;
    response.setHeader('content-type', url.includes('rsc') ? 'text/x-component' : 'text/html; charset=utf-8');
    response.setHeader('cache-control', 's-maxage=300, stale-while-revalidate=31535700');
    response.setHeader('xkey', 'site locale:en article:12');
    if (response.statusCode === 308) {
      response.setHeader('location', TARGET);
      response.appendHeader('location', url.startsWith('/two-targets') ? '/elsewhere' : TARGET);
    }
    response.write(NEXT_ERROR_DOCUMENT);
    response.end('<body>redirecting</body></html>');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

/** The raw response, as a crawler reads it: every header line as sent. */
function rawGet(path: string, headers: Record<string, string> = {}): Promise<{ status: number; rawHeaders: string[]; body: string }> {
  return new Promise((resolve, reject) => {
    http.get(`${origin}${path}`, { headers }, (response) => {
      let body = '';
      response.setEncoding('utf8');
      response.on('data', (chunk: string) => (body += chunk));
      response.on('end', () => resolve({ status: response.statusCode ?? 0, rawHeaders: response.rawHeaders, body }));
    }).on('error', reject);
  });
}

/** Every value of header `name`, one per header line. */
const valuesOf = (rawHeaders: string[], name: string) => rawHeaders.filter((_, i) => i % 2 === 1 && rawHeaders[i - 1]!.toLowerCase() === name);

describe("a page's redirect at the front door", () => {
  it('has one Location and a small body that links to it, with the edge keys and caching Next set', async () => {
    const { status, rawHeaders, body } = await rawGet('/en/news/12');
    expect(status).toBe(308);
    expect(valuesOf(rawHeaders, 'location')).toEqual([TARGET]);
    expect(body).toBe(redirectBody(TARGET));
    expect(body).not.toMatch(/__next_error__|<script/);
    const header = (name: string) => valuesOf(rawHeaders, name)[0];
    expect(Number(header('content-length'))).toBe(Buffer.byteLength(body));
    expect(header('xkey')).toBe('site locale:en article:12');
    expect(header('cache-control')).toBe('s-maxage=300, stale-while-revalidate=31535700');
  });

  it('answers HEAD with the same headers and no body', async () => {
    const response = await fetch(`${origin}/en/news/12`, { method: 'HEAD', redirect: 'manual' });
    expect(response.status).toBe(308);
    expect(response.headers.get('location')).toBe(TARGET);
    expect(await response.text()).toBe('');
  });

  it('leaves alone what it cannot make plain: a navigation payload, two different targets, a page that is no redirect', async () => {
    const payload = await rawGet('/en/news/12?rsc', { rsc: '1' });
    expect(payload.body).toContain('__next_error__');
    const two = await rawGet('/two-targets');
    expect(valuesOf(two.rawHeaders, 'location')).toEqual([TARGET, '/elsewhere']);
    expect((await rawGet('/page')).body).toContain('__next_error__');
  });
});

describe('singleLocation', () => {
  it('is the target when every value names the same one, and null otherwise', () => {
    expect(singleLocation([TARGET, ` ${TARGET}`])).toBe(TARGET);
    expect(singleLocation(TARGET)).toBe(TARGET);
    expect(singleLocation([TARGET, '/b'])).toBeNull();
    expect(singleLocation(undefined)).toBeNull();
  });

  it('escapes the target in the body', () => {
    expect(redirectBody('/a?x=1&y="<b>"')).toContain('href="/a?x=1&#38;y=&#34;&#60;b&#62;&#34;"');
  });
});
