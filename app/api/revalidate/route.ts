import { isOwnRevalidationRequest, REVALIDATION_HEADER } from '@/lib/cache/background-revalidate';
import { revalidateEverything } from '@/lib/cache/revalidate';

export const dynamic = 'force-dynamic';

/**
 * The process's own background jobs (site-change listener, breaking-news expiry) call this to revalidate every page,
 * which Next allows only inside a request. Without the process's secret it does not exist: 404.
 */
export function POST(request: Request): Response {
  if (!isOwnRevalidationRequest(request.headers.get(REVALIDATION_HEADER))) {
    return new Response(null, { status: 404, headers: { 'cache-control': 'no-store' } });
  }
  revalidateEverything();
  return new Response(null, { status: 204, headers: { 'cache-control': 'no-store' } });
}
