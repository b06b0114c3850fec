import { describe, expect, it } from 'vitest';
import type { ArticleFootprint } from './footprint';
import { pathsTouchedBy } from './paths';
import { warmingOrder } from './warm';

describe('the order pages are rendered again after a change', () => {
  it('puts the article in every language first, then home and its lists, crawlers’ files and share images last', () => {
    const story: ArticleFootprint = {
      id: 7,
      author: 'leyla-hasanova',
      locales: (['az', 'en', 'ru'] as const).map((locale) => ({ locale, slug: `story-${locale}`, published: true, category: 'economy', tags: ['oil'] })),
    };
    const order = warmingOrder(pathsTouchedBy([story]));
    expect(order.slice(0, 3)).toEqual(['/az/news/7-story-az', '/en/news/7-story-en', '/ru/news/7-story-ru']);
    expect(order.slice(3, 6)).toEqual(['/az', '/en', '/ru']);
    const firstCrawlerFile = order.findIndex((path) => path.endsWith('.xml'));
    expect(order.slice(6, firstCrawlerFile).every((path) => /\/(latest|category|tag|author)\b/.test(path))).toBe(true);
    expect(order.slice(-3).every((path) => path.endsWith('/og.png'))).toBe(true);
    expect([...order].sort()).toEqual([...pathsTouchedBy([story])].sort());
  });
});
