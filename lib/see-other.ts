import { NextResponse } from 'next/server';

/**
 * A 303 to a path on this site, with a relative `Location`. Never built from `request.url`: behind the edge or any
 * proxy that is the instance's internal address (`http://localhost:3000`), and the browser would leave the site.
 */
export function seeOther(path: string): NextResponse {
  if (!path.startsWith('/') || path.startsWith('//') || path.includes('\\')) throw new Error(`not a path on this site: ${path}`);
  return new NextResponse(null, { status: 303, headers: { location: path, 'cache-control': 'private, no-store' } });
}
