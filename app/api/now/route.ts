import { answerBeacon } from '@/lib/now/beacon';

export const dynamic = 'force-dynamic';

/**
 * The "now" board's beacon (lib/now/beacon.ts). The front door answers it before Next once the server has started
 * (lib/now/beacon-door.mjs); this route answers it the same where the front door does not, as while the server starts.
 */
export async function POST(request: Request): Promise<Response> {
  const { status, headers, body } = await answerBeacon(new URL(request.url).searchParams, request.headers);
  return new Response(body, { status, headers });
}
