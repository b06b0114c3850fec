import { NextResponse, type NextRequest } from 'next/server';
import { hasRole } from '@/lib/auth/roles';
import { currentStaff } from '@/lib/auth/staff';
import { suggestTags } from '@/lib/editorial/commands/tags';
import { MAX_LENGTH } from '@/lib/editorial/shared/limits';
import { isLocale } from '@/lib/i18n/locales';

export const dynamic = 'force-dynamic';

const PRIVATE = { 'Cache-Control': 'private, no-store' };

/** What cannot be part of a tag's name: control characters and broken surrogates. */
const UNSAVABLE = /[\u0000-\u001f\u007f]/;

/**
 * Tags for what an editor is typing in a story (components/admin/TagField.tsx): `?locale=` the story's language,
 * `?q=` the text so far. Editors only, as the story's tags are theirs to set: anyone else gets a bare 404.
 */
export async function GET(request: NextRequest) {
  const staff = await currentStaff();
  if (!staff || !hasRole(staff.role, 'editor')) return new NextResponse(null, { status: 404, headers: PRIVATE });
  const params = request.nextUrl.searchParams;
  const locale = params.get('locale');
  const q = params.get('q') ?? '';
  if (!isLocale(locale) || q.length > MAX_LENGTH.termName * 2 || UNSAVABLE.test(q) || !q.isWellFormed()) {
    return NextResponse.json({ error: 'invalid' }, { status: 400, headers: PRIVATE });
  }
  return NextResponse.json({ tags: await suggestTags(locale, q) }, { headers: PRIVATE });
}
