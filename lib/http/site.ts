import { env } from '@/lib/ops/env.mjs';

/**
 * The public origin of the site, for absolute URLs (canonical, hreflang, feeds): SITE_URL, else this machine on the
 * port the site listens on, so that `PORT=3900 npm start` links to itself.
 */
export function siteUrl(): string {
  return (env().SITE_URL ?? `http://localhost:${env().PORT}`).replace(/\/$/, '');
}

/**
 * This server as its own background jobs reach it (revalidation, warm-up, the publishing timer): loopback on the port
 * `npm start` gives Next, never the public origin, which may be a cache or another instance.
 */
export function ownOrigin(): string {
  return `http://127.0.0.1:${env().PORT}`;
}
