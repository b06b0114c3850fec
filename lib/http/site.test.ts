import { afterEach, describe, expect, it, vi } from 'vitest';
import { ownOrigin, siteUrl } from './site';

afterEach(() => vi.unstubAllEnvs());

describe('the site’s own addresses', () => {
  it('are SITE_URL when it is set, without a trailing slash', () => {
    vi.stubEnv('SITE_URL', 'https://anews.az/');
    vi.stubEnv('PORT', '3900');
    expect(siteUrl()).toBe('https://anews.az');
  });

  it('follow PORT when SITE_URL is not set, so canonical links name the port the site is on', () => {
    vi.stubEnv('SITE_URL', '');
    vi.stubEnv('PORT', '3900');
    expect(siteUrl()).toBe('http://localhost:3900');
    expect(ownOrigin()).toBe('http://127.0.0.1:3900');
    vi.stubEnv('PORT', '');
    expect(siteUrl()).toBe('http://localhost:3000');
  });
});
