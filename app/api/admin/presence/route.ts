import { NextResponse, type NextRequest } from 'next/server';
import { currentStaff } from '@/lib/auth/staff';
import { heartbeat, heartbeatSchema } from '@/lib/editorial/commands/presence';

export const dynamic = 'force-dynamic';

const PRIVATE = { 'Cache-Control': 'private, no-store' };
/** A heartbeat is a few dozen bytes. */
const MAX_BODY = 1_000;

/**
 * The story editor's heartbeat (components/admin/EditorPresence.tsx): `POST {articleId, locale, clientId[, leave]}`
 * every 10 s while a story is open; answers who else has it open. Staff only, and from the newsroom's own pages.
 */
export async function POST(request: NextRequest) {
  const staff = await currentStaff();
  if (!staff) return NextResponse.json({ error: 'signedOut' }, { status: 401, headers: PRIVATE });
  // A cookie-carrying request from another site is not the editor's own page.
  const site = request.headers.get('sec-fetch-site');
  if (site && site !== 'same-origin') return NextResponse.json({ error: 'forbidden' }, { status: 403, headers: PRIVATE });
  const text = await request.text();
  let body: unknown = null;
  try {
    body = text.length <= MAX_BODY ? JSON.parse(text) : null;
  } catch {
    body = null;
  }
  const parsed = heartbeatSchema.safeParse(body);
  if (!parsed.success) return NextResponse.json({ error: 'invalid' }, { status: 400, headers: PRIVATE });
  const others = await heartbeat(staff, parsed.data);
  if (!others) return NextResponse.json({ error: 'notFound' }, { status: 404, headers: PRIVATE });
  return NextResponse.json({ others }, { headers: PRIVATE });
}
