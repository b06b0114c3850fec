import type { Alternates, Locale } from '@/lib/i18n/locales';
import { xDefault } from '@/lib/seo/alternates';
import { siteUrl } from '@/lib/http/site';
import { escapeXml, XML_HEADER } from './xml';

const SITEMAP_NS = 'http://www.sitemaps.org/schemas/sitemap/0.9';
const XHTML_NS = 'http://www.w3.org/1999/xhtml';
const NEWS_NS = 'http://www.google.com/schemas/sitemap-news/0.9';

/** The newsroom's name as Google News knows the publication. */
export const PUBLICATION_NAME = 'Anews';

export interface SitemapUrl {
  /** Site-relative path of the page in this sitemap's locale. */
  path: string;
  lastModified?: Date | null;
  /** Every language version of the page (this one included); a locale without one is absent. */
  alternates?: Alternates;
  locale: Locale;
  news?: { title: string; publishedAt: Date };
}

const absolute = (path: string) => `${siteUrl()}${path}`;
const lastmod = (date: Date | null | undefined) => (date ? `<lastmod>${date.toISOString()}</lastmod>` : '');

function alternateLinks(url: SitemapUrl): string {
  if (!url.alternates) return '';
  const fallback = xDefault(url.alternates);
  const entries = Object.entries(url.alternates) as [string, string][];
  if (fallback) entries.push(['x-default', fallback]);
  return entries.map(([hreflang, href]) => `<xhtml:link rel="alternate" hreflang="${hreflang}" href="${escapeXml(absolute(href))}"/>`).join('');
}

function newsEntry(url: SitemapUrl): string {
  if (!url.news) return '';
  return (
    '<news:news><news:publication>' +
    `<news:name>${escapeXml(PUBLICATION_NAME)}</news:name><news:language>${url.locale}</news:language>` +
    `</news:publication><news:publication_date>${url.news.publishedAt.toISOString()}</news:publication_date>` +
    `<news:title>${escapeXml(url.news.title)}</news:title></news:news>`
  );
}

/** A `<urlset>` with hreflang alternates and, where given, Google News entries. */
export function urlsetXml(urls: SitemapUrl[]): string {
  const body = urls
    .map((url) => `<url><loc>${escapeXml(absolute(url.path))}</loc>${lastmod(url.lastModified)}${alternateLinks(url)}${newsEntry(url)}</url>`)
    .join('\n');
  return `${XML_HEADER}<urlset xmlns="${SITEMAP_NS}" xmlns:xhtml="${XHTML_NS}" xmlns:news="${NEWS_NS}">\n${body}\n</urlset>\n`;
}

/** A `<sitemapindex>` of site-relative sitemap paths. */
export function sitemapIndexXml(sitemaps: { path: string; lastModified?: Date | null }[]): string {
  const body = sitemaps.map((s) => `<sitemap><loc>${escapeXml(absolute(s.path))}</loc>${lastmod(s.lastModified)}</sitemap>`).join('\n');
  return `${XML_HEADER}<sitemapindex xmlns="${SITEMAP_NS}">\n${body}\n</sitemapindex>\n`;
}
