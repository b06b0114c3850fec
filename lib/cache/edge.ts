import { env } from '@/lib/ops/env.mjs';
import { metrics } from '@/lib/ops/metrics.mjs';

/**
 * Purges at the edge caches in front of the site (Varnish with xkey, deploy/varnish/): `EDGE_URLS` lists them,
 * comma-separated; without it there is no edge and nothing is sent. A purge carries EDGE_PURGE_SECRET and names surrogate keys
 * (lib/cache/keys.ts) and drops every stored response labelled with any of them, whatever its URL or variant.
 * A purge that fails is retried with growing pauses and logged; after the last try the page's own lifetime at the
 * edge (its s-maxage) is what refreshes it.
 */
const RETRY_PAUSES_MS = [200, 1_000, 4_000];
/** Header the edge reads the keys to purge from (deploy/varnish/newsroom.vcl). */
export const PURGE_KEYS_HEADER = 'xkey-purge';
/** Header of the secret (EDGE_PURGE_SECRET) without which the edge refuses a purge, whatever address it comes from. */
export const PURGE_SECRET_HEADER = 'x-purge-secret';

export function edgeUrls(): string[] {
  return env().EDGE_URLS;
}

export function hasEdge(): boolean {
  return edgeUrls().length > 0;
}

async function purgeOne(edge: string, keys: string[], reason: string, pausesMs: readonly number[]): Promise<boolean> {
  const secret = env().EDGE_PURGE_SECRET;
  for (let attempt = 0; ; attempt++) {
    try {
      const response = await fetch(`${edge}/`, {
        method: 'PURGE',
        headers: { [PURGE_KEYS_HEADER]: keys.join(' '), ...(secret ? { [PURGE_SECRET_HEADER]: secret } : {}) },
        signal: AbortSignal.timeout(5_000),
      });
      await response.arrayBuffer();
      if (response.ok) {
        metrics().purges.inc({ outcome: 'ok' });
        return true;
      }
      throw new Error(`answered ${response.status}`);
    } catch (error) {
      const pause = pausesMs[attempt];
      if (pause === undefined) {
        console.error(`[edge] could not purge ${keys.join(' ')} at ${edge} after ${reason}; it refreshes within its s-maxage:`, error);
        metrics().purges.inc({ outcome: 'failed' });
        return false;
      }
      await new Promise((resolve) => setTimeout(resolve, pause));
    }
  }
}

/** Purges `keys` at every configured edge; resolves (never rejects) with whether all of them took it. */
export async function purgeEdge(keys: string[], reason: string, pausesMs: readonly number[] = RETRY_PAUSES_MS): Promise<boolean> {
  const edges = edgeUrls();
  if (edges.length === 0 || keys.length === 0) return true;
  const results = await Promise.all(edges.map((edge) => purgeOne(edge, keys, reason, pausesMs)));
  return results.every(Boolean);
}
