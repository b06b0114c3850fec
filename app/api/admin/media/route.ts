import { NextResponse, type NextRequest } from 'next/server';
import { hasRole } from '@/lib/auth/roles';
import { currentStaff } from '@/lib/auth/staff';
import { mediaSearchSchema, searchLibrary } from '@/lib/editorial/commands/media-library';
import type { PickerPage } from '@/lib/editorial/shared/media-picker';
import { adminLocale } from '@/lib/i18n/admin-locale';
import { isLocale } from '@/lib/i18n/locales';
import { parseMediaId } from '@/lib/media/variants';

export const dynamic = 'force-dynamic';

const PRIVATE = { 'Cache-Control': 'private, no-store' };

/**
 * One page of the media picker (components/admin/media-picker): `?q=` searches as the library does, in the admin's
 * language, which the picker sends as `?locale=` (the admin's cookie is scoped to /admin); `?before=ID` is the next
 * page. Staff only: anyone else gets a bare 404, as if nothing were here.
 */
export async function GET(request: NextRequest) {
  const staff = await currentStaff();
  if (!staff || !hasRole(staff.role, 'author')) return new NextResponse(null, { status: 404, headers: PRIVATE });
  const params = request.nextUrl.searchParams;
  const before = params.get('before');
  const beforeId = before === null ? null : parseMediaId(before);
  if (before !== null && beforeId === null) return NextResponse.json({ error: 'invalid' }, { status: 400, headers: PRIVATE });
  const asked = params.get('locale');
  const locale = isLocale(asked) ? asked : await adminLocale();
  const page = await searchLibrary(mediaSearchSchema.parse(params.get('q') ?? ''), { locale, before: beforeId });
  const body: PickerPage = {
    items: page.items.map(({ id, hash, width, height, fileName, text }) => ({ id, hash, width, height, fileName, text })),
    next: page.next,
  };
  return NextResponse.json(body, { headers: PRIVATE });
}
