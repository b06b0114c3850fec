import 'server-only';
import { randomBytes } from 'node:crypto';
import { secretMatches } from '@/lib/ops/bearer';
import { ownOrigin } from '@/lib/http/site';
import { processWide } from '@/lib/ops/singleton.mjs';

/** What background code asks its own process to do in a request (app/api/internal/jobs/route.ts). */
export type OwnTask =
  | { task: 'publish-due' }
  | { task: 'revalidate-everything' }
  | { task: 'revalidate-paths'; paths: string[]; warm: string[] };

const ROUTE = '/api/internal/jobs';
const HEADER = 'x-newsroom-job';
// Made at start-up and never sent anywhere but to this process over loopback; process-wide because the
// instrumentation, which sends it, and the route handler, which checks it, are separate bundles.
const secret = () => processWide('newsroom.ownProcessSecret', () => randomBytes(32).toString('hex'));

/**
 * Runs a task in a request to this process's internal route. Background code (a timer, the database listener) goes
 * this way because Next revalidates cached pages only inside a request: `revalidatePath` throws "static generation
 * store missing" from anywhere else. Through loopback (lib/site.ts ownOrigin), never the public origin. Throws when the
 * route does not answer 2xx.
 */
export async function askOwnProcess(task: OwnTask, timeoutMs?: number): Promise<Response> {
  const response = await fetch(`${ownOrigin()}${ROUTE}`, {
    method: 'POST',
    headers: { [HEADER]: secret(), 'content-type': 'application/json' },
    body: JSON.stringify(task),
    signal: timeoutMs === undefined ? undefined : AbortSignal.timeout(timeoutMs),
  });
  if (!response.ok) throw new Error(`answered ${response.status}`);
  return response;
}

/** Whether a request carries this process's secret: it was sent by askOwnProcess, in this process. */
export function isOwnRequest(headers: Headers): boolean {
  const given = headers.get(HEADER);
  return given !== null && secretMatches(given, secret());
}
