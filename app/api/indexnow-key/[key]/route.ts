import { notFoundResponse } from '@/lib/crawlers/xml';
import { indexNowConfig } from '@/lib/crawlers/indexnow';

// next.config.ts rewrites `/{key}.txt` here. Only the configured key answers; any other name is a 404.
export async function GET(_request: Request, { params }: { params: Promise<{ key: string }> }) {
  const config = indexNowConfig();
  const { key } = await params;
  if (!config || key !== config.key) return notFoundResponse();
  return new Response(config.key, { headers: { 'content-type': 'text/plain; charset=utf-8', 'cache-control': 'no-store' } });
}
