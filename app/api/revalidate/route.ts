import { timingSafeEqual } from 'node:crypto';
import { revalidatePath } from 'next/cache';
import { z } from 'zod';
import { changeArticle, revalidateEverything } from '@/lib/cache/revalidate';

/**
 * For tools that change content outside this process (imports, `npm run` scripts, another instance's jobs): asks
 * the site to refresh what an article shows on, or every page. Needs `Authorization: Bearer $REVALIDATE_SECRET`;
 * without that variable the endpoint does not exist.
 */
const request = z.union([z.object({ article: z.number().int().positive().max(2_147_483_647) }), z.object({ everything: z.literal(true) })]);

function authorized(header: string | null): boolean {
  const secret = process.env.REVALIDATE_SECRET;
  if (!secret || !header?.startsWith('Bearer ')) return false;
  const given = Buffer.from(header.slice('Bearer '.length));
  const expected = Buffer.from(secret);
  return given.length === expected.length && timingSafeEqual(given, expected);
}

const json = (body: unknown, status: number) =>
  Response.json(body, { status, headers: { 'cache-control': 'no-store' } });

export async function POST(req: Request) {
  if (!process.env.REVALIDATE_SECRET) return json({ error: 'not found' }, 404);
  if (!authorized(req.headers.get('authorization'))) return json({ error: 'unauthorized' }, 401);
  const parsed = request.safeParse(await req.json().catch(() => null));
  if (!parsed.success) return json({ error: 'expected {"article": id} or {"everything": true}' }, 400);
  if ('article' in parsed.data) {
    await changeArticle(parsed.data.article, async () => undefined);
    // The change happened before this call, so a slug it replaced is unknown here: every article page is marked
    // stale and regenerates on its next visit (an old slug then redirects to the new one).
    revalidatePath('/[locale]/news/[article]', 'page');
  } else {
    revalidateEverything();
  }
  return json({ revalidated: true }, 200);
}
