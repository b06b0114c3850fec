import { env } from '@/lib/ops/env.mjs';
import { metrics } from '@/lib/ops/metrics.mjs';
import { bearerMatches } from '@/lib/ops/bearer';

export const dynamic = 'force-dynamic';

const plain = (body: string, status: number, headers: Record<string, string> = {}) =>
  new Response(body, { status, headers: { 'content-type': 'text/plain; charset=utf-8', 'cache-control': 'no-store', ...headers } });

/**
 * This instance's metrics in Prometheus's text format (lib/ops/metrics.mjs), for `Authorization: Bearer $METRICS_TOKEN`.
 * Without METRICS_TOKEN there are none to read: 404, as for any path the site does not have.
 */
export async function GET(request: Request) {
  const token = env().METRICS_TOKEN;
  if (!token) return plain('Not found.\n', 404);
  if (!bearerMatches(request.headers.get('authorization'), token)) {
    return plain('The metrics need the bearer token (METRICS_TOKEN).\n', 401, { 'www-authenticate': 'Bearer realm="metrics"' });
  }
  const { registry } = metrics();
  return plain(await registry.metrics(), 200, { 'content-type': registry.contentType });
}
