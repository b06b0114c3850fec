// @ts-check
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { sharedRedis } from '../../redis/connection.mjs';
import { decodeEntry, encodeEntry } from './entry-format.mjs';
import { env } from '../../ops/env.mjs';
import { metrics } from '../../ops/metrics.mjs';
import { keepsAnswer } from '../page-cache/kept.mjs';

/**
 * Next's incremental cache (ISR pages, route handlers, the fetch cache) in Redis, so that every `next start` instance
 * serves and revalidates one cache (next.config.ts loads it when REDIS_URL is set). It mirrors Next's own
 * file-system cache (next/dist/server/lib/incremental-cache/file-system-cache.js) with Redis as the disk and as the
 * tags manifest:
 * - `revalidateTag(tags)` (also `revalidatePath`, whose implicit `_N_T_/…` tags arrive here) stamps each tag
 *   "expired now"; `revalidateTag(tags, { expire })` stamps it "stale now" and "expired in `expire` seconds".
 * - `get` answers a miss when one of the entry's tags (its `x-next-cache-tags`, which include the implicit ones; for
 *   the fetch cache the fetch's tags and the page's soft tags) expired after the entry was written, so the page is
 *   rendered at once. A stale stamp is handed to Next's own tags manifest, so Next serves the entry once more and
 *   regenerates it behind, exactly as after a local `revalidateTag(tag, 'max')`.
 * - The stamps live in one hash with the moment it was begun (`epoch`). Redis may lose them, flushed or evicting
 *   under memory pressure; a hash goes whole, so its loss shows, and every entry written before the new epoch
 *   misses: without the stamps nobody knows which of them a change has made stale.
 * Written in JavaScript because Next imports it at run time, outside its bundles.
 */

const TAGS_HEADER = 'x-next-cache-tags';
const DAY_SECONDS = 24 * 60 * 60;
// An entry nobody rewrote for this long is dropped and renders again on its next visit: Redis does not grow forever.
const MAX_ENTRY_TTL_SECONDS = 14 * DAY_SECONDS;
const EPOCH = 'epoch';
// Stamps older than any entry can be are dropped now and then, so that the hash does not grow forever.
const PRUNE_EVERY_WRITES = 500;

// More to drop at once than this means the cap was lowered: the rest goes on the next writes.
const MOST_DROPPED_PER_WRITE = 200;

/**
 * One write, with the cap kept in the same step (Redis runs a script alone): the entry, its size in a hash and its
 * last use in a sorted set; then, while the entries' bytes are over the cap, the least recently used are dropped.
 * KEYS: entry, uses (zset), sizes (hash), bytes (counter), stamps (hash). ARGV: value, ttl, now, cap, most to drop.
 * Entries that expired by their TTL stay counted until their turn to be dropped comes; they are the oldest anyway.
 */
const WRITE_WITHIN_CAP = `
local size = string.len(ARGV[1])
local before = tonumber(redis.call('HGET', KEYS[3], KEYS[1]) or '0')
redis.call('SET', KEYS[1], ARGV[1], 'EX', ARGV[2])
redis.call('HSETNX', KEYS[5], 'epoch', ARGV[3])
redis.call('HSET', KEYS[3], KEYS[1], size)
redis.call('ZADD', KEYS[2], ARGV[3], KEYS[1])
local total = redis.call('INCRBY', KEYS[4], size - before)
local dropped = 0
while total > tonumber(ARGV[4]) and dropped < tonumber(ARGV[5]) do
  local oldest = redis.call('ZRANGE', KEYS[2], 0, 0)[1]
  if not oldest or oldest == KEYS[1] then break end
  local bytes = tonumber(redis.call('HGET', KEYS[3], oldest) or '0')
  redis.call('ZREM', KEYS[2], oldest)
  redis.call('HDEL', KEYS[3], oldest)
  redis.call('DEL', oldest)
  total = redis.call('DECRBY', KEYS[4], bytes)
  dropped = dropped + 1
end
return { total, dropped }
`;

/** An entry dropped without a write in its place (an answer that names no page): its bytes leave the count. */
const DROP = `
local bytes = tonumber(redis.call('HGET', KEYS[3], KEYS[1]) or '0')
redis.call('DEL', KEYS[1])
redis.call('ZREM', KEYS[2], KEYS[1])
redis.call('HDEL', KEYS[3], KEYS[1])
return redis.call('DECRBY', KEYS[4], bytes)
`;

/** @typedef {import('next/dist/server/lib/incremental-cache').CacheHandlerContext} CacheHandlerContext */
/** @typedef {import('next/dist/server/lib/incremental-cache').CacheHandlerValue} CacheHandlerValue */
/** @typedef {Parameters<import('next/dist/server/lib/incremental-cache').CacheHandler['get']>[1]} GetContext */
/** @typedef {Parameters<import('next/dist/server/lib/incremental-cache').CacheHandler['set']>[1]} CacheValue */
/** @typedef {Parameters<import('next/dist/server/lib/incremental-cache').CacheHandler['set']>[2]} SetContext */
/** @typedef {{ stale?: number; expired?: number }} TagStamps */
/** @typedef {{ url: string; keyPrefix: string; connection?: import('../../redis/connection.mjs').SharedRedis }} RedisCacheOptions */

/** Next's process-wide tags manifest, which IncrementalCache consults for staleness; null if Next moved it. */
function loadNextTagsManifest() {
  try {
    const require = createRequire(import.meta.url);
    /** @type {typeof import('next/dist/server/lib/incremental-cache/tags-manifest.external')} */
    const manifest = require('next/dist/server/lib/incremental-cache/tags-manifest.external.js');
    return manifest.tagsManifest;
  } catch {
    return null;
  }
}
const nextTagsManifest = loadNextTagsManifest();

/** @type {Map<string, string>} */
const buildIds = new Map();

/**
 * Entries of one build are never served by another: their HTML names that build's scripts. Read once per process
 * (Next makes a handler per request).
 * @param {string | undefined} serverDistDir
 */
function buildIdOf(serverDistDir) {
  if (!serverDistDir) return 'no-build';
  let buildId = buildIds.get(serverDistDir);
  if (buildId) return buildId;
  try {
    buildId = readFileSync(path.join(serverDistDir, '..', 'BUILD_ID'), 'utf8').trim();
  } catch {
    // `next build` writes it only when its pages are compiled: what it caches before has no build to belong to.
    return 'no-build';
  }
  if (buildId) buildIds.set(serverDistDir, buildId);
  return buildId || 'no-build';
}

/** @param {CacheHandlerValue['cacheControl']} cacheControl */
function entryTtlSeconds(cacheControl) {
  const expire = cacheControl?.expire;
  return typeof expire === 'number' && expire > 0 ? Math.min(Math.ceil(expire), MAX_ENTRY_TTL_SECONDS) : MAX_ENTRY_TTL_SECONDS;
}

/**
 * The tags that decide whether an entry is still valid, as the file-system cache reads them.
 * @param {CacheHandlerValue['value']} value
 * @param {GetContext} ctx
 * @returns {string[]}
 */
function tagsOf(value, ctx) {
  if (value?.kind === 'FETCH') return ctx.kind === 'FETCH' ? [...(ctx.tags ?? []), ...(ctx.softTags ?? [])] : [];
  if (value?.kind === 'APP_PAGE' || value?.kind === 'APP_ROUTE' || value?.kind === 'PAGES') {
    const header = value.headers?.[TAGS_HEADER];
    return typeof header === 'string' && header ? header.split(',') : [];
  }
  return [];
}

/**
 * Next's `areTagsExpired`: a tag whose expiry has come and is not older than the entry. Next asks for a later
 * stamp; here a change in the same millisecond as the entry's write counts too, since that render may have read the
 * data before the change (with instances that share Redis, a millisecond is well within their clocks' agreement). At
 * worst that is one render more.
 * @param {Map<string, TagStamps>} stamps
 * @param {number} lastModified
 */
export function anyTagExpired(stamps, lastModified, now = Date.now()) {
  for (const { expired } of stamps.values()) {
    if (typeof expired === 'number' && expired <= now && expired >= lastModified) return true;
  }
  return false;
}

/**
 * Next's `areTagsStale`, with the same millisecond counted as in `anyTagExpired`.
 * @param {Map<string, TagStamps>} stamps
 * @param {number} lastModified
 */
export function anyTagStale(stamps, lastModified) {
  for (const { stale } of stamps.values()) if (typeof stale === 'number' && stale >= lastModified) return true;
  return false;
}

/** How long a render may take and still be stamped with its start (see renderStarts). */
const RENDER_MEMORY_MS = 30_000;
/** The keys whose render start is remembered at once, per process. */
const MAX_RENDER_STARTS = 10_000;

/**
 * The handler class for one Redis and key prefix. `connection` stands in for the process's own (tests use it to play
 * a second process).
 * @param {RedisCacheOptions} options
 */
export function redisCacheHandler({ url, keyPrefix, connection }) {
  const stampsKey = `${keyPrefix}tag-stamps`;
  // The cap's bookkeeping, across builds: every entry of the prefix takes Redis's memory.
  const usesKey = `${keyPrefix}page-uses`;
  const sizesKey = `${keyPrefix}page-sizes`;
  const bytesKey = `${keyPrefix}page-bytes`;
  const field = (/** @type {'stale' | 'expired'} */ kind, /** @type {string} */ tag) => `${kind}:${tag}`;
  let writesSincePrune = 0;
  // Revalidations made while Redis was unreachable, written as soon as it is back (every entry misses meanwhile).
  /** @type {Map<string, TagStamps>} */
  const pending = new Map();
  let flushesOnReconnect = false;
  /**
   * When the render of each key began: Next asks for a key before it renders it, and the entry the render then writes
   * is stamped with that moment, not with the moment it is written. A change made while the page rendered (the render
   * may have read before it) then makes the entry stale at once, instead of being taken for older than the entry.
   * An ask answered with a miss or a stale entry is followed by a render; the earliest such ask not yet followed by a
   * write is kept (two renders of a key can overlap), one older than RENDER_MEMORY_MS is not trusted. Bounded, the
   * oldest forgotten first.
   * @type {Map<string, number>}
   */
  const renderStarts = new Map();
  /**
   * @param {string} key
   * @param {number} at
   */
  function noteRenderAsked(key, at) {
    const known = renderStarts.get(key);
    if (known !== undefined && Date.now() - known < RENDER_MEMORY_MS) return;
    renderStarts.delete(key);
    renderStarts.set(key, at);
    if (renderStarts.size > MAX_RENDER_STARTS) renderStarts.delete(renderStarts.keys().next().value ?? key);
  }
  /** @param {string} key */
  function renderStartOf(key) {
    const now = Date.now();
    const started = renderStarts.get(key);
    renderStarts.delete(key);
    return started !== undefined && now - started < RENDER_MEMORY_MS ? started : now;
  }

  /** @param {ReturnType<typeof sharedRedis>} redis */
  async function writeStamps(redis, /** @type {Map<string, TagStamps>} */ stamps) {
    /** @type {Record<string, string>} */
    const fields = {};
    for (const [tag, { stale, expired }] of stamps) {
      if (stale !== undefined) fields[field('stale', tag)] = String(stale);
      if (expired !== undefined) fields[field('expired', tag)] = String(expired);
    }
    const written = await redis.run(async (client) => {
      await client.hSet(stampsKey, fields);
      return true;
    }, false);
    if (written && ++writesSincePrune >= PRUNE_EVERY_WRITES) {
      writesSincePrune = 0;
      void pruneStamps(redis);
    }
    return written;
  }

  /**
   * A stamp matters as long as an entry written before it can still be in Redis (MAX_ENTRY_TTL after it).
   * @param {ReturnType<typeof sharedRedis>} redis
   */
  async function pruneStamps(redis) {
    const before = Date.now() - MAX_ENTRY_TTL_SECONDS * 1000 - DAY_SECONDS * 1000;
    await redis.run(async (client) => {
      for await (const entries of client.hScanIterator(stampsKey, { COUNT: 1_000 })) {
        const old = entries.filter(({ field: name, value }) => name.toString() !== EPOCH && Number(value.toString()) < before).map(({ field: name }) => name);
        if (old.length) await client.hDel(stampsKey, old);
      }
      return true;
    }, false);
  }

  return class RedisCacheHandler {
    /** @param {CacheHandlerContext} ctx */
    constructor(ctx) {
      if (!url && !connection) throw new Error('The Redis cache handler needs REDIS_URL (next.config.ts loads it only when REDIS_URL is set).');
      this.redis = connection ?? sharedRedis(url);
      this.revalidatedTags = ctx.revalidatedTags ?? [];
      this.entryPrefix = `${keyPrefix}${buildIdOf(ctx.serverDistDir)}:entry:`;
      if (!flushesOnReconnect) {
        flushesOnReconnect = true;
        this.redis.onReady(() => {
          if (!pending.size) return;
          const stamps = new Map(pending);
          pending.clear();
          void writeStamps(this.redis, stamps).then((written) => {
            // Put back, under any revalidation of the same tag made meanwhile.
            if (!written) for (const [tag, stamp] of stamps) pending.set(tag, { ...stamp, ...pending.get(tag) });
          });
        });
      }
    }

    /**
     * @param {string} cacheKey
     * @param {GetContext} ctx
     * @returns {Promise<CacheHandlerValue | null>}
     */
    async get(cacheKey, ctx) {
      const key = this.entryPrefix + cacheKey;
      const askedAt = Date.now();
      const answer = await this.lookUp(key, ctx);
      // Next renders the key now, or in the background after serving a stale entry.
      const revalidate = answer?.cacheControl?.revalidate;
      const stale = answer !== null && (answer.staleByTag || (typeof revalidate === 'number' && answer.lastModified + revalidate * 1000 <= Date.now()));
      if (answer === null || stale) noteRenderAsked(key, askedAt);
      return answer && { value: answer.value, lastModified: answer.lastModified, cacheControl: answer.cacheControl };
    }

    /**
     * The entry under `key` as `get` answers it, and whether one of its tags made it stale.
     * @param {string} key
     * @param {GetContext} ctx
     * @returns {Promise<(CacheHandlerValue & { staleByTag: boolean }) | null>}
     */
    async lookUp(key, ctx) {
      let staleByTag = false;
      // The read and the note of its use go out together (node-redis pipelines commands sent in the same tick); a
      // MULTI would hand the bytes back as text.
      const stored = await this.redis.run(async (client) => (await Promise.all([client.get(key), client.zAdd(usesKey, { score: Date.now(), value: key }, { XX: true })]))[0], null);
      if (!stored) return null;
      /** @type {CacheHandlerValue} */
      let entry;
      try {
        entry = decodeEntry(stored);
      } catch {
        return null;
      }
      const tags = tagsOf(entry.value, ctx);
      // As the file-system cache: in minimal mode a tag revalidated by this very request is never served from cache.
      if (entry.value?.kind === 'FETCH' && tags.some((tag) => this.revalidatedTags.includes(tag))) return null;
      if (tags.length > 0) {
        const stamps = await this.tagStamps(tags, entry.lastModified);
        // Whether the entry is still valid cannot be told: render it.
        if (!stamps) return null;
        // Revalidations this process made while Redis was away, until they are written.
        for (const tag of tags) {
          const waiting = pending.get(tag);
          if (waiting) mergeStamp(stamps, tag, waiting);
        }
        if (anyTagExpired(stamps, entry.lastModified)) return null;
        if (anyTagStale(stamps, entry.lastModified)) {
          // Without Next's manifest the entry could only be served as fresh: render it instead.
          if (!nextTagsManifest) return null;
          staleByTag = true;
          for (const [tag, stamp] of stamps) mergeStamp(nextTagsManifest, tag, stamp);
        }
      }
      const { value } = entry;
      // What the file-system cache reads for a fallback shell or a postponed (PPR) page: no RSC payload, no page data.
      if (value?.kind === 'APP_PAGE' && ctx.kind === 'APP_PAGE' && (ctx.isFallback || (ctx.isRoutePPREnabled && value.postponed != null))) {
        value.rscData = undefined;
      }
      if (value?.kind === 'PAGES' && ctx.kind === 'PAGES' && ctx.isFallback) value.pageData = {};
      return { value, lastModified: entry.lastModified, cacheControl: entry.cacheControl, staleByTag };
    }

    /**
     * @param {string} cacheKey
     * @param {CacheValue} data
     * @param {SetContext} ctx
     */
    async set(cacheKey, data, ctx) {
      const key = this.entryPrefix + cacheKey;
      const renderStart = renderStartOf(key);
      if (!keepsAnswer(data)) {
        // Nor is what was kept under this URL before (an article since withdrawn) served again.
        await this.redis.run((client) => client.eval(DROP, { keys: [key, usesKey, sizesKey, bytesKey], arguments: [] }), null);
        return;
      }
      if (!data) return;
      const cacheControl = 'fetchCache' in ctx && ctx.fetchCache ? undefined : 'cacheControl' in ctx ? ctx.cacheControl : undefined;
      const value = data.kind === 'FETCH' ? { ...data, tags: 'fetchCache' in ctx && ctx.fetchCache ? ctx.tags : [] } : data;
      /** @type {CacheHandlerValue} */
      const entry = { value, lastModified: renderStart, cacheControl };
      const encoded = encodeEntry(entry);
      const written = await this.redis.run(
        (client) =>
          client.eval(WRITE_WITHIN_CAP, {
            keys: [key, usesKey, sizesKey, bytesKey, stampsKey],
            // Stamps lost before this entry was written concern only older entries (the script sets the epoch).
            arguments: [encoded, String(entryTtlSeconds(cacheControl)), String(entry.lastModified), String(env().PAGE_CACHE_MAX_BYTES), String(MOST_DROPPED_PER_WRITE)],
          }),
        null,
      );
      if (Array.isArray(written)) {
        const [total, dropped] = written.map(Number);
        metrics().pageCacheBytes.set({ store: 'redis' }, total ?? 0);
        if (dropped) metrics().pageCacheEvictions.inc({ store: 'redis' }, dropped);
      }
    }

    /**
     * Next 16: `revalidateTag(tag, profile)` passes the profile's `expire` as `durations`; `revalidatePath`, `updateTag`
     * and a profile-less `revalidateTag` pass none (expired at once).
     * @param {string | string[]} tags
     * @param {{ expire?: number }} [durations]
     */
    async revalidateTag(tags, durations) {
      const list = typeof tags === 'string' ? [tags] : tags;
      if (list.length === 0) return;
      const now = Date.now();
      /** @type {Map<string, TagStamps>} */
      const stamps = new Map();
      for (const tag of list) {
        if (durations) {
          stamps.set(tag, { stale: now, ...(durations.expire !== undefined ? { expired: now + durations.expire * 1000 } : {}) });
        } else {
          stamps.set(tag, { expired: now });
        }
      }
      if (!(await writeStamps(this.redis, stamps))) for (const [tag, stamp] of stamps) mergeStamp(pending, tag, stamp);
    }

    /** Every `get` reads Redis, so there is no per-request memory to forget (the file-system cache has none either). */
    resetRequestCache() {}

    /**
     * The tags' stamps, or null when they cannot tell whether an entry written at `lastModified` is still valid: Redis
     * is away, or lost the stamps after the entry was written.
     * @param {string[]} tags
     * @param {number} lastModified
     * @returns {Promise<Map<string, TagStamps> | null>}
     */
    async tagStamps(tags, lastModified) {
      const fields = [EPOCH, ...tags.flatMap((tag) => [field('stale', tag), field('expired', tag)])];
      const values = await this.redis.run((client) => client.hmGet(stampsKey, fields), null);
      if (!values) return null;
      const epoch = values[0];
      if (epoch == null) {
        await this.redis.run((client) => client.hSetNX(stampsKey, EPOCH, String(Date.now())), null);
        return null;
      }
      if (lastModified < Number(epoch.toString())) return null;
      /** @type {Map<string, TagStamps>} */
      const stamps = new Map();
      tags.forEach((tag, index) => {
        const stale = values[1 + 2 * index];
        const expired = values[2 + 2 * index];
        if (stale == null && expired == null) return;
        stamps.set(tag, {
          ...(stale != null ? { stale: Number(stale.toString()) } : {}),
          ...(expired != null ? { expired: Number(expired.toString()) } : {}),
        });
      });
      return stamps;
    }
  };
}

/**
 * As the file-system cache updates its manifest: the newer revalidation's fields replace the older ones, the others
 * stay (a `revalidatePath` after a `revalidateTag(tag, 'max')` brings the expiry forward to now).
 * @param {Map<string, TagStamps>} into
 * @param {string} tag
 * @param {TagStamps} stamp
 */
function mergeStamp(into, tag, stamp) {
  into.set(tag, { ...into.get(tag), ...stamp });
}

export default redisCacheHandler({
  url: env().REDIS_URL ?? '',
  keyPrefix: env().REDIS_KEY_PREFIX,
});
