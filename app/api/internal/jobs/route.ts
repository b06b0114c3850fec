import { NextResponse } from 'next/server';
import { isSchedulerToken, publishDueTranslations } from '@/lib/jobs/publish-due';

export const dynamic = 'force-dynamic';

/**
 * Called by the site's own timer (instrumentation.ts) every few seconds. It runs here, in a request, because only a
 * request can revalidate cached pages. Anyone else gets a 404.
 */
export async function POST(request: Request) {
  if (!isSchedulerToken(request.headers.get('x-scheduler-token'))) return new NextResponse(null, { status: 404 });
  const published = await publishDueTranslations();
  return NextResponse.json({ published: published.length }, { headers: { 'Cache-Control': 'private, no-store' } });
}
