import type { NextRequest } from 'next/server';
import { notFoundResponse } from '@/lib/crawlers/xml';
import { indexNowConfig } from '@/lib/crawlers/indexnow';

// next.config.ts rewrites `/{key}.txt` here. Only the configured key answers; any other name is a 404.
export function GET(request: NextRequest) {
  const config = indexNowConfig();
  const requested = request.nextUrl.searchParams.get('key');
  if (!config || requested !== config.key) return notFoundResponse();
  return new Response(config.key, { headers: { 'content-type': 'text/plain; charset=utf-8' } });
}
