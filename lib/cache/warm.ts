import { ownOrigin } from '@/lib/http/site';

/**
 * After a change, the touched pages are rendered again at once, in the background, by asking this server for them:
 * crawlers told of the change (IndexNow) get a fresh page from the cache instead of waiting for a render, and the
 * page is rebuilt while the database is known to be up (lib/db/last-good.ts then remembers its reads).
 */
const CONCURRENCY = 3;

async function warmOne(origin: string, path: string): Promise<void> {
  try {
    const response = await fetch(`${origin}${encodeURI(path)}`, { signal: AbortSignal.timeout(30_000), redirect: 'manual' });
    await response.arrayBuffer();
  } catch {
    // Only a head start: the page renders on its next visit anyway.
  }
}

/**
 * What a reader is likeliest to ask for next comes first: the article itself, then home, then its lists, then what
 * only crawlers read, share images last (the dearest to draw). In the order of the paths' names, a republished
 * Russian story waited behind some forty renders of the other languages' pages and images, and its first reader with
 * it: 2.5 s on two cores.
 */
export function warmingOrder(paths: string[]): string[] {
  const rank = (path: string) => {
    if (path.endsWith('/og.png')) return 4;
    if (/\.xml$/.test(path)) return 3;
    if (/^\/[a-z]{2}\/news\//.test(path)) return 0;
    if (/^\/[a-z]{2}$/.test(path)) return 1;
    return 2;
  };
  return paths.map((path, index) => ({ path, index, rank: rank(path) })).sort((a, b) => a.rank - b.rank || a.index - b.index).map((p) => p.path);
}

/** Fire and forget; resolves when every path has been requested once (tests await it). */
export function warmPaths(paths: string[]): Promise<void> {
  const origin = ownOrigin();
  const queue = warmingOrder(paths);
  const worker = async () => {
    for (let path = queue.shift(); path !== undefined; path = queue.shift()) await warmOne(origin, path);
  };
  return Promise.all(Array.from({ length: Math.min(CONCURRENCY, queue.length) }, worker)).then(() => undefined);
}
