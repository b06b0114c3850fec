import { revalidatePath } from 'next/cache';
import { z } from 'zod';
import { changeArticle, revalidateEverything } from '@/lib/cache/revalidate';
import { env } from '@/lib/ops/env.mjs';
import { bearerMatches } from '@/lib/ops/bearer';

export const dynamic = 'force-dynamic';

/**
 * Revalidation for tools that change content outside this process (imports, scripts, the end-to-end specs), with
 * `Authorization: Bearer $REVALIDATE_SECRET`: what one article shows on (`{"article": id}`) or every page
 * (`{"everything": true}`). Without REVALIDATE_SECRET it does not exist (404); a wrong secret gets a 401 and changes
 * nothing. The site's own background work revalidates through app/api/internal/jobs instead.
 */
const request = z.union([z.object({ article: z.number().int().positive().max(2_147_483_647) }), z.object({ everything: z.literal(true) })]);

function hasToolSecret(header: string | null): boolean {
  const secret = env().REVALIDATE_SECRET;
  return secret !== undefined && bearerMatches(header, secret);
}

const json = (body: unknown, status: number) => Response.json(body, { status, headers: { 'cache-control': 'no-store' } });

export async function POST(req: Request) {
  if (!env().REVALIDATE_SECRET) return json({ error: 'not found' }, 404);
  if (!hasToolSecret(req.headers.get('authorization'))) return json({ error: 'unauthorized' }, 401);
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
