import { describe, expect, it } from 'vitest';
import type { ArticleFootprint } from './footprint';
import { articlePagesOf, pathsTouchedBy } from './paths';

const before: ArticleFootprint = {
  id: 7,
  author: 'leyla-hasanova',
  locales: [
    { locale: 'az', slug: 'kohne-basliq', published: true, category: 'iqtisadiyyat', tags: ['neft'] },
    { locale: 'en', slug: 'old-headline', published: true, category: 'economy', tags: ['oil'] },
  ],
};
// The English headline (and slug) was corrected and the story moved to politics.
const after: ArticleFootprint = {
  ...before,
  locales: [
    { locale: 'az', slug: 'kohne-basliq', published: true, category: 'siyaset', tags: ['neft'] },
    { locale: 'en', slug: 'new-headline', published: true, category: 'politics', tags: ['oil'] },
  ],
};

describe('the pages an article change touches', () => {
  const paths = pathsTouchedBy([before, after]);

  it('include the article under its old and new slug, with its share image, in every locale it has', () => {
    expect(paths).toEqual(expect.arrayContaining(['/en/news/7-old-headline', '/en/news/7-new-headline', '/en/news/7-new-headline/og.png', '/az/news/7-kohne-basliq']));
  });

  it('include home, latest, author, the section it left and the one it joined, tags, feeds and sitemaps', () => {
    expect(paths).toEqual(
      expect.arrayContaining([
        '/az', '/en', '/az/latest', '/en/latest', '/en/author/leyla-hasanova',
        '/en/category/economy', '/en/category/politics', '/az/category/iqtisadiyyat', '/az/category/siyaset',
        '/en/tag/oil', '/az/tag/neft',
        '/en/rss.xml', '/en/category/economy/rss.xml', '/en/category/politics/rss.xml',
        '/sitemap.xml', '/sitemaps/en/articles-0.xml', '/sitemaps/en/news.xml', '/sitemaps/en/pages.xml',
      ]),
    );
  });

  it('leave out the locales the article has no translation in', () => {
    expect(paths.some((path) => path.startsWith('/ru'))).toBe(false);
    expect(paths.some((path) => path.startsWith('/sitemaps/ru/'))).toBe(false);
  });

  it('ask search engines to recrawl only the article pages', () => {
    expect(articlePagesOf([before, after])).toEqual(['/az/news/7-kohne-basliq', '/en/news/7-new-headline', '/en/news/7-old-headline']);
  });
});
