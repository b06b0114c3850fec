/**
 * `npm run edge`: the edge cache (Varnish, deploy/varnish/) on EDGE_PORT (default 8080) in front of the site, or of
 * several instances listed in ORIGINS (comma-separated `http://host:port`). Give every instance
 * `EDGE_URLS=http://127.0.0.1:8080` (the edge as they reach it) so that each change purges what it touched; instances
 * on other hosts must be listed in EDGE_PURGERS (addresses or networks) to be allowed to purge.
 */
import { startEdge, VARNISH_INSTALL_HINT, findVarnishd } from './edge-server';

if (!findVarnishd()) {
  console.error(VARNISH_INSTALL_HINT);
  process.exit(1);
}
const list = (value: string | undefined) => (value ?? '').split(',').map((item) => item.trim()).filter(Boolean);
const port = Number(process.env.EDGE_PORT ?? '8080');
const origins = list(process.env.ORIGINS);
if (origins.length === 0) origins.push(`http://127.0.0.1:${process.env.PORT ?? '3000'}`);

const edge = await startEdge({ port, origins, purgers: list(process.env.EDGE_PURGERS), memory: process.env.EDGE_MEMORY ?? '256m' });
process.stdout.write(edge.log.join(''));
edge.process.stdout!.pipe(process.stdout);
edge.process.stderr!.pipe(process.stderr);
console.log(`[edge] serving on ${edge.url}, in front of ${origins.join(', ')}; instances purge it with EDGE_URLS=${edge.url}`);
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => void edge.stop().then(() => process.exit(0)));
}
edge.process.once('exit', (code) => process.exit(code ?? 1));
