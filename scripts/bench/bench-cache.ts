/**
 * `npm run bench:cache`: what a page-cache hit costs with Next's own cache (files in .next plus its in-memory copy)
 * and with the shared Redis cache (lib/cache/redis/), in one run. A fresh embedded PostgreSQL with the demo content,
 * one build, two `next start` instances of it on the same database, one without REDIS_URL and one with it, and the
 * seed article cached on both. Rounds alternate between them, so that a busy machine slows both alike:
 * - sequential requests (one reader at a time): p50 and p90 of the whole answer;
 * - 16 readers at once for a few seconds: requests per second and p50;
 * - the Redis handler's own `get` of that page, in this process: the part of a Redis hit that is Redis and decoding.
 * SKIP_BUILD=1 serves the existing build (made without REDIS_URL). Needs a Redis (TEST_REDIS_URL).
 */
import http from 'node:http';
import { mkdtempSync, rmSync } from 'node:fs';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { randomUUID } from 'node:crypto';
import { createClient } from '@redis/client';
import { REDIS_INSTALL_HINT, redisAnswers, TEST_REDIS_URL } from '../../test/redis';
import { deleteKeysUnder } from '../../test/redis-keys';
import { saveBenchmark } from './bench-results';
import { untilCoverVariantsDerived } from '../cover-variants';
import { log, projectRoot, startDemoDatabase } from '../database';
import { runSiteCommand, startInstance, stopInstance, untilReady, type Instance } from '../instances';
import { closeRedisConnections } from '@/lib/redis/connection.mjs';

const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 5);
const SEQUENTIAL = 200;
const CONCURRENT = 16;
const CONCURRENT_MS = 4_000;

if (!(await redisAnswers())) {
  console.error(REDIS_INSTALL_HINT);
  process.exit(1);
}

const work = mkdtempSync(path.join(projectRoot, '.data', 'bench-cache-'));
const { server: database, env: demo } = await startDemoDatabase(work);
const keyPrefix = `anews-bench-cache:${randomUUID()}:`;
const instances: Instance[] = [];
const agent = new http.Agent({ keepAlive: true, maxSockets: CONCURRENT });

/** One GET as the edge makes it (gzip accepted), timed to the last byte; the cache state Next reports. */
function get(url: string): Promise<{ ms: number; status: number; cache: string }> {
  const started = performance.now();
  return new Promise((resolve, reject) => {
    http
      .get(url, { agent, headers: { 'accept-encoding': 'gzip' } }, (response) => {
        response.on('data', () => {});
        response.on('end', () =>
          resolve({ ms: performance.now() - started, status: response.statusCode ?? 0, cache: String(response.headers['x-nextjs-cache'] ?? '') }),
        );
      })
      .on('error', reject);
  });
}

const percentile = (values: number[], p: number) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
};
const median = (values: number[]) => percentile(values, 50);

async function sequential(url: string): Promise<number[]> {
  const times: number[] = [];
  for (let i = 0; i < SEQUENTIAL; i++) {
    const answer = await get(url);
    if (answer.status !== 200 || answer.cache !== 'HIT') throw new Error(`${url} answered ${answer.status} ${answer.cache}, not a cache hit`);
    times.push(answer.ms);
  }
  return times;
}

async function concurrent(url: string): Promise<{ requestsPerSecond: number; p50Ms: number }> {
  const times: number[] = [];
  const deadline = performance.now() + CONCURRENT_MS;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: CONCURRENT }, async () => {
      while (performance.now() < deadline) times.push((await get(url)).ms);
    }),
  );
  return { requestsPerSecond: times.length / ((performance.now() - started) / 1000), p50Ms: median(times) };
}

/**
 * The Redis handler's `get` of the page at `pagePath`, as Next calls it on a hit: the GET, the decoding and the tags'
 * stamps. Next keys a page's entry by its path, decoded.
 */
async function handlerGets(pagePath: string): Promise<number[]> {
  const { redisCacheHandler } = await import('@/lib/cache/redis/cache-handler.mjs');
  const redis = createClient({ url: TEST_REDIS_URL });
  await redis.connect();
  const keys: string[] = [];
  for await (const batch of redis.scanIterator({ MATCH: `${keyPrefix}*:entry:*`, COUNT: 500 })) keys.push(...batch);
  await redis.close();
  const entryKey = keys.find((key) => key.endsWith(decodeURIComponent(pagePath))) ?? keys.find((key) => key.includes('/ru/news/1-'));
  if (!entryKey) throw new Error('the seed article is not in Redis');
  const cacheKey = entryKey.slice(entryKey.indexOf(':entry:') + ':entry:'.length);
  const Handler = redisCacheHandler({ url: TEST_REDIS_URL, keyPrefix });
  const handler = new Handler({ serverDistDir: path.join(projectRoot, '.next', 'server') } as ConstructorParameters<typeof Handler>[0]);
  const ctx = { kind: 'APP_PAGE', isRoutePPREnabled: false, isFallback: false } as Parameters<typeof handler.get>[1];
  const times: number[] = [];
  for (let i = 0; i < SEQUENTIAL + 20; i++) {
    const started = performance.now();
    const entry = await handler.get(cacheKey, ctx);
    if (!entry) throw new Error(`the handler missed ${cacheKey}`);
    if (i >= 20) times.push(performance.now() - started);
  }
  return times;
}

try {
  const base = { ...demo, RATES_IMPORT: 'off', SITE_URL: 'http://127.0.0.1' };
  if (process.env.SKIP_BUILD !== '1') await runSiteCommand(['build'], base);
  const files = await startInstance(base);
  const redis = await startInstance({ ...base, REDIS_URL: TEST_REDIS_URL, REDIS_KEY_PREFIX: keyPrefix });
  instances.push(files, redis);
  await Promise.all(instances.map((instance) => untilReady(instance, 120_000)));
  // Measured once the instances are done deriving the demo covers' variants, not while they do.
  await untilCoverVariantsDerived(demo.NEWSROOM_MEDIA_DIR, 600_000, () => instances.every((instance) => instance.process.exitCode === null));

  const canonical = await fetch(`${files.origin}/ru/news/1`, { redirect: 'manual' });
  const articlePath = canonical.headers.get('location')?.split(',')[0]?.trim();
  if (!articlePath) throw new Error('the seed article has no canonical address');
  const targets = { files: `${files.origin}${articlePath}`, redis: `${redis.origin}${articlePath}` };
  // Until both serve the page from their cache.
  for (const url of Object.values(targets)) {
    for (let i = 0; (await get(url)).cache !== 'HIT'; i++) {
      if (i > 50) throw new Error(`${url} never answered from its cache`);
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
  }
  const pageBytes = (await (await fetch(targets.files)).arrayBuffer()).byteLength;
  log(`seed article ${articlePath} (${pageBytes} bytes of HTML); ${ROUNDS} rounds: ${SEQUENTIAL} sequential requests, then ${CONCURRENT} readers for ${CONCURRENT_MS / 1000} s`);

  type Name = keyof typeof targets;
  const runs: Record<Name, { p50Ms: number; p90Ms: number; requestsPerSecond: number; concurrentP50Ms: number }[]> = { files: [], redis: [] };
  for (let round = 1; round <= ROUNDS; round++) {
    for (const name of Object.keys(targets) as Name[]) {
      const times = await sequential(targets[name]);
      const load = await concurrent(targets[name]);
      const figures = { p50Ms: median(times), p90Ms: percentile(times, 90), requestsPerSecond: load.requestsPerSecond, concurrentP50Ms: load.p50Ms };
      runs[name].push(figures);
      log(
        `round ${round} ${name.padEnd(5)} one at a time p50 ${figures.p50Ms.toFixed(2)} ms, p90 ${figures.p90Ms.toFixed(2)} ms; ` +
          `${CONCURRENT} at once ${figures.requestsPerSecond.toFixed(0)} req/s, p50 ${figures.concurrentP50Ms.toFixed(1)} ms`,
      );
    }
  }
  const summary = Object.fromEntries(
    (Object.keys(runs) as Name[]).map((name) => [
      name,
      {
        p50Ms: median(runs[name].map((r) => r.p50Ms)),
        p90Ms: median(runs[name].map((r) => r.p90Ms)),
        requestsPerSecond: median(runs[name].map((r) => r.requestsPerSecond)),
        concurrentP50Ms: median(runs[name].map((r) => r.concurrentP50Ms)),
      },
    ]),
  ) as Record<Name, (typeof runs)['files'][number]>;
  const handler = await handlerGets(articlePath);
  const handlerFigures = { p50Ms: median(handler), p90Ms: percentile(handler, 90) };

  const ratio = summary.redis.p50Ms / summary.files.p50Ms;
  const findings = [
    `A hit one reader at a time: ${summary.files.p50Ms.toFixed(1)} ms p50 from Next's own cache, ${summary.redis.p50Ms.toFixed(1)} ms from Redis (${ratio.toFixed(2)}×); p90 ${summary.files.p90Ms.toFixed(1)} and ${summary.redis.p90Ms.toFixed(1)} ms.`,
    `${CONCURRENT} readers at once: ${summary.files.requestsPerSecond.toFixed(0)} req/s from Next's own cache, ${summary.redis.requestsPerSecond.toFixed(0)} from Redis (${((summary.redis.requestsPerSecond / summary.files.requestsPerSecond) * 100).toFixed(0)} %).`,
    `Of a Redis hit, the handler's own \`get\` (the entry's GET, its decoding and the tags' stamps) takes ${handlerFigures.p50Ms.toFixed(2)} ms p50 for this ${(pageBytes / 1024).toFixed(0)} KB page; the rest is Next rendering the answer from the entry and gzipping it, as for a hit from its own cache.`,
    'Readers reach neither at scale: the edge serves them (see the first benchmark); an instance is asked on an edge miss.',
  ];
  for (const line of findings) console.log(line);
  saveBenchmark({
    benchmark: 'cache',
    title: 'A page-cache hit: Next’s own cache against Redis',
    command: 'npm run bench:cache',
    about: `The seed article served from the page cache by two \`next start\` instances of one build: one with Next's own cache (.next files and its in-memory copy), one with the shared Redis cache every instance uses in production. ${ROUNDS} alternating rounds; medians of the rounds.`,
    findings,
    charts: [
      { title: 'One reader at a time, p50', unit: 'ms', better: 'lower', bars: [{ label: 'Next’s own cache', value: summary.files.p50Ms }, { label: 'Redis', value: summary.redis.p50Ms }, { label: 'Redis handler’s get alone', value: handlerFigures.p50Ms }] },
      { title: `${CONCURRENT} readers at once`, unit: 'req/s', better: 'higher', bars: [{ label: 'Next’s own cache', value: summary.files.requestsPerSecond }, { label: 'Redis', value: summary.redis.requestsPerSecond }] },
    ],
    results: { article: articlePath, pageBytes, rounds: ROUNDS, sequential: SEQUENTIAL, concurrent: CONCURRENT, runs, summary, handler: handlerFigures },
  });
} finally {
  agent.destroy();
  await Promise.all(instances.map((instance) => stopInstance(instance, 3_000)));
  await database.stop();
  await deleteKeysUnder(keyPrefix, TEST_REDIS_URL);
  // The handler's connection (lib/redis/connection.mjs) would keep this process alive.
  await closeRedisConnections();
  rmSync(work, { recursive: true, force: true });
}
// Everything this run started is stopped: nothing left open may keep it from ending, as the summary waits for it.
process.exit(0);
