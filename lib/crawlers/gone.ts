import az from '@/messages/az.json';
import en from '@/messages/en.json';
import ru from '@/messages/ru.json';
import type { Locale } from '@/lib/i18n/locales';
import { latestPath, localized } from '@/lib/i18n/paths';
import { escapeXml } from './xml';

/**
 * 410 Gone for an article that was published and then withdrawn: crawlers drop it from their index at once, and
 * readers get a short localized page with the way back. Plain HTML, because the proxy answers it, not a page route.
 */
export function goneResponse(locale: Locale): Response {
  const t = { ru, az, en }[locale].Gone;
  const html = `<!doctype html><html lang="${locale}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><meta name="robots" content="noindex"><title>${escapeXml(t.title)}</title>
<style>body{font-family:system-ui,sans-serif;max-width:40rem;margin:4rem auto;padding:0 1rem;color:#171717}h1{font-size:2rem}a{color:#8c0f17;font-weight:600;margin-right:1.5rem}</style></head>
<body><main><h1>${escapeXml(t.title)}</h1><p>${escapeXml(t.description)}</p><p><a href="${localized(locale, '/')}">${escapeXml(t.home)}</a><a href="${localized(locale, latestPath())}">${escapeXml(t.latest)}</a></p></main></body></html>`;
  return new Response(html, {
    status: 410,
    headers: { 'content-type': 'text/html; charset=utf-8', 'content-language': locale, 'cache-control': 'public, max-age=60' },
  });
}
