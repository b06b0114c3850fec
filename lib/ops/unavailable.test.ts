import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import ru from '@/messages/ru.json';
import en from '@/messages/en.json';
import { noteUnreachable } from '../db/outage.mjs';
import { unavailableLocale, withoutScripts } from './unavailable.mjs';

// The front door wraps every server this process creates, as in `npm start`.
await import('../http/front-door.mjs');

let server: http.Server;
let origin: string;

beforeAll(async () => {
  // Next failing a page: a 500 with its own headers, written in pieces.
  server = http.createServer((request, response) => {
    response.statusCode = request.url === '/api/ready' ? 503 : 500;
    response.setHeader('content-type', 'text/html; charset=utf-8');
    response.setHeader('cache-control', 's-maxage=300, stale-while-revalidate=31535700');
    response.setHeader('x-frame-options', 'SAMEORIGIN');
    response.write('<html><body>Internal Server Error: ');
    response.end('stack trace at renderPage');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

describe('a page that fails while the database is away', () => {
  it('is left as it is when the database is not away: a failure of the code stays a 500', async () => {
    const response = await fetch(`${origin}/ru/tag/oil`);
    expect(response.status).toBe(500);
  });

  it('becomes the localized 503 page, never cached, with Retry-After and no trace of the failure', async () => {
    noteUnreachable(Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:5432'), { code: 'ECONNREFUSED' }));
    const response = await fetch(`${origin}/ru/tag/oil`);
    expect(response.status).toBe(503);
    expect(response.headers.get('retry-after')).toBe('5');
    expect(response.headers.get('cache-control')).toBe('no-store');
    expect(response.headers.get('content-language')).toBe('ru');
    expect(response.headers.get('x-frame-options')).toBe('SAMEORIGIN');
    const body = await response.text();
    expect(body).toContain(ru.Unavailable.title);
    expect(body).not.toMatch(/stack|Internal Server Error|<script/);
    expect(Number(response.headers.get('content-length'))).toBe(Buffer.byteLength(body));

    const admin = await fetch(`${origin}/admin/articles`, { headers: { cookie: 'ADMIN_LOCALE=en' } });
    expect(admin.status).toBe(503);
    expect(await admin.text()).toContain(en.Unavailable.title);
    // Readiness answers 503 on purpose, for the edge; a form post is the action's to answer.
    expect((await fetch(`${origin}/api/ready`)).status).toBe(503);
    expect(await (await fetch(`${origin}/api/ready`)).text()).toContain('stack trace');
    expect((await fetch(`${origin}/admin/sign-in`, { method: 'POST' })).status).toBe(500);
  });
});

describe('the 503 page', () => {
  it('speaks the path’s language, the newsroom’s for /admin, else the default', () => {
    expect(unavailableLocale('/en/search?q=oil', undefined)).toBe('en');
    expect(unavailableLocale('/admin', 'a=1; ADMIN_LOCALE=ru')).toBe('ru');
    expect(unavailableLocale('/sitemap.xml', 'ADMIN_LOCALE=ru')).toBe('az');
  });

  it('loses the prerendered page’s scripts and nothing else', () => {
    const html = '<head><link rel="stylesheet" href="/a.css"/><link rel="preload" as="script" fetchPriority="low" href="/b.js"/></head><body><h1>x</h1><script src="/c.js" async=""></script><script>self.__next_f.push([1,"<h1>"])</script></body>';
    expect(withoutScripts(html)).toBe('<head><link rel="stylesheet" href="/a.css"/></head><body><h1>x</h1></body>');
  });
});
