import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { NOW_SCRIPT } from './script';

describe("the reader pages' script", () => {
  it('stays within 1 KB gzipped, half the 2 KB of our own JavaScript a reader page may carry', () => {
    expect(gzipSync(NOW_SCRIPT).length).toBeLessThanOrEqual(1024);
  });

  it('sets no cookie, uses no storage and talks to this site alone', () => {
    expect(NOW_SCRIPT).not.toMatch(/cookie|localStorage|sessionStorage|indexedDB|caches/);
    expect(NOW_SCRIPT.match(/"\/api\/[^"?]*/g)).toEqual(['"/api/now']);
    expect(NOW_SCRIPT).not.toMatch(/https?:/);
  });

  it('is one expression that parses', () => {
    expect(() => new Function(NOW_SCRIPT)).not.toThrow();
  });
});
