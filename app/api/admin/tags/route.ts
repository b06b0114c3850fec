import { NextResponse, type NextRequest } from 'next/server';
import { hasRole } from '@/lib/auth/roles';
import { currentStaff } from '@/lib/auth/staff';
import { suggestTags } from '@/lib/editorial/commands/tags';
import { MAX_LENGTH } from '@/lib/editorial/shared/limits';
import { isPlainText, normalizeText } from '@/lib/http/plain-text';
import { isLocale } from '@/lib/i18n/locales';

export const dynamic = 'force-dynamic';

const PRIVATE = { 'Cache-Control': 'private, no-store' };

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
  if (!isLocale(locale) || q.length > MAX_LENGTH.termName * 2 || !isPlainText(q)) {
    return NextResponse.json({ error: 'invalid' }, { status: 400, headers: PRIVATE });
  }
  return NextResponse.json({ tags: await suggestTags(locale, normalizeText(q)) }, { headers: PRIVATE });
}
