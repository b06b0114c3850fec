// @ts-check
import client from 'prom-client';
import { processWide } from './singleton.mjs';

/**
 * The site's metrics, in one prom-client registry per process (lib/ops/singleton.mjs): the front door
 * (lib/http/front-door.mjs, preloaded by Node) counts requests, the bundle counts revalidations, purges, jobs and the database pools, and
 * GET /api/metrics (app/api/metrics/route.ts) answers them all. Each instance answers for itself.
 */

const SECONDS = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10];

/** @typedef {{ total: number; idle: number; waiting: number }} PoolUse */

function createMetrics() {
  const registry = new client.Registry();
  client.collectDefaultMetrics({ register: registry });
  const registers = [registry];
  /** @type {Map<string, () => PoolUse>} */
  const pools = new Map();
  return {
    registry,
    pools,
    requests: new client.Histogram({
      name: 'newsroom_http_request_duration_seconds',
      help: 'Time from a request to the end of its answer, by kind of route (lib/ops/route-kind.mjs), method and status.',
      labelNames: /** @type {const} */ (['route', 'method', 'status']),
      buckets: SECONDS,
      registers,
    }),
    pageCache: new client.Counter({
      name: 'newsroom_page_cache_answers_total',
      help: "Pages answered from Next's cache, by kind of route and state (x-nextjs-cache: hit, stale, miss).",
      labelNames: /** @type {const} */ (['route', 'state']),
      registers,
    }),
    revalidations: new client.Counter({
      name: 'newsroom_revalidations_total',
      help: 'Cached pages marked stale: `path` counts paths of an article change, `everything` a site-wide change.',
      labelNames: /** @type {const} */ (['scope']),
      registers,
    }),
    purges: new client.Counter({
      name: 'newsroom_edge_purges_total',
      help: 'Purges sent to an edge cache, by outcome (ok, or failed after its retries).',
      labelNames: /** @type {const} */ (['outcome']),
      registers,
    }),
    jobRuns: new client.Counter({
      name: 'newsroom_job_runs_total',
      help: 'Runs of background work (rates import, publishing timer, breaking-line timer, media sweep, cover warm-up, view flush), by outcome.',
      labelNames: /** @type {const} */ (['job', 'outcome']),
      registers,
    }),
    jobDuration: new client.Histogram({
      name: 'newsroom_job_duration_seconds',
      help: 'How long a run of background work took.',
      labelNames: /** @type {const} */ (['job']),
      buckets: [...SECONDS, 30, 60, 300],
      registers,
    }),
    pageCacheBytes: new client.Gauge({
      name: 'newsroom_page_cache_bytes',
      help: 'Bytes the page cache holds against its cap (PAGE_CACHE_MAX_BYTES): this instance\'s disk, or the shared Redis as this instance last saw it.',
      labelNames: /** @type {const} */ (['store']),
      registers,
    }),
    pageCacheEvictions: new client.Counter({
      name: 'newsroom_page_cache_evictions_total',
      help: 'Pages dropped from the page cache to keep it under its cap, least recently used first.',
      labelNames: /** @type {const} */ (['store']),
      registers,
    }),
    pageCacheRefused: new client.Counter({
      name: 'newsroom_page_cache_refused_total',
      help: 'Answers the page cache did not keep because they name no page (a 404, a redirect): each renders again.',
      labelNames: /** @type {const} */ (['status']),
      registers,
    }),
    poolConnections: new client.Gauge({
      name: 'newsroom_db_pool_connections',
      help: "The database pools' connections: total open, idle, and requests waiting for one.",
      labelNames: /** @type {const} */ (['pool', 'state']),
      registers,
      collect() {
        this.reset();
        for (const [pool, counts] of pools) {
          const { total, idle, waiting } = counts();
          this.set({ pool, state: 'total' }, total);
          this.set({ pool, state: 'idle' }, idle);
          this.set({ pool, state: 'waiting' }, waiting);
        }
      },
    }),
  };
}

/** The process's metrics. */
export function metrics() {
  return processWide('newsroom.metrics', createMetrics);
}

const CACHE_STATES = new Set(['hit', 'stale', 'miss']);

/**
 * One answered request.
 * @param {{ route: string; method: string; status: number; seconds: number; cache: string | undefined }} answer
 */
export function countRequest({ route, method, status, seconds, cache }) {
  const { requests, pageCache } = metrics();
  requests.observe({ route, method, status: String(status) }, seconds);
  const state = cache?.toLowerCase();
  if (state && CACHE_STATES.has(state)) pageCache.inc({ route, state });
}

/**
 * A database pool to report, under a name of its own (the site's, readiness's…).
 * @param {string} name
 * @param {{ totalCount: number; idleCount: number; waitingCount: number }} pool
 */
export function watchPool(name, pool) {
  metrics().pools.set(name, () => ({ total: pool.totalCount, idle: pool.idleCount, waiting: pool.waitingCount }));
}

/**
 * Runs one pass of background work, counted and timed; what it returns or throws is passed on. A run that throws
 * failed, and so does one whose result `failed` says is a failure.
 * @template T
 * @param {string} job
 * @param {() => Promise<T> | T} run
 * @param {(result: T) => boolean} [failed]
 * @returns {Promise<T>}
 */
export async function countJob(job, run, failed = () => false) {
  const { jobRuns, jobDuration } = metrics();
  const stop = jobDuration.startTimer({ job });
  try {
    const result = await run();
    jobRuns.inc({ job, outcome: failed(result) ? 'failed' : 'ok' });
    return result;
  } catch (error) {
    jobRuns.inc({ job, outcome: 'failed' });
    throw error;
  } finally {
    stop();
  }
}
