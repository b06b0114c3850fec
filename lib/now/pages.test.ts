import { describe, expect, it } from 'vitest';
import { countedPage } from './pages';
import { sourceOf } from './sources';

describe('the pages the board counts', () => {
  it.each([
    ['/ru', { locale: 'ru', page: 'home' }],
    ['/az/', { locale: 'az', page: 'home' }],
    ['/en/news/12-oil-prices', { locale: 'en', page: 'article:12' }],
    ['/en/news/12', { locale: 'en', page: 'article:12' }],
    ['/ru/live/7-election-night', { locale: 'ru', page: 'live:7' }],
    ['/az/category/iqtisadiyyat', { locale: 'az', page: 'category:iqtisadiyyat' }],
  ])('%s is %o', (path, expected) => expect(countedPage(path)).toEqual(expected));

  it.each(['/de', '/ru/search', '/en/tag/oil', '/en/latest', '/admin/now', '/en/news/0-x', '/en/news/abc', `/en/news/1-${'x'.repeat(400)}`])('%s is not counted', (path) =>
    expect(countedPage(path)).toBeNull(),
  );
});

describe('where readers come from', () => {
  it.each([
    ['', 'direct'],
    ['.', 'internal'],
    ['www.google.com', 'search'],
    ['www.google.az', 'search'],
    ['yandex.ru', 'search'],
    ['com.google.android.googlequicksearchbox', 'search'],
    ['t.me', 'telegram'],
    ['org.telegram.messenger', 'telegram'],
    ['l.facebook.com', 'facebook'],
    ['m.facebook.com', 'facebook'],
    ['t.co', 'x'],
    ['x.com', 'x'],
    ['l.instagram.com', 'instagram'],
    ['web.whatsapp.com', 'whatsapp'],
    ['www.youtube.com', 'youtube'],
    ['report.az', 'other'],
    ['notgoogle.example', 'other'],
  ])('%s is %s', (host, source) => expect(sourceOf(host)).toBe(source));
});
