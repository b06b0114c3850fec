import type { NextRequest } from 'next/server';
import { z } from 'zod';
import { badRequest } from '@/lib/i18n/bad-request';
import { localePattern, type Locale } from '@/lib/i18n/locales';
import { LOCALE_COOKIE } from '@/lib/i18n/routing';
import { seeOther } from '@/lib/http/see-other';

// Only a path on this site that starts with a locale: never another host (`//evil`), a backslash, a scheme, a
// control character or what was invalid UTF-8 (decoded to U+FFFD).
const target = z
  .string()
  .max(2_000)
  .regex(new RegExp(`^/(${localePattern})(/[^\\s\\\\\\u0000-\\u001f\\u007f\\ufffd]*)?$`))
  .refine((to) => !to.startsWith('//'));

/**
 * The language switcher's links go through here: it remembers the reader's choice in the locale cookie (which `/`
 * then honours) and sends them on to the page in that language. Reader pages themselves never set a cookie, so any
 * cache in front of the site can keep them.
 */
export function GET(request: NextRequest) {
  const parsed = target.safeParse(request.nextUrl.searchParams.get('to'));
  if (!parsed.success) return badRequest('/');
  const locale = parsed.data.split('/')[1] as Locale;
  const response = seeOther(parsed.data);
  response.cookies.set(LOCALE_COOKIE.name, locale, LOCALE_COOKIE);
  return response;
}
