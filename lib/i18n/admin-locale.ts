import 'server-only';
import { setRequestLocale } from 'next-intl/server';
import { cookies } from 'next/headers';
import { defaultLocale, isLocale, type Locale } from './locales';

/** The admin is not locale-prefixed: its language is the editor's choice, kept in this cookie. */
export const ADMIN_LOCALE_COOKIE = 'ADMIN_LOCALE';

/** The admin's language for this request; also makes it next-intl's locale for the request. */
export async function adminLocale(): Promise<Locale> {
  const value = (await cookies()).get(ADMIN_LOCALE_COOKIE)?.value;
  const locale = isLocale(value) ? value : defaultLocale;
  setRequestLocale(locale);
  return locale;
}
