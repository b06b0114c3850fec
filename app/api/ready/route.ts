import { readiness } from '@/lib/ops/readiness';

export const dynamic = 'force-dynamic';

/** Readiness, for the edge's probe and orchestrators: 200 when this instance should get readers, else 503. */
export async function GET() {
  const report = await readiness();
  return Response.json(report, { status: report.ready ? 200 : 503, headers: { 'cache-control': 'no-store' } });
}
