/**
 * `npm run edge`: the edge cache (Varnish, deploy/varnish/) on EDGE_PORT (default 8080) in front of the site, or of
 * several instances listed in ORIGINS (comma-separated `http://host:port`). Give every instance
 * `EDGE_URLS=http://127.0.0.1:8080` (the edge as they reach it) so that each change purges what it touched, with the
 * purge secret (EDGE_PURGE_SECRET, or the one `npm start` and this command keep in .data/ on one machine); instances
 * on other hosts must be listed in EDGE_PURGERS (addresses or networks) to be allowed to purge. The instances trust
 * the edge's address (TRUSTED_PROXIES) to learn the reader's, and listen only where the edge reaches them.
 * TRUSTED_PROXIES here lists the proxies in front of the edge (a CDN), whose X-Forwarded-For it hands on.
 */
import path from 'node:path';
import { startEdge, VARNISH_INSTALL_HINT, findVarnishd } from './edge-server';
import { localSecret } from './secrets';
import { env } from '@/lib/ops/env.mjs';

if (!findVarnishd()) {
  console.error(VARNISH_INSTALL_HINT);
  process.exit(1);
}
const { EDGE_PORT: port, ORIGINS, PORT, EDGE_PURGERS, EDGE_MEMORY, TRUSTED_PROXIES } = env();
const origins = ORIGINS.length > 0 ? ORIGINS : [`http://127.0.0.1:${PORT}`];
const purgeSecret = localSecret('EDGE_PURGE_SECRET', path.resolve(import.meta.dirname, '..'));

const edge = await startEdge({ port, origins, purgers: EDGE_PURGERS, purgeSecret, trustedProxies: TRUSTED_PROXIES, memory: EDGE_MEMORY });
process.stdout.write(edge.log.join(''));
edge.process.stdout!.pipe(process.stdout);
edge.process.stderr!.pipe(process.stderr);
console.log(`[edge] serving on ${edge.url}, in front of ${origins.join(', ')}`);
console.log(
  `[edge] start the instances behind it with EDGE_URLS=${edge.url} TRUSTED_PROXIES=127.0.0.1 LISTEN_HOST=127.0.0.1 ` +
    '(on this machine; elsewhere, the address they see the edge from) and the same EDGE_PURGE_SECRET',
);
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => void edge.stop().then(() => process.exit(0)));
}
edge.process.once('exit', (code) => process.exit(code ?? 1));
