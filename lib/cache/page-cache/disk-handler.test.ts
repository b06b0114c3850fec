import { mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { nodeFs } from 'next/dist/server/lib/node-fs-methods';
import { afterEach, describe, expect, it, vi } from 'vitest';

// Next's own file-system cache with a size (disk-handler.mjs), on a real folder: what it leaves on disk is measured.
const dirs: string[] = [];
afterEach(() => {
  vi.unstubAllEnvs();
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

function serverDistDir() {
  const dir = mkdtempSync(path.join(tmpdir(), 'page-cache-'));
  dirs.push(dir);
  return dir;
}

/** A fresh module, as a new process loads it: nothing known of the disk but what it finds there. */
async function handlerIn(dist: string) {
  vi.resetModules();
  const { default: Handler } = await import('./disk-handler.mjs');
  return new Handler({ fs: nodeFs, flushToDisk: true, serverDistDir: dist, revalidatedTags: [], maxMemoryCacheSize: 0, _requestHeaders: {} } as never);
}

type Handler = Awaited<ReturnType<typeof handlerIn>>;
const PAGE = { kind: 'APP_PAGE', isFallback: false } as never;
const key = (pathname: string) => `/route-cache/app-page/0123abcd/$${pathname}`;
const page = (status = 200, size = 100_000) =>
  ({ kind: 'APP_PAGE', html: `<p>${'x'.repeat(size)}</p>`, rscData: Buffer.from('0:{}'), status, headers: { 'x-next-cache-tags': '_N_T_/layout' }, postponed: undefined, segmentData: undefined }) as never;
const set = (handler: Handler, pathname: string, value = page()) => handler.set(key(pathname), value, { cacheControl: { revalidate: 300, expire: undefined } } as never);

function bytesUnder(dir: string): number {
  let bytes = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (entry.isFile()) bytes += statSync(path.join(entry.parentPath, entry.name)).size;
  }
  return bytes;
}

describe('the page cache on disk', () => {
  it('stays within PAGE_CACHE_MAX_BYTES however many pages are written, keeping the ones in use', async () => {
    vi.stubEnv('PAGE_CACHE_MAX_BYTES', '1m');
    const dist = serverDistDir();
    const handler = await handlerIn(dist);
    await set(handler, '/az');
    for (let i = 0; i < 40; i++) {
      await set(handler, `/az/latest/before/${i}-1`);
      if (i % 4 === 0) expect(await handler.get(key('/az'), PAGE)).not.toBeNull();
    }
    expect(bytesUnder(path.join(dist, 'route-cache'))).toBeLessThanOrEqual(1024 * 1024);
    expect(await handler.get(key('/az'), PAGE)).not.toBeNull();
    expect(await handler.get(key('/az/latest/before/0-1'), PAGE)).toBeNull();
    expect(await handler.get(key('/az/latest/before/39-1'), PAGE)).not.toBeNull();
  });

  it('holds the cap across a restart, counting what an earlier process left', async () => {
    vi.stubEnv('PAGE_CACHE_MAX_BYTES', '4m');
    const dist = serverDistDir();
    const first = await handlerIn(dist);
    for (let i = 0; i < 30; i++) await set(first, `/ru/tag/t${i}`);
    const left = bytesUnder(path.join(dist, 'route-cache'));
    expect(left).toBeGreaterThan(2 * 1024 * 1024);
    vi.stubEnv('PAGE_CACHE_MAX_BYTES', '1m');
    const second = await handlerIn(dist);
    for (let i = 0; i < 5; i++) await set(second, `/en/tag/t${i}`);
    expect(bytesUnder(path.join(dist, 'route-cache'))).toBeLessThanOrEqual(1024 * 1024);
    expect(await second.get(key('/en/tag/t4'), PAGE)).not.toBeNull();
  });

  it('writes no 404 or redirect, and removes what the URL held before', async () => {
    const dist = serverDistDir();
    const handler = await handlerIn(dist);
    await set(handler, '/ru/news/5-story');
    expect(await handler.get(key('/ru/news/5-story'), PAGE)).not.toBeNull();
    await set(handler, '/ru/news/5-story', page(404));
    expect(await handler.get(key('/ru/news/5-story'), PAGE)).toBeNull();
    for (let i = 0; i < 50; i++) await set(handler, `/az/tag/junk-${i}`, page(404));
    await set(handler, '/az/news/5-old-slug', page(308));
    expect(bytesUnder(dist)).toBe(0);
  });
});
