import { parseFeed } from '@rowanmanning/feed-parser';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { rssXml } from './rss';
import { urlsetXml } from './sitemaps';

// An editor's text with everything XML cares about: markup, entities, quotes and a control character.
const hostile = 'Oil & gas: <b>"record"</b> \'deal\'\u0007 — ə ğ ı İ ş ç ü';

describe('feeds and sitemaps built from editors’ text', () => {
  it('stay well-formed RSS, and a feed reader gets the text back as written (less the control character)', () => {
    const xml = rssXml(
      { locale: 'az', title: hostile, description: hostile, pagePath: '/az', feedPath: '/az/rss.xml' },
      [{ id: 5, slug: 'neft-ve-qaz', title: hostile, lead: hostile, publishedAt: new Date('2025-10-22T05:20:00Z'), category: 'İqtisadiyyat', author: 'M.Əli' }],
    );
    expect(XMLValidator.validate(xml)).toBe(true);
    const feed = parseFeed(xml);
    const clean = hostile.replace('\u0007', '');
    expect(feed.title).toBe(clean);
    expect(feed.language).toBe('az-Latn');
    expect(feed.items[0]).toMatchObject({ title: clean, description: clean, url: 'http://localhost:3000/az/news/5-neft-ve-qaz' });
    expect(feed.items[0]!.published).toEqual(new Date('2025-10-22T05:20:00Z'));
  });

  it('stay well-formed sitemaps with the news title intact', () => {
    const xml = urlsetXml([
      {
        locale: 'en',
        path: '/en/news/5-oil-and-gas',
        lastModified: new Date('2025-10-22T05:20:00Z'),
        alternates: { en: '/en/news/5-oil-and-gas', az: '/az/news/5-neft-ve-qaz' },
        news: { title: hostile, publishedAt: new Date('2025-10-22T05:20:00Z') },
      },
    ]);
    expect(XMLValidator.validate(xml)).toBe(true);
    const parsed = new XMLParser({ ignoreAttributes: false }).parse(xml);
    const url = parsed.urlset.url;
    expect(url['news:news']['news:title']).toBe(hostile.replace('\u0007', ''));
    expect(url['xhtml:link'].map((l: Record<string, string>) => l['@_hreflang'])).toEqual(['en', 'az', 'x-default']);
    expect(url['xhtml:link'].at(-1)['@_href']).toBe('http://localhost:3000/az/news/5-neft-ve-qaz');
  });
});
