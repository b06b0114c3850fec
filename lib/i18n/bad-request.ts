import az from '@/messages/az.json';
import en from '@/messages/en.json';
import ru from '@/messages/ru.json';
import { defaultLocale, isLocale } from './locales';

/**
 * A short plain-text 400 for input no page can answer, in the locale the path starts with (else the default), as
 * status, headers and body: the "now" beacon's answer is written by the front door as well as by its route.
 */
export function badRequestAnswer(pathname: string): { status: 400; headers: Record<string, string>; body: string } {
  const first = pathname.split('/')[1];
  const locale = isLocale(first) ? first : defaultLocale;
  return {
    status: 400,
    headers: { 'content-type': 'text/plain; charset=utf-8', 'content-language': locale, 'cache-control': 'no-store' },
    body: { ru, az, en }[locale].Errors.badRequest,
  };
}

/** The same 400, as a route handler's or the proxy's Response. */
export function badRequest(pathname: string): Response {
  const { status, headers, body } = badRequestAnswer(pathname);
  return new Response(body, { status, headers });
}
