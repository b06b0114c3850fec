import { readFileSync } from 'node:fs';
import path from 'node:path';
import { withDatabase } from './content';

/**
 * The readers' side of the outage specs: about a hundred addresses of every kind, and a bounded load that reads them
 * while PostgreSQL or Redis is away, counting what it gets. Every answer must be a 200 or the localized 503 page.
 */
const LOCALES = ['ru', 'az', 'en'] as const;
type Locale = (typeof LOCALES)[number];

type Messages = {
  Unavailable: { title: string };
  Admin: { errors: { unavailable: string }; signIn: { email: string; password: string; submit: string; unavailable: string } };
};
/** The site's own texts, as a reader or an editor sees them. */
export const messagesOf = (locale: Locale): Messages => JSON.parse(readFileSync(path.resolve(import.meta.dirname, '..', 'messages', `${locale}.json`), 'utf8'));
const MESSAGES = { ru: messagesOf('ru'), az: messagesOf('az'), en: messagesOf('en') };
const SEARCHES: Record<Locale, string[]> = { ru: ['нефть', 'Баку', 'курс'], az: ['neft', 'Bakı', 'məzənnə'], en: ['oil', 'Baku', 'rates'] };

export interface Addresses {
  /** Rendered (and so cached) before the outage. */
  cached: string[];
  /** Never asked before: search, and older pages of the listings at a cursor of this run's own. */
  uncached: string[];
  /** An article's address with a wrong slug or none, and the canonical one it is sent on to. */
  moved: Record<string, string>;
}

export async function outageAddresses(): Promise<Addresses> {
  const rows = await withDatabase(async (db) => ({
    sections: (await db.query<{ locale: Locale; slug: string }>('select locale, slug from category_translations order by category_id')).rows,
    articles: (await db.query<{ locale: Locale; id: number; slug: string }>(
      `select * from (select locale, article_id as id, slug, row_number() over (partition by locale order by published_at desc) as n
       from article_translations where status = 'published') t where n <= 6`)).rows,
    // The cursor of every published translation, as the listings write it: older pages exist only at these.
    cursors: (await db.query<{ locale: Locale; categoryId: number; cursor: string }>(
      `select locale, category_id as "categoryId", (extract(epoch from published_at) * 1000000)::bigint || '-' || article_id as cursor
       from article_translations where status = 'published' order by published_at desc, article_id desc`)).rows,
    sectionIds: (await db.query<{ locale: Locale; slug: string; id: number }>('select locale, slug, category_id as id from category_translations')).rows,
  }));
  const cached = ['/sitemap.xml', '/admin/sign-in'];
  const uncached: string[] = [];
  const moved: Record<string, string> = {};
  // Older pages at cursors of real stories (a cursor that names none is a 404), picked at random, so that their pages
  // and reads were most likely never answered before.
  const pick = <T,>(list: T[], count: number) => [...list].sort(() => Math.random() - 0.5).slice(0, count);
  for (const locale of LOCALES) {
    cached.push(`/${locale}`, `/${locale}/latest`, `/${locale}/rss.xml`, `/sitemaps/${locale}/pages.xml`, `/sitemaps/${locale}/articles-0.xml`);
    const sections = rows.sections.filter((row) => row.locale === locale);
    for (const { slug } of sections) cached.push(`/${locale}/category/${slug}`);
    cached.push(`/${locale}/category/${sections[0]!.slug}/rss.xml`);
    const articles = rows.articles.filter((row) => row.locale === locale);
    for (const { id, slug } of articles) cached.push(`/${locale}/news/${id}-${slug}`);
    // Shared, quoted or typed by hand: the id alone, and a slug the story no longer has.
    for (const [i, { id, slug }] of articles.slice(0, 2).entries()) moved[`/${locale}/news/${id}${i ? `-${slug}-old` : ''}`] = `/${locale}/news/${id}-${slug}`;
    for (const q of SEARCHES[locale]) uncached.push(`/${locale}/search?q=${encodeURIComponent(q)}`);
    const cursors = rows.cursors.filter((row) => row.locale === locale);
    for (const { cursor } of pick(cursors, 4)) uncached.push(`/${locale}/latest?before=${cursor}`);
    for (const { slug } of sections.slice(0, 2)) {
      const id = rows.sectionIds.find((row) => row.locale === locale && row.slug === slug)?.id;
      for (const { cursor } of pick(cursors.filter((row) => row.categoryId === id), 1)) uncached.push(`/${locale}/category/${slug}?before=${cursor}`);
    }
  }
  return { cached, uncached, moved };
}

export interface Tally {
  statuses: Record<string, number>;
  /** Answers that were neither a 200 nor the localized 503 page, described. */
  wrong: string[];
  requests: number;
}

const localeOf = (url: string): Locale => {
  const first = url.split(/[/?]/)[1];
  return (LOCALES as readonly string[]).includes(first ?? '') ? (first as Locale) : 'az';
};

const STACK_OR_SCRIPT = /\sat [^\s]+:\d+:\d+|<script/;

/**
 * What is wrong with an answer, or null: a 200; a permanent redirect of a moved address to its canonical one, with
 * nothing but the redirect in it; or a 503 that is the localized page, never to be cached.
 */
async function judge(url: string, response: Response, moved: Record<string, string>): Promise<string | null> {
  const body = await response.text();
  if (response.status === 200) return null;
  if (url in moved && response.status === 308) {
    const location = response.headers.get('location');
    if (location !== moved[url]) return `${url}: 308 to ${location}`;
    return STACK_OR_SCRIPT.test(body) || /error/i.test(body) ? `${url}: 308 with ${JSON.stringify(body.slice(0, 200))}` : null;
  }
  if (response.status !== 503) return `${url}: ${response.status}`;
  const locale = localeOf(url);
  const problems = [
    response.headers.get('retry-after') ? null : 'no Retry-After',
    response.headers.get('cache-control') === 'no-store' ? null : `Cache-Control ${response.headers.get('cache-control')}`,
    response.headers.get('content-language') === locale ? null : `language ${response.headers.get('content-language')}`,
    body.includes(MESSAGES[locale].Unavailable.title) ? null : 'not the localized page',
    /<header\b/.test(body) ? null : 'no site header',
    STACK_OR_SCRIPT.test(body) ? 'a stack trace or scripts' : null,
  ].filter(Boolean);
  return problems.length ? `${url}: 503 with ${problems.join(', ')}` : null;
}

/**
 * `concurrency` readers, each reading the addresses in turn until `running()` is false and every address has been read
 * once: on a busy machine one round can outlast the outage it is meant to see. `onAnswer` hears of every answer, for
 * a spec that acts once the load is under way.
 */
export async function readUnderLoad(
  origin: string,
  urls: string[],
  running: () => boolean,
  { moved = {}, concurrency = 4, onAnswer }: { moved?: Record<string, string>; concurrency?: number; onAnswer?: (tally: Tally) => void } = {},
): Promise<Tally> {
  const tally: Tally = { statuses: {}, wrong: [], requests: 0 };
  const reader = async (offset: number) => {
    for (let i = offset; running() || i < urls.length; i += concurrency) {
      const url = urls[i % urls.length]!;
      let verdict: string | null;
      let status: string;
      try {
        const response = await fetch(`${origin}${url}`, { redirect: 'manual', signal: AbortSignal.timeout(30_000) });
        status = String(response.status);
        verdict = await judge(url, response, moved);
      } catch (error) {
        status = 'failed';
        verdict = `${url}: ${String(error)}`;
      }
      tally.requests += 1;
      tally.statuses[status] = (tally.statuses[status] ?? 0) + 1;
      if (verdict && tally.wrong.length < 20) tally.wrong.push(verdict);
      onAnswer?.(tally);
    }
  };
  await Promise.all(Array.from({ length: concurrency }, (_, i) => reader(i)));
  return tally;
}

/** The site's log from `offset` on (scripts/e2e.ts writes it), to count what an outage logged. */
export function siteLogSince(offset: number): string {
  return readFileSync(path.resolve(process.env.E2E_SITE_LOG!), 'utf8').slice(offset);
}

export const siteLogLength = () => readFileSync(path.resolve(process.env.E2E_SITE_LOG!), 'utf8').length;
