import { z } from 'zod';
import { revalidateEverything, revalidatePathsAndWarm } from '@/lib/cache/revalidate';
import { isOwnRequest, type OwnTask } from '@/lib/jobs/own-process';
import { publishDueTranslations } from '@/lib/jobs/publish-due';

export const dynamic = 'force-dynamic';

const sitePath = z.string().regex(/^\/[^\s]*$/).max(1_000);
const task: z.ZodType<OwnTask> = z.discriminatedUnion('task', [
  z.object({ task: z.literal('publish-due') }),
  z.object({ task: z.literal('revalidate-everything') }),
  z.object({ task: z.literal('revalidate-paths'), paths: z.array(sitePath).max(500), warm: z.array(sitePath).max(500) }),
]);

const json = (body: unknown, status: number) => Response.json(body, { status, headers: { 'cache-control': 'no-store' } });

/**
 * The work this process's background code needs a request for (lib/jobs/own-process.ts): publishing what is due and
 * revalidating pages, which only a request can do. Only this process's own requests get through; anyone else gets a
 * 404 and changes nothing. Outside tools revalidate through app/api/revalidate instead.
 */
export async function POST(request: Request) {
  if (!isOwnRequest(request.headers)) return json({ error: 'not found' }, 404);
  const parsed = task.safeParse(await request.json().catch(() => null));
  if (!parsed.success) return json({ error: 'bad request' }, 400);
  switch (parsed.data.task) {
    case 'publish-due':
      return json({ published: (await publishDueTranslations()).length }, 200);
    case 'revalidate-paths':
      revalidatePathsAndWarm(parsed.data.paths, parsed.data.warm);
      return json({ revalidated: true }, 200);
    case 'revalidate-everything':
      // Background passes are themselves the settling pass: they schedule none.
      revalidateEverything({ settle: false });
      return json({ revalidated: true }, 200);
  }
}
