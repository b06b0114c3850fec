import type { NextRequest } from 'next/server';
import { ADMIN_LOCALE_COOKIE } from '@/lib/i18n/admin-locale';
import { isLocale } from '@/lib/i18n/locales';
import { seeOther } from '@/lib/http/see-other';

/** `/admin/locale?to=en&back=/admin/users`: switches the admin's language and returns to an admin page. */
export function GET(request: NextRequest) {
  const to = request.nextUrl.searchParams.get('to');
  const back = request.nextUrl.searchParams.get('back') ?? '/admin';
  // Only back into the admin, never to another site.
  const target = /^\/admin(\/[\w/-]*)?(\?[\w=&%-]*)?$/.test(back) ? back : '/admin';
  const response = seeOther(target);
  if (isLocale(to)) {
    response.cookies.set(ADMIN_LOCALE_COOKIE, to, { path: '/admin', maxAge: 60 * 60 * 24 * 365, sameSite: 'lax', httpOnly: true });
  }
  return response;
}
