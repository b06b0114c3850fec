import { describe, expect, it } from 'vitest';
import { anyTagExpired, anyTagStale } from './cache-handler.mjs';

describe('whether a revalidated tag outdates a cached entry', () => {
  const written = 1_796_139_211_606;
  const now = written + 5_000;

  it('counts a change in the same millisecond as the write: that render may have read the data before it', () => {
    expect(anyTagExpired(new Map([['page', { expired: written }]]), written, now)).toBe(true);
    expect(anyTagStale(new Map([['page', { stale: written }]]), written)).toBe(true);
  });

  it('leaves an entry written after the change, and waits for an expiry still to come', () => {
    expect(anyTagExpired(new Map([['page', { expired: written - 1 }]]), written, now)).toBe(false);
    expect(anyTagStale(new Map([['page', { stale: written - 1 }]]), written)).toBe(false);
    expect(anyTagExpired(new Map([['page', { expired: now + 1 }]]), written, now)).toBe(false);
  });
});
