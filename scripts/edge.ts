/**
 * `npm run edge`: the edge cache (Varnish, deploy/varnish/) on EDGE_PORT (default 8080) in front of the site, or of
 * several instances listed in ORIGINS (comma-separated `http://host:port`). Give every instance
 * `EDGE_URLS=http://127.0.0.1:8080` (the edge as they reach it) so that each change purges what it touched; instances
 * on other hosts must be listed in EDGE_PURGERS (addresses or networks) to be allowed to purge.
 */
import { startEdge, VARNISH_INSTALL_HINT, findVarnishd } from './edge-server';
import { env } from '@/lib/env.mjs';

if (!findVarnishd()) {
  console.error(VARNISH_INSTALL_HINT);
  process.exit(1);
}
const { EDGE_PORT: port, ORIGINS, PORT, EDGE_PURGERS, EDGE_MEMORY } = env();
const origins = ORIGINS.length > 0 ? ORIGINS : [`http://127.0.0.1:${PORT}`];

const edge = await startEdge({ port, origins, purgers: EDGE_PURGERS, memory: EDGE_MEMORY });
process.stdout.write(edge.log.join(''));
edge.process.stdout!.pipe(process.stdout);
edge.process.stderr!.pipe(process.stderr);
console.log(`[edge] serving on ${edge.url}, in front of ${origins.join(', ')}; instances purge it with EDGE_URLS=${edge.url}`);
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => void edge.stop().then(() => process.exit(0)));
}
edge.process.once('exit', (code) => process.exit(code ?? 1));
