import { cookies, draftMode } from 'next/headers';
import { NextResponse, type NextRequest } from 'next/server';
import { currentStaff, SIGN_IN_PATH } from '@/lib/auth/staff';
import { getDb } from '@/lib/db/client';
import { isLocale, type Locale } from '@/lib/i18n/locales';
import { articlePath, localized } from '@/lib/i18n/paths';
import { seeOther } from '@/lib/http/see-other';

export const dynamic = 'force-dynamic';

/** Next's draft-mode cookie: its value is the build's preview id, which only draftMode().enable() knows. */
const DRAFT_COOKIE = '__prerender_bypass';

const secure = process.env.NODE_ENV !== 'development';

async function translationPath(id: number, locale: Locale): Promise<string | null> {
  const row = await getDb().selectFrom('article_translations').select('slug').where('article_id', '=', id).where('locale', '=', locale).executeTakeFirst();
  return row ? localized(locale, articlePath(id, row.slug)) : null;
}

/** How long a preview lasts at most, if the editor never leaves it by its link. */
const PREVIEW_SECONDS = 2 * 60 * 60;

/**
 * `?article=ID&locale=xx` turns on Next's draft mode for a signed-in staff member and opens the translation at its real
 * URL, as readers will see it; `?exit=ID&locale=xx` turns it off again. The draft-mode cookie is scoped to that one
 * article's path and lasts two hours at most: the rest of the site stays the readers' (no preview banner following the
 * editor around). Reader pages still check the session themselves.
 */
export async function GET(request: NextRequest) {
  const params = request.nextUrl.searchParams;
  const staff = await currentStaff();
  if (!staff) return seeOther(SIGN_IN_PATH);
  const exit = Number(params.get('exit'));
  const locale = params.get('locale');
  if (params.has('exit')) {
    const valid = Number.isInteger(exit) && exit > 0 && exit <= 2_147_483_647;
    const path = valid && isLocale(locale) ? await translationPath(exit, locale) : null;
    // Next answers one cookie of a name: the story's own, or (an older link) the site-wide one.
    if (path) (await cookies()).set(DRAFT_COOKIE, '', { httpOnly: true, sameSite: 'lax', secure, path, expires: new Date(0) });
    else (await draftMode()).disable();
    return seeOther(valid ? `/admin/articles/${exit}` : '/admin');
  }
  const id = Number(params.get('article'));
  if (!Number.isInteger(id) || id < 1 || id > 2_147_483_647 || !isLocale(locale)) return new NextResponse(null, { status: 404 });
  const path = await translationPath(id, locale);
  if (!path) return new NextResponse(null, { status: 404 });
  (await draftMode()).enable();
  const jar = await cookies();
  const value = jar.get(DRAFT_COOKIE)?.value;
  // The same cookie, for this article's path only, and for two hours at most (Next answers one cookie of a name:
  // this replaces the site-wide one).
  if (value) jar.set(DRAFT_COOKIE, value, { httpOnly: true, sameSite: 'lax', secure, path, maxAge: PREVIEW_SECONDS });
  return seeOther(path);
}
