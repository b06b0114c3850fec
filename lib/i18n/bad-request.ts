import az from '@/messages/az.json';
import en from '@/messages/en.json';
import ru from '@/messages/ru.json';
import { defaultLocale, isLocale } from './locales';

/** A short plain-text 400 for input no page can answer, in the locale the path starts with (else the default). */
export function badRequest(pathname: string): Response {
  const first = pathname.split('/')[1];
  const locale = isLocale(first) ? first : defaultLocale;
  return new Response({ ru, az, en }[locale].Errors.badRequest, {
    status: 400,
    headers: { 'content-type': 'text/plain; charset=utf-8', 'content-language': locale, 'cache-control': 'no-store' },
  });
}
