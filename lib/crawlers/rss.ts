import type { FeedItem } from '@/lib/content/crawl';
import type { Locale } from '@/lib/i18n/locales';
import { articlePath, localized } from '@/lib/i18n/paths';
import { siteUrl } from '@/lib/http/site';
import { escapeXml, rfc822, XML_HEADER } from './xml';

export const FEED_ITEMS = 50;

/** RSS language codes (RFC 1766 as the RSS 2.0 spec asks): Azerbaijani in Latin script. */
const FEED_LANGUAGE: Record<Locale, string> = { ru: 'ru', az: 'az-Latn', en: 'en' };

export interface FeedChannel {
  locale: Locale;
  title: string;
  description: string;
  /** Site-relative path of the page the feed mirrors, and of the feed itself. */
  pagePath: string;
  feedPath: string;
}

/** An RSS 2.0 document of the given items, newest first, with an atom:link to itself. */
export function rssXml(channel: FeedChannel, items: FeedItem[]): string {
  const origin = siteUrl();
  const entries = items.map((item) => {
    const link = `${origin}${localized(channel.locale, articlePath(item.id, item.slug))}`;
    return [
      '<item>',
      `<title>${escapeXml(item.title)}</title>`,
      `<link>${escapeXml(link)}</link>`,
      // The id is the article's in every language; the locale keeps each translation's guid apart.
      `<guid isPermaLink="false">${escapeXml(`${origin}/${channel.locale}/news/${item.id}`)}</guid>`,
      `<pubDate>${rfc822(item.publishedAt)}</pubDate>`,
      `<description>${escapeXml(item.lead)}</description>`,
      `<category>${escapeXml(item.category)}</category>`,
      `<dc:creator>${escapeXml(item.author)}</dc:creator>`,
      '</item>',
    ].join('');
  });
  const newest = items[0]?.publishedAt;
  return (
    XML_HEADER +
    '<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom" xmlns:dc="http://purl.org/dc/elements/1.1/">\n<channel>\n' +
    `<title>${escapeXml(channel.title)}</title>\n` +
    `<link>${escapeXml(origin + channel.pagePath)}</link>\n` +
    `<description>${escapeXml(channel.description)}</description>\n` +
    `<language>${FEED_LANGUAGE[channel.locale]}</language>\n` +
    (newest ? `<lastBuildDate>${rfc822(newest)}</lastBuildDate>\n` : '') +
    `<atom:link href="${escapeXml(origin + channel.feedPath)}" rel="self" type="application/rss+xml"/>\n` +
    entries.join('\n') +
    '\n</channel>\n</rss>\n'
  );
}
