import { NextResponse } from 'next/server';
import { currentStaff } from '@/lib/auth/staff';
import { adminLocale } from '@/lib/i18n/admin-locale';
import { getNowBoard } from '@/lib/now/board';

export const dynamic = 'force-dynamic';

const NEVER_CACHED = { 'cache-control': 'no-store, private', 'x-robots-tag': 'noindex' };

/**
 * The "now" board's data (app/admin/now), for every staff member and nobody else: readers now in all and per
 * language, the sources, and the pages read most with their id, title, readers per language, sources, missing
 * translations and the last hour's minutes. Never cached anywhere: it is a different answer every second.
 */
export async function GET(): Promise<Response> {
  const staff = await currentStaff();
  if (!staff) return NextResponse.json({ error: 'unauthorized' }, { status: 401, headers: NEVER_CACHED });
  const board = await getNowBoard(await adminLocale());
  return NextResponse.json(board, { headers: NEVER_CACHED });
}
