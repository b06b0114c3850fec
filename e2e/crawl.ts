import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { APIRequestContext } from '@playwright/test';
import { XMLParser } from 'fast-xml-parser';
import { DomUtils, parseDocument } from 'htmlparser2';
import { validateXML } from 'xmllint-wasm';

/** Helpers for the crawler specs: real parsers (libxml2 for XML Schema, htmlparser2 for pages), no string matching. */

const schemas = path.join(import.meta.dirname, 'schemas');
const schema = (file: string) => ({ fileName: file, contents: readFileSync(path.join(schemas, file), 'utf8') });

/** Validates a sitemap or sitemap index against the sitemaps.org schema (and the hreflang and News extensions). */
export async function schemaErrors(xml: string, kind: 'index' | 'urlset'): Promise<string[]> {
  const result = await validateXML({
    xml: [{ fileName: `${kind}.xml`, contents: xml }],
    schema: [schema(kind === 'index' ? 'siteindex.xsd' : 'sitemap.xsd')],
    preload: kind === 'urlset' ? [schema('xhtml-link.xsd'), schema('news.xsd')] : [],
  });
  return result.errors.map((error) => error.rawMessage);
}

const xml = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '', isArray: (name) => ['url', 'sitemap', 'xhtml:link'].includes(name) });

export interface SitemapEntry {
  loc: string;
  lastmod?: string;
  alternates: Record<string, string>;
  news?: { title: string; language: string; date: string };
}

export function sitemapLocs(indexXml: string): string[] {
  const parsed = xml.parse(indexXml) as { sitemapindex: { sitemap: { loc: string }[] } };
  return parsed.sitemapindex.sitemap.map((s) => s.loc);
}

type RawUrl = {
  loc: string;
  lastmod?: string;
  'xhtml:link'?: { hreflang: string; href: string }[];
  'news:news'?: { 'news:publication': { 'news:language': string }; 'news:title': string; 'news:publication_date': string };
};

export function sitemapEntries(urlsetXml: string): SitemapEntry[] {
  const parsed = xml.parse(urlsetXml) as { urlset: { url?: RawUrl[] } };
  return (parsed.urlset.url ?? []).map((url) => ({
    loc: url.loc,
    lastmod: url.lastmod,
    alternates: Object.fromEntries((url['xhtml:link'] ?? []).map((link) => [link.hreflang, link.href])),
    news: url['news:news']
      ? {
          title: String(url['news:news']['news:title']),
          language: url['news:news']['news:publication']['news:language'],
          date: url['news:news']['news:publication_date'],
        }
      : undefined,
  }));
}

/** Every URL of every sitemap the index lists. */
export async function crawlSitemaps(request: APIRequestContext): Promise<{ sitemap: string; xml: string; entries: SitemapEntry[] }[]> {
  const index = await (await request.get('/sitemap.xml')).text();
  return Promise.all(
    sitemapLocs(index).map(async (loc) => {
      const body = await (await request.get(new URL(loc).pathname)).text();
      return { sitemap: loc, xml: body, entries: sitemapEntries(body) };
    }),
  );
}

export interface PageHead {
  canonical?: string;
  alternates: Record<string, string>;
  jsonLd: unknown[];
  meta: Record<string, string[]>;
  title?: string;
}

/** What a crawler reads in a page's <head> (and its JSON-LD), parsed as HTML. */
export function readHead(html: string): PageHead {
  const doc = parseDocument(html);
  const links = DomUtils.getElementsByTagName('link', doc);
  const head: PageHead = { alternates: {}, jsonLd: [], meta: {} };
  for (const link of links) {
    const { rel, hreflang, href } = link.attribs;
    if (rel === 'canonical') head.canonical = href;
    if (rel === 'alternate' && hreflang && href) head.alternates[hreflang] = href;
  }
  for (const meta of DomUtils.getElementsByTagName('meta', doc)) {
    const name = meta.attribs.property ?? meta.attribs.name;
    if (name) (head.meta[name] ??= []).push(meta.attribs.content ?? '');
  }
  for (const script of DomUtils.getElementsByTagName('script', doc)) {
    if (script.attribs.type === 'application/ld+json') head.jsonLd.push(JSON.parse(DomUtils.textContent(script)));
  }
  const title = DomUtils.getElementsByTagName('title', doc)[0];
  head.title = title ? DomUtils.textContent(title) : undefined;
  return head;
}
