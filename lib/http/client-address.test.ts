import type { Socket } from 'node:net';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { appendPeer } from './front-door.mjs';
import { clientAddress } from './client-address';

const headers = (values: Record<string, string>) => new Headers(values);
const socket = (remoteAddress: string) => ({ remoteAddress }) as Socket;

afterEach(() => vi.unstubAllEnvs());

describe('the client address', () => {
  it('is, with no proxy trusted, the socket the server appended, whatever the client wrote into the header', () => {
    const request = { headers: { 'x-forwarded-for': '1.2.3.4, 5.6.7.8' } as Record<string, string | undefined>, socket: socket('::ffff:203.0.113.9') };
    appendPeer(request);
    expect(request.headers['x-forwarded-for']).toBe('1.2.3.4, 5.6.7.8, 203.0.113.9');
    expect(clientAddress(headers({ 'x-forwarded-for': request.headers['x-forwarded-for']! }))).toBe('203.0.113.9');

    const direct = { headers: {} as Record<string, string | undefined>, socket: socket('2001:db8::1') };
    appendPeer(direct);
    expect(clientAddress(headers({ 'x-forwarded-for': direct.headers['x-forwarded-for']! }))).toBe('2001:db8::1');
  });

  it('is, behind the edge, the address the edge saw; what the client wrote left of it is not believed', () => {
    // The client forged 1.2.3.4; the edge replaced the header with the client it saw; this server appended the edge.
    const behindEdge = headers({ 'x-forwarded-for': '203.0.113.9, 127.0.0.1' });
    expect(clientAddress(behindEdge, ['127.0.0.1'])).toBe('203.0.113.9');
    // A client that reaches the server around the edge is its own socket's address, whatever it wrote.
    expect(clientAddress(headers({ 'x-forwarded-for': '127.0.0.1, 198.51.100.4' }), ['127.0.0.1'])).toBe('198.51.100.4');
    // Forged entries to the left of the first address no trusted proxy vouches for change nothing.
    expect(clientAddress(headers({ 'x-forwarded-for': '10.0.0.7, 1.2.3.4, 203.0.113.9, 127.0.0.1' }), ['127.0.0.1', '10.0.0.0/8'])).toBe('203.0.113.9');
    // Unset, no proxy is trusted: the socket's address, as before any edge.
    vi.stubEnv('TRUSTED_PROXIES', '');
    expect(clientAddress(behindEdge)).toBe('127.0.0.1');
    vi.stubEnv('TRUSTED_PROXIES', '127.0.0.1');
    expect(clientAddress(behindEdge)).toBe('203.0.113.9');
  });

  it('walks back past every trusted network: a CDN in front of the edge, IPv6 and IPv4 on dual-stack sockets', () => {
    const cdnThenEdge = ['198.51.100.0/24', '2001:db8:cd::/48', '172.30.0.10'];
    expect(clientAddress(headers({ 'x-forwarded-for': '1.2.3.4, 203.0.113.9, 198.51.100.20, 172.30.0.10' }), cdnThenEdge)).toBe('203.0.113.9');
    expect(clientAddress(headers({ 'x-forwarded-for': '2001:DB8:FFFF:0:0:0:0:1, 2001:db8:cd::7, ::ffff:172.30.0.10' }), cdnThenEdge)).toBe('2001:db8:ffff::1');
    expect(clientAddress(headers({ 'x-forwarded-for': '::ffff:203.0.113.9, 172.30.0.10' }), cdnThenEdge)).toBe('203.0.113.9');
    // Ports some proxies add are not part of the address.
    expect(clientAddress(headers({ 'x-forwarded-for': '203.0.113.9:51234, [2001:db8:cd::7]:443, 172.30.0.10' }), cdnThenEdge)).toBe('203.0.113.9');
    expect(clientAddress(headers({ 'x-forwarded-for': '[2001:db8::1]:443, 172.30.0.10' }), cdnThenEdge)).toBe('2001:db8::1');
  });

  it('is the leftmost entry when every one is trusted, and never a forged text that is no address', () => {
    expect(clientAddress(headers({ 'x-forwarded-for': '10.0.0.3, 10.0.0.2, 127.0.0.1' }), ['10.0.0.0/8', '127.0.0.1'])).toBe('10.0.0.3');
    // A trusted proxy that passed garbage on is the last address anyone vouched for; the garbage is no client of its own.
    expect(clientAddress(headers({ 'x-forwarded-for': '1.2.3.4, not-an-address, 10.0.0.2, 127.0.0.1' }), ['10.0.0.0/8', '127.0.0.1'])).toBe('10.0.0.2');
    expect(clientAddress(headers({ 'x-forwarded-for': 'unknown, 127.0.0.1' }), ['127.0.0.1'])).toBe('127.0.0.1');
    expect(clientAddress(headers({ 'x-forwarded-for': '999.1.1.1, fe80::1%eth0, 127.0.0.1' }), ['127.0.0.1'])).toBe('127.0.0.1');
    // Garbage as the socket's entry (which the front door never writes) is nobody.
    expect(clientAddress(headers({ 'x-forwarded-for': '203.0.113.9, garbage' }), ['127.0.0.1'])).toBe('unknown');
  });

  it('is one shared "unknown" when there is nothing to go by, and X-Real-IP is not believed', () => {
    expect(clientAddress(headers({ 'x-real-ip': '198.51.100.7' }))).toBe('unknown');
    expect(clientAddress(headers({ 'x-forwarded-for': ' , ' }))).toBe('unknown');
  });
});

describe('the methods the site answers', () => {
  it('are GET, HEAD and POST on pages, and the standard ones under /api/; anything else is refused before Next', async () => {
    const { refusedMethod } = await import('./front-door.mjs');
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
    const { frontDoorAnswer } = await import('./front-door.mjs');
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
