import { draftMode } from 'next/headers';
import { NextResponse, type NextRequest } from 'next/server';
import { currentStaff, SIGN_IN_PATH } from '@/lib/auth/staff';
import { getDb } from '@/lib/db/client';
import { isLocale } from '@/lib/i18n/locales';
import { articlePath, localized } from '@/lib/i18n/paths';
import { seeOther } from '@/lib/http/see-other';

export const dynamic = 'force-dynamic';

/**
 * `?article=ID&locale=xx` turns on Next's draft mode for a signed-in staff member and opens the translation at its real
 * URL, as readers will see it; `?exit=ID` turns it off again. Reader pages still check the session themselves.
 */
export async function GET(request: NextRequest) {
  const params = request.nextUrl.searchParams;
  const staff = await currentStaff();
  if (!staff) return seeOther(SIGN_IN_PATH);
  const exit = Number(params.get('exit'));
  if (params.has('exit')) {
    (await draftMode()).disable();
    return seeOther(Number.isInteger(exit) && exit > 0 && exit <= 2_147_483_647 ? `/admin/articles/${exit}` : '/admin');
  }
  const id = Number(params.get('article'));
  const locale = params.get('locale');
  if (!Number.isInteger(id) || id < 1 || id > 2_147_483_647 || !isLocale(locale)) return new NextResponse(null, { status: 404 });
  const translation = await getDb()
    .selectFrom('article_translations')
    .select('slug')
    .where('article_id', '=', id)
    .where('locale', '=', locale)
    .executeTakeFirst();
  if (!translation) return new NextResponse(null, { status: 404 });
  (await draftMode()).enable();
  return seeOther(localized(locale, articlePath(id, translation.slug)));
}
