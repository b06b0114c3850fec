import { NextResponse } from 'next/server';

/**
 * A 303 to a path on this site, with a relative `Location`. Never built from `request.url`: behind the edge or any
 * proxy that is the instance's internal address (`http://localhost:3000`), and the browser would leave the site.
 */
export function seeOther(path: string): NextResponse {
  // Written out as a URL writes it (non-ASCII and control characters percent-encoded), so any path is a valid header.
  const url = new URL(path, 'https://site.invalid');
  if (!path.startsWith('/') || url.origin !== 'https://site.invalid') throw new Error(`not a path on this site: ${path}`);
  return new NextResponse(null, { status: 303, headers: { location: `${url.pathname}${url.search}${url.hash}`, 'cache-control': 'private, no-store' } });
}
