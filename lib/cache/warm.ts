import { ownOrigin } from '@/lib/site';

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

/** Fire and forget; resolves when every path has been requested once (tests await it). */
export function warmPaths(paths: string[]): Promise<void> {
  const origin = ownOrigin();
  const queue = [...paths];
  const worker = async () => {
    for (let path = queue.shift(); path !== undefined; path = queue.shift()) await warmOne(origin, path);
  };
  return Promise.all(Array.from({ length: Math.min(CONCURRENCY, queue.length) }, worker)).then(() => undefined);
}
