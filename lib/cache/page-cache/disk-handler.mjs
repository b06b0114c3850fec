// @ts-check
import { readdir, rm, stat } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import { env } from '../../ops/env.mjs';
import { metrics } from '../../ops/metrics.mjs';
import { answerBytes, keepsAnswer } from './kept.mjs';

/**
 * Next's own file-system page cache (next.config.ts loads this when there is no REDIS_URL), with a size: the pages
 * it renders at run time (under `.next/server/route-cache/`) are kept within PAGE_CACHE_MAX_BYTES on disk, the least
 * recently used dropped first, and an answer that names no page (kept.mjs) is never written. The pages the build
 * prerendered (`.next/server/app/`) are part of the build and are not counted: a dropped copy of one falls back to it.
 * Everything else (reading, tags, the memory cache in front) is Next's, unchanged.
 */

const require = createRequire(import.meta.url);
/** @type {typeof import('next/dist/server/lib/incremental-cache/file-system-cache').default} */
const FileSystemCache = require('next/dist/server/lib/incremental-cache/file-system-cache.js').default;

const ROUTE_CACHE = '/route-cache/';
// The files Next writes for one entry (file-system-cache.js), and the folder of its RSC segments.
const ENTRY_FILES = ['.html', '.rsc', '.meta', '.body'];
const SEGMENTS = '.segments';
// More to drop at once than this means the cap was lowered or the disk filled by an older version: the rest goes on
// the next writes, so that no one request waits for thousands of deletions.
const MOST_DROPPED_PER_WRITE = 200;

/**
 * The entries of one build's route cache on disk, least recently used first (a Map keeps insertion order; a use moves
 * an entry to the end).
 */
class DiskIndex {
  /** @param {string} serverDistDir */
  constructor(serverDistDir) {
    this.serverDistDir = serverDistDir;
    /** @type {Map<string, number>} */
    this.entries = new Map();
    this.bytes = 0;
    this.ready = this.scan().catch(() => undefined);
  }

  /** What an earlier process left on disk, oldest first, so that the cap holds across restarts. */
  async scan() {
    const root = path.join(this.serverDistDir, ROUTE_CACHE);
    /** @type {Map<string, { bytes: number; used: number }>} */
    const found = new Map();
    /** @param {string} dir */
    const walk = async (dir) => {
      let names;
      try {
        names = await readdir(dir, { withFileTypes: true });
      } catch {
        return;
      }
      for (const entry of names) {
        const file = path.join(dir, entry.name);
        if (entry.isDirectory()) {
          await walk(file);
          continue;
        }
        const key = this.keyOf(file);
        if (!key) continue;
        const { size, mtimeMs } = await stat(file).catch(() => ({ size: 0, mtimeMs: 0 }));
        const known = found.get(key) ?? { bytes: 0, used: 0 };
        found.set(key, { bytes: known.bytes + size, used: Math.max(known.used, mtimeMs) });
      }
    };
    await walk(root);
    const oldestFirst = [...found].sort((a, b) => a[1].used - b[1].used);
    // Nothing is written before the scan ends (`set` waits for it), so the oldest go first in the order of use.
    for (const [key, { bytes }] of oldestFirst) this.add(key, bytes);
  }

  /**
   * The cache key a file of the route cache belongs to.
   * @param {string} file
   */
  keyOf(file) {
    const relative = `/${path.relative(this.serverDistDir, file).split(path.sep).join('/')}`;
    const segments = relative.indexOf(`${SEGMENTS}/`);
    if (segments !== -1) return relative.slice(0, segments);
    const suffix = ENTRY_FILES.find((ending) => relative.endsWith(ending));
    return suffix ? relative.slice(0, -suffix.length) : null;
  }

  /** An entry written now: the most recently used. @param {string} key @param {number} bytes */
  add(key, bytes) {
    const previous = this.entries.get(key);
    if (previous !== undefined) {
      this.bytes -= previous;
      this.entries.delete(key);
    }
    this.entries.set(key, bytes);
    this.bytes += bytes;
  }

  /** @param {string} key */
  use(key) {
    const bytes = this.entries.get(key);
    if (bytes === undefined) return;
    this.entries.delete(key);
    this.entries.set(key, bytes);
  }

  /** @param {string} key */
  async remove(key) {
    const bytes = this.entries.get(key);
    if (bytes !== undefined) {
      this.entries.delete(key);
      this.bytes -= bytes;
    }
    // Next's memory copy in front of the disk (a static of its class, declared private).
    /** @type {{ memoryCache?: { remove(key: string): void } }} */ (/** @type {unknown} */ (FileSystemCache)).memoryCache?.remove(key);
    const base = path.join(this.serverDistDir, key);
    await Promise.all([...ENTRY_FILES.map((ending) => rm(base + ending, { force: true })), rm(base + SEGMENTS, { recursive: true, force: true })]);
  }

  /**
   * Drops the least recently used entries until the cache is within `cap`, but never `keep` (the entry just written).
   * @param {number} cap @param {string} keep
   */
  async evict(cap, keep) {
    let dropped = 0;
    for (const key of this.entries.keys()) {
      if (this.bytes <= cap || dropped >= MOST_DROPPED_PER_WRITE) break;
      if (key === keep) continue;
      await this.remove(key);
      dropped++;
    }
    if (dropped) metrics().pageCacheEvictions.inc({ store: 'disk' }, dropped);
    metrics().pageCacheBytes.set({ store: 'disk' }, this.bytes);
  }
}

/** @type {Map<string, DiskIndex>} */
const indexes = new Map();

/** @param {string} serverDistDir */
function indexOf(serverDistDir) {
  let index = indexes.get(serverDistDir);
  if (!index) {
    index = new DiskIndex(serverDistDir);
    indexes.set(serverDistDir, index);
  }
  return index;
}

/** @typedef {ConstructorParameters<typeof FileSystemCache>[0]} Context */
/** @typedef {import('next/dist/server/lib/incremental-cache').CacheHandler} CacheHandler */

export default class BoundedFileSystemCache extends FileSystemCache {
  /** @param {Context} ctx */
  constructor(ctx) {
    super(ctx);
    this.index = ctx.flushToDisk && ctx.serverDistDir ? indexOf(ctx.serverDistDir) : null;
  }

  /**
   * @param {string} key
   * @param {Parameters<CacheHandler['get']>[1]} ctx
   */
  async get(key, ctx) {
    const found = await super.get(key, ctx);
    if (found) this.index?.use(key);
    return found;
  }

  /**
   * @param {string} key
   * @param {Parameters<CacheHandler['set']>[1]} data
   * @param {Parameters<CacheHandler['set']>[2]} ctx
   */
  async set(key, data, ctx) {
    const counted = this.index && key.startsWith(ROUTE_CACHE) ? this.index : null;
    if (counted && !keepsAnswer(data)) {
      // Whatever was kept under this URL before (an article since withdrawn) is not served after a restart either.
      await counted.ready;
      await counted.remove(key);
      return;
    }
    await super.set(key, data, ctx);
    if (!counted || !data) return;
    await counted.ready;
    counted.add(key, answerBytes(data));
    await counted.evict(env().PAGE_CACHE_MAX_BYTES, key);
  }
}
