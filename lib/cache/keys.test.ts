import { describe, expect, it } from 'vitest';
import type { ArticleFootprint } from './footprint';
import { includedKeysOfPath, keysOfPath, keysToPurge } from './keys';
import { pathsTouchedBy } from './paths';

describe('surrogate keys of a URL', () => {
  it('name an article by its id, under any slug, with its share image', () => {
    for (const path of ['/en/news/7-new-headline', '/en/news/7-old-headline', '/en/news/7', '/en/news/7-new-headline/og.png', '/en/news/7-new-headline/before/1761110400000000-12']) {
      expect(keysOfPath(path)).toEqual(['site', 'locale:en', 'article:7']);
    }
  });

  it('name every page of a list, its older pages and its feed, by list and locale', () => {
    expect(keysOfPath('/az/category/iqtisadiyyat')).toContain('category:az:iqtisadiyyat');
    expect(keysOfPath('/az/category/iqtisadiyyat/before/2025-10-22T05:20:00.000Z_12')).toContain('category:az:iqtisadiyyat');
    expect(keysOfPath('/az/category/iqtisadiyyat/rss.xml')).toContain('category:az:iqtisadiyyat');
    expect(keysOfPath('/ru/tag/neft')).toContain('tag:ru:neft');
    expect(keysOfPath('/en/author/leyla-hasanova')).toContain('author:en:leyla-hasanova');
    expect(keysOfPath('/en/latest/before/abc')).toContain('latest:en');
    expect(keysOfPath('/en')).toContain('home:en');
    expect(keysOfPath('/en/rss.xml')).toContain('feed:en');
  });

  it('name sitemaps by locale, and the index alone', () => {
    expect(keysOfPath('/sitemaps/ru/articles-0.xml')).toEqual(['site', 'locale:ru', 'sitemap:ru']);
    expect(keysOfPath('/sitemap.xml')).toEqual(['site', 'sitemap']);
  });

  it('spell a slug one way, raw or percent-encoded, and never with whitespace, whatever the path holds', () => {
    expect(keysOfPath('/ru/tag/%D0%BD%D0%B5%D1%84%D1%82%D1%8C')).toEqual(keysOfPath('/ru/tag/нефть'));
    for (const hostile of ['/en/tag/a%20b', '/en/tag/%25', '/en/tag/%E0%A4%A', '/en/tag/x%00y', '/en/tag/a\tb']) {
      for (const key of keysOfPath(hostile)) expect(key).not.toMatch(/\s/);
    }
  });

  it('give a path outside the reader pages only the site-wide key', () => {
    expect(keysOfPath('/robots.txt')).toEqual(['site']);
    expect(keysOfPath('/xx/news/1')).toEqual(['site']);
  });

  it('list the fragments every page of a locale includes', () => {
    expect(includedKeysOfPath('/az/news/1-x')).toEqual(['rates', 'breaking:az']);
    expect(includedKeysOfPath('/sitemap.xml')).toEqual([]);
  });
});

describe('the keys an article change purges', () => {
  const before: ArticleFootprint = {
    id: 7,
    author: 'leyla-hasanova',
    locales: [{ locale: 'en', slug: 'old-headline', published: true, category: 'economy', tags: ['oil'] }],
  };
  const after: ArticleFootprint = { ...before, locales: [{ ...before.locales[0]!, slug: 'new-headline', category: 'politics' }] };
  const keys = keysToPurge(pathsTouchedBy([before, after]));

  it('are the keys of the very paths Next revalidates: the article, both sections, its lists, feeds and sitemaps', () => {
    expect(keys).toEqual([
      'article:7', 'author:en:leyla-hasanova', 'category:en:economy', 'category:en:politics', 'feed:en', 'home:en',
      'latest:en', 'sitemap', 'sitemap:en', 'tag:en:oil',
    ]);
  });

  it('never empty the whole cache or a whole locale', () => {
    expect(keys).not.toContain('site');
    expect(keys.some((key) => key.startsWith('locale:'))).toBe(false);
  });
});
