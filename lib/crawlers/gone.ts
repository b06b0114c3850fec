import az from '@/messages/az.json';
import en from '@/messages/en.json';
import ru from '@/messages/ru.json';
import type { Locale } from '@/lib/i18n/locales';
import { latestPath, localized } from '@/lib/i18n/paths';
import { ownOrigin } from '@/lib/http/site';
import { escapeXml } from './xml';
import { processWide } from '@/lib/ops/singleton.mjs';

/** The path of the prerendered page the proxy answers a withdrawn story with (app/[locale]/gone). */
export const goneRoute = (locale: Locale) => `/${locale}/gone`;

// The proxy's own request for that page carries this, so that the proxy lets it through to Next.
const PASS_HEADER = 'x-newsroom-gone-page';
const token = processWide('newsroom.goneToken', () => crypto.randomUUID());

export function isOwnGonePageRequest(headers: Headers): boolean {
  return headers.get(PASS_HEADER) === token;
}

/**
 * Shared caches keep it briefly and publishing purges it by the article's key; browsers ask again every time, so a
 * republished story is not hidden behind a 410 kept by the reader's own browser.
 */
const GONE_HEADERS = { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'public, max-age=0, s-maxage=10' };

const NOT_KEPT = new Set(['content-length', 'content-encoding', 'transfer-encoding', 'connection', 'keep-alive', 'date', 'etag', 'x-nextjs-cache', 'x-nextjs-prerender', 'x-nextjs-stale-time', 'vary']);

// The page as last fetched, per locale: answered at once, fetched again behind it when older than this. Right after
// a withdrawal the server is busy rendering the pages it touched, and a fetch waiting behind them held the 410 back.
const FRESH_MS = 10_000;
interface GonePage { html: string; headers: Headers; fetchedAt: number }
const pages = processWide('newsroom.gonePages', () => new Map<Locale, Promise<GonePage>>());

async function fetchGonePage(locale: Locale): Promise<GonePage> {
  const page = await fetch(`${ownOrigin()}${goneRoute(locale)}`, { headers: { [PASS_HEADER]: token }, signal: AbortSignal.timeout(5_000) });
  if (!page.ok) throw new Error(`answered ${page.status}`);
  const html = await page.text();
  // The page's own policy headers (next.config.ts) go with it; what described Next's cached copy does not.
  const headers = new Headers([...page.headers].filter(([name]) => !NOT_KEPT.has(name)));
  return { html, headers, fetchedAt: Date.now() };
}

async function gonePage(locale: Locale): Promise<GonePage> {
  const cached = pages.get(locale);
  const page = await cached?.catch(() => undefined);
  if (page && Date.now() - page.fetchedAt < FRESH_MS) return page;
  const next = fetchGonePage(locale);
  if (!page) {
    pages.set(locale, next);
    return next;
  }
  // Answer with the copy at hand; the new one replaces it once it has come.
  next.then((fresh) => pages.set(locale, Promise.resolve(fresh))).catch(() => {});
  page.fetchedAt = Date.now();
  return page;
}

/**
 * 410 Gone for an article that was published and then withdrawn: crawlers drop it from their index at once, and
 * readers get the site's page saying so, with its header, footer and the way back. The proxy cannot render a page,
 * so it answers with the prerendered one (app/[locale]/gone); should that fail, a plain page says the same.
 */
export async function goneResponse(locale: Locale): Promise<Response> {
  try {
    const page = await gonePage(locale);
    const headers = new Headers(page.headers);
    for (const [name, value] of Object.entries(GONE_HEADERS)) headers.set(name, value);
    headers.set('content-language', locale);
    return new Response(page.html, { status: 410, headers });
  } catch (error) {
    pages.delete(locale);
    console.error(`[newsroom] the page of a withdrawn story could not be fetched; answering a plain one:`, error);
    return new Response(plainGonePage(locale), { status: 410, headers: { ...GONE_HEADERS, 'content-language': locale } });
  }
}

function plainGonePage(locale: Locale): string {
  const t = { ru, az, en }[locale].Gone;
  return `<!doctype html><html lang="${locale}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><meta name="robots" content="noindex"><title>${escapeXml(t.title)}</title>
<style>body{font-family:system-ui,sans-serif;max-width:40rem;margin:4rem auto;padding:0 1rem;color:#171717}h1{font-size:2rem}a{color:#8c0f17;font-weight:600;margin-right:1.5rem}</style></head>
<body><main><h1>${escapeXml(t.title)}</h1><p>${escapeXml(t.description)}</p><p><a href="${localized(locale, '/')}">${escapeXml(t.home)}</a><a href="${localized(locale, latestPath())}">${escapeXml(t.latest)}</a></p></main></body></html>`;
}
