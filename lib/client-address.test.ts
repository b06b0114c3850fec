import { describe, expect, it } from 'vitest';
import { clientAddress } from './client-address';

const headers = (values: Record<string, string>) => new Headers(values);

describe('the client address', () => {
  it('is the one the proxy in front of the site added, not one the client wrote into the header', () => {
    expect(clientAddress(headers({ 'x-forwarded-for': '203.0.113.9' }))).toBe('203.0.113.9');
    // A client sending "X-Forwarded-For: 1.2.3.4" through the proxy cannot pass as 1.2.3.4.
    expect(clientAddress(headers({ 'x-forwarded-for': '1.2.3.4, 203.0.113.9' }))).toBe('203.0.113.9');
  });

  it('counts from the right as many proxies as there are', () => {
    expect(clientAddress(headers({ 'x-forwarded-for': '1.2.3.4, 203.0.113.9, 10.0.0.2' }), 2)).toBe('203.0.113.9');
    expect(clientAddress(headers({ 'x-forwarded-for': '203.0.113.9' }), 3)).toBe('203.0.113.9');
  });

  it('falls back to X-Real-IP, then to one shared "unknown"', () => {
    expect(clientAddress(headers({ 'x-real-ip': '198.51.100.7' }))).toBe('198.51.100.7');
    expect(clientAddress(headers({ 'x-forwarded-for': ' , ' }))).toBe('unknown');
  });
});
