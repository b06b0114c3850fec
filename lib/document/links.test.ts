import { describe, expect, it } from 'vitest';
import { linkTarget } from './links';

describe('where an editor’s link takes a reader', () => {
  it('is the site for paths, another site for http(s), and mail for mailto', () => {
    expect(linkTarget('/ru/news/1-x')).toBe('site');
    expect(linkTarget('/en/search?q=a%20b#top')).toBe('site');
    expect(linkTarget('https://baku.az/plan')).toBe('external');
    expect(linkTarget('HTTP://example.com')).toBe('external');
    expect(linkTarget('mailto:desk@anews.az')).toBe('mailto');
  });

  it('is refused when a browser would leave the site from what looks like a path, or run it', () => {
    for (const href of [
      '/\t/evil.example/x',
      '/\n/evil.example/x',
      '/\r/evil.example/x',
      '//evil.example/',
      '/\\evil.example',
      ' /ru',
      'javascript:alert(1)',
      'JaVaScRiPt:alert(1)',
      'java\tscript:alert(1)',
      'data:text/html;base64,PHNjcmlwdD4=',
      'vbscript:x',
      'https:evil.example',
      'https://',
      'relative/path',
      '',
    ]) {
      expect(linkTarget(href), JSON.stringify(href)).toBeNull();
    }
  });
});
