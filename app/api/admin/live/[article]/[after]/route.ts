import { currentStaff } from '@/lib/auth/staff';
import { getDb } from '@/lib/db/client';
import { watchLiveChange } from '@/lib/live/waiters';

export const dynamic = 'force-dynamic';

const HOLD_MS = 20_000;
const noStore = { 'cache-control': 'private, no-store' };

/**
 * `GET /api/admin/live/{article}/{after}`: the live desk's long poll (components/admin/live/DeskFollower.tsx). Answers
 * `{ seq }` as soon as the page's change number passes `after` (a colleague's entry, draft or not, on any instance),
 * else 204 after 20 s. Staff only, never stored.
 */
export async function GET(request: Request, { params }: { params: Promise<{ article: string; after: string }> }) {
  if (!(await currentStaff())) return new Response(null, { status: 401, headers: noStore });
  const { article, after } = await params;
  if (!/^\d{1,10}$/.test(article) || !/^\d{1,15}$/.test(after)) return new Response(null, { status: 400, headers: noStore });
  const articleId = Number(article);
  const seq = Number(after);
  const current = async () => {
    const row = await getDb().selectFrom('articles').select('live_seq').where('id', '=', articleId).where('kind', '=', 'live').executeTakeFirst();
    return row ? Number(row.live_seq) : null;
  };
  // Watching from before the read: a change that commits after it is then waited for, never missed.
  const watch = watchLiveChange(articleId, 'desk', seq);
  try {
    const now = await current();
    if (now === null) return new Response(null, { status: 404, headers: noStore });
    if (now <= seq) await watch.wait(HOLD_MS, request.signal);
  } finally {
    watch.stop();
  }
  const later = await current();
  if (later === null) return new Response(null, { status: 404, headers: noStore });
  if (later <= seq) return new Response(null, { status: 204, headers: noStore });
  return Response.json({ seq: later }, { headers: noStore });
}
