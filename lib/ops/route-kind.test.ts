import { describe, expect, it } from 'vitest';
import { routeKind } from './route-kind.mjs';

describe('the kind of route a request asks for', () => {
  it.each([
    ['/', 'home'],
    ['/az', 'home'],
    ['/ru/', 'home'],
    ['/az/news/12-aliyev-kazakhstan-visit', 'article'],
    ['/en/news/12-visit/og.png', 'image'],
    ['/ru/category/economy', 'listing'],
    ['/ru/category/economy/before/MjAyNi0xMi0wMQ', 'listing'],
    ['/en/tag/baku', 'listing'],
    ['/az/author/aysel-mammadova', 'listing'],
    ['/en/latest', 'listing'],
    ['/ru/search', 'search'],
    ['/en/rss.xml', 'feed'],
    ['/az/category/economy/rss.xml', 'feed'],
    ['/sitemap.xml', 'sitemap'],
    ['/sitemaps/ru/articles-0.xml', 'sitemap'],
    ['/robots.txt', 'sitemap'],
    ['/_next/static/chunks/main.js', 'static'],
    ['/_next/image', 'image'],
    ['/media/4/0f3a/960.avif', 'image'],
    ['/favicon.ico', 'static'],
    ['/fragments/rates/az', 'fragment'],
    ['/admin', 'admin'],
    ['/admin/articles/12', 'admin'],
    ['/api/ready', 'api'],
    ['/api/auth/session', 'api'],
    ['/de/news/12-x', 'other'],
    ['/manifest.webmanifest', 'static'],
  ])('%s is %s', (pathname, kind) => {
    expect(routeKind(pathname)).toBe(kind);
  });
});
