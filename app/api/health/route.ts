export const dynamic = 'force-dynamic';

/** Liveness: the process is up and answers. Whether it should get readers is /api/ready. */
export function GET() {
  return Response.json({ status: 'ok' }, { headers: { 'cache-control': 'no-store' } });
}
