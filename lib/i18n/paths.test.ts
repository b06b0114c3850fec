import { describe, expect, it } from 'vitest';
import { articlePath, localized, parseArticleParam, withCursor } from './paths';

describe('article URLs', () => {
  it('split into id and slug', () => {
    expect(parseArticleParam('12-some-slug')).toEqual({ id: 12, slug: 'some-slug' });
    expect(parseArticleParam('12')).toEqual({ id: 12, slug: '' });
  });

  it.each(['', 'abc', '-12', '0-x', '99999999999-x', '12x-slug'])('reject %j', (param) => {
    expect(parseArticleParam(param)).toBeNull();
  });

  it('are built with the locale prefix and an optional cursor', () => {
    expect(localized('az', articlePath(5, 'xeber'))).toBe('/az/news/5-xeber');
    expect(localized('ru', '/')).toBe('/ru');
    expect(withCursor('/latest', '17-3')).toBe('/latest?before=17-3');
    expect(withCursor('/latest', null)).toBe('/latest');
  });
});
