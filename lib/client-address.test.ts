import type { Socket } from 'node:net';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { appendPeer } from '../scripts/front-door.mjs';
import { clientAddress } from './client-address';

const headers = (values: Record<string, string>) => new Headers(values);
const socket = (remoteAddress: string) => ({ remoteAddress }) as Socket;

afterEach(() => vi.unstubAllEnvs());

describe('the client address', () => {
  it('is, with no proxy in front, the socket the server appended, whatever the client wrote into the header', () => {
    const request = { headers: { 'x-forwarded-for': '1.2.3.4, 5.6.7.8' } as Record<string, string | undefined>, socket: socket('::ffff:203.0.113.9') };
    appendPeer(request);
    expect(request.headers['x-forwarded-for']).toBe('1.2.3.4, 5.6.7.8, 203.0.113.9');
    expect(clientAddress(headers({ 'x-forwarded-for': request.headers['x-forwarded-for']! }))).toBe('203.0.113.9');

    const direct = { headers: {} as Record<string, string | undefined>, socket: socket('2001:db8::1') };
    appendPeer(direct);
    expect(clientAddress(headers({ 'x-forwarded-for': direct.headers['x-forwarded-for']! }))).toBe('2001:db8::1');
  });

  it('is, behind TRUSTED_PROXY_HOPS proxies, the address the outermost one saw', () => {
    // The client wrote 1.2.3.4; the edge appended the client it saw; this server appended the edge's address.
    const chain = headers({ 'x-forwarded-for': '1.2.3.4, 203.0.113.9, 10.0.0.2' });
    vi.stubEnv('TRUSTED_PROXY_HOPS', '1');
    expect(clientAddress(chain)).toBe('203.0.113.9');
    expect(clientAddress(chain, 0)).toBe('10.0.0.2');
    expect(clientAddress(headers({ 'x-forwarded-for': '203.0.113.9' }), 3)).toBe('203.0.113.9');
  });

  it('is one shared "unknown" when there is nothing to go by, and X-Real-IP is not believed', () => {
    expect(clientAddress(headers({ 'x-real-ip': '198.51.100.7' }))).toBe('unknown');
    expect(clientAddress(headers({ 'x-forwarded-for': ' , ' }))).toBe('unknown');
  });
});

describe('the methods the site answers', () => {
  it('are GET, HEAD and POST on pages, and the standard ones under /api/; anything else is refused before Next', async () => {
    const { refusedMethod } = await import('../scripts/front-door.mjs');
    expect(refusedMethod('GET', '/ru')).toBeNull();
    expect(refusedMethod('POST', '/admin/articles/1')).toBeNull();
    expect(refusedMethod('DELETE', '/ru')).toBe('GET, HEAD, POST');
    expect(refusedMethod('TRACE', '/ru')).toBe('GET, HEAD, POST');
    expect(refusedMethod('PUT', '/api/health')).toBeNull();
    expect(refusedMethod('PROPFIND', '/api/health')).toBe('GET, HEAD, POST, PUT, PATCH, DELETE, OPTIONS');
  });
});

describe('what the front door answers itself', () => {
  it('refuses paths outside the reader pages that do not decode to plain text, and server actions from other sites', async () => {
    const { frontDoorAnswer } = await import('../scripts/front-door.mjs');
    const get = (url: string) => frontDoorAnswer({ method: 'GET', url, headers: {} })?.status ?? null;
    expect(get('/media/%ED%A0%80')).toBe(400);
    expect(get('/api/views/ru/%FF')).toBe(400);
    expect(get('/fragments/rates/%')).toBe(400);
    expect(get('/media/12/0123456789abcdef/320.avif')).toBeNull();
    // Reader pages are proxy.ts's, with a localized answer.
    expect(get('/ru/news/%FF')).toBeNull();

    const action = (origin: string, host = 'anews.az') =>
      frontDoorAnswer({ method: 'POST', url: '/admin/articles/1', headers: { 'next-action': '7f'.repeat(21), origin, host } })?.status ?? null;
    expect(get(`/media/${'x'.repeat(300)}`)).toBe(414);
    const malformedAction = frontDoorAnswer({ method: 'POST', url: '/ru', headers: { 'next-action': 'deadbeef', host: 'anews.az' } });
    expect(malformedAction?.status).toBe(400);

    expect(action('https://anews.az')).toBeNull();
    expect(action('https://evil.example')).toBe(403);
    expect(action('null')).toBe(403);
  });
});
