/**
 * `npm run bench:views [-- <site url>]`: figures for view counting (a benchmark that prints, not a timed test).
 * 1. In process, on the site's database: how many views per second the in-memory counter takes, and how long one
 *    batch write of FLUSH_AT_VIEWS views takes.
 * 2. With a site url (a running `npm start` on the same database): a bounded load on the beacon route, 16
 *    concurrent readers for 5 seconds, with its throughput and latency, then checks every counted view was written.
 */
import { performance } from 'node:perf_hooks';
import { getDb } from '@/lib/db/client';
import { FLUSH_AT_VIEWS, FLUSH_INTERVAL_MS, flushViews, recentBatchSizes, recordView } from '@/lib/views/counter';
import { saveBenchmark, type Chart } from './bench-results';
import { withDatabase } from '../with-database';

const site = process.argv[2];
const CONCURRENCY = 16;
const DURATION_MS = 5_000;

const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor((sorted.length * p) / 100))] ?? NaN;

async function storedViews(articleId: number): Promise<number> {
  const row = await getDb()
    .selectFrom('article_views')
    .select((eb) => eb.fn.coalesce(eb.fn.sum<string>('views'), eb.val('0')).as('views'))
    .where('article_id', '=', articleId)
    .where('locale', '=', 'az')
    .executeTakeFirstOrThrow();
  return Number(row.views);
}

const figures: { recordedPerSecond?: number; flushP50Ms?: number; flushP95Ms?: number; beacon?: Figures; cachedPage?: Figures; written?: number } = {};

interface Figures {
  requestsPerSecond: number;
  p50Ms: number;
  p95Ms: number;
  p99Ms: number;
  ok: number;
  requests: number;
}

async function inProcess(articleIds: number[]): Promise<void> {
  const n = 200_000;
  const started = performance.now();
  for (let i = 0; i < n; i++) recordView({ articleId: articleIds[i % articleIds.length]!, locale: 'az', reader: `bench-${i}` });
  const recordMs = performance.now() - started;
  await flushViews();
  figures.recordedPerSecond = n / (recordMs / 1000);
  console.log(`counter: ${Math.round(n / (recordMs / 1000)).toLocaleString('en')} views/s recorded in memory (${n.toLocaleString('en')} views, dedupe hash included)`);

  const times: number[] = [];
  for (let round = 0; round < 20; round++) {
    for (let i = 0; i < FLUSH_AT_VIEWS - 1; i++) recordView({ articleId: articleIds[i % articleIds.length]!, locale: 'az', reader: `batch-${round}-${i}` });
    const t = performance.now();
    await flushViews();
    times.push(performance.now() - t);
  }
  times.sort((a, b) => a - b);
  [figures.flushP50Ms, figures.flushP95Ms] = [percentile(times, 50), percentile(times, 95)];
  console.log(`flush: a batch of ${FLUSH_AT_VIEWS - 1} views over ${articleIds.length} articles (one upsert) p50 ${percentile(times, 50).toFixed(1)} ms, p95 ${percentile(times, 95).toFixed(1)} ms`);
}

async function load(url: string): Promise<{ latencies: number[]; ok: number }> {
  const latencies: number[] = [];
  let ok = 0;
  let sequence = 0;
  const deadline = Date.now() + DURATION_MS;
  await Promise.all(
    Array.from({ length: CONCURRENCY }, async () => {
      while (Date.now() < deadline) {
        const t = performance.now();
        // A different user agent per request: each is a new reader, so every request is counted.
        const response = await fetch(url, { headers: { 'user-agent': `Mozilla/5.0 bench-reader-${sequence++}` } });
        await response.arrayBuffer();
        latencies.push(performance.now() - t);
        if (response.ok) ok += 1;
      }
    }),
  );
  return { latencies: latencies.sort((a, b) => a - b), ok };
}

function report(label: string, { latencies, ok }: { latencies: number[]; ok: number }): Figures {
  const result = {
    requestsPerSecond: latencies.length / (DURATION_MS / 1000),
    p50Ms: percentile(latencies, 50),
    p95Ms: percentile(latencies, 95),
    p99Ms: percentile(latencies, 99),
    ok,
    requests: latencies.length,
  };
  console.log(
    `${label}: ${Math.round(result.requestsPerSecond)} req/s with ${CONCURRENCY} concurrent clients for ${DURATION_MS / 1000} s; ` +
      `p50 ${result.p50Ms.toFixed(1)} ms, p95 ${result.p95Ms.toFixed(1)} ms, p99 ${result.p99Ms.toFixed(1)} ms; ${ok}/${latencies.length} ok`,
  );
  return result;
}

async function overHttp(base: string, articleId: number): Promise<void> {
  const before = await storedViews(articleId);
  const beacon = await load(`${base}/api/views/az/${articleId}`);
  figures.beacon = report('beacon over HTTP', beacon);
  // The same load on a cached page of the same server, to read the beacon's figure against what Next itself does.
  figures.cachedPage = report('cached home page, same load (baseline)', await load(`${base}/az`));
  await new Promise((resolve) => setTimeout(resolve, FLUSH_INTERVAL_MS + 1_000));
  figures.written = (await storedViews(articleId)) - before;
  console.log(`written by the site: ${figures.written} of ${beacon.ok} views`);
}

function save(): void {
  const { beacon, cachedPage } = figures;
  const charts: Chart[] = [{ title: `A batch of ${FLUSH_AT_VIEWS - 1} views written in one statement`, unit: 'ms', better: 'lower', bars: [{ label: 'p50', value: figures.flushP50Ms! }, { label: 'p95', value: figures.flushP95Ms! }] }];
  if (beacon && cachedPage) {
    charts.push(
      { title: `${CONCURRENCY} readers at once`, unit: 'req/s', better: 'higher', bars: [{ label: 'the view beacon', value: beacon.requestsPerSecond }, { label: 'a cached page (baseline)', value: cachedPage.requestsPerSecond }] },
      { title: 'Latency p95', unit: 'ms', better: 'lower', bars: [{ label: 'the view beacon', value: beacon.p95Ms }, { label: 'a cached page (baseline)', value: cachedPage.p95Ms }] },
    );
  }
  saveBenchmark({
    benchmark: 'views',
    title: 'Counting views',
    command: 'npm run bench:views -- SITE_URL',
    about: `How many views the in-memory counter takes a second, how long one batch write takes, and, against a running site, the view beacon under ${CONCURRENCY} concurrent readers for ${DURATION_MS / 1000} s next to a cached page of the same server, with every counted view checked in the database afterwards.`,
    findings: [
      `The counter records ${Math.round(figures.recordedPerSecond!).toLocaleString('en')} views a second in memory (duplicates dropped by a hash); a batch of ${FLUSH_AT_VIEWS - 1} views is written in ${figures.flushP50Ms!.toFixed(1)} ms p50, ${figures.flushP95Ms!.toFixed(1)} ms p95.`,
      ...(beacon && cachedPage
        ? [
            `The beacon answers ${beacon.requestsPerSecond.toFixed(0)} req/s (p95 ${beacon.p95Ms.toFixed(1)} ms), against ${cachedPage.requestsPerSecond.toFixed(0)} req/s for a cached page of the same server; ${figures.written} of ${beacon.ok} counted views were in the database afterwards.`,
          ]
        : ['Not measured over HTTP: no site address was given.']),
    ],
    charts,
    results: { flushAtViews: FLUSH_AT_VIEWS, concurrency: CONCURRENCY, durationMs: DURATION_MS, ...figures },
  });
}

await withDatabase(async () => {
  const rows = await getDb().selectFrom('article_translations').select('article_id').where('locale', '=', 'az').where('status', '=', 'published').limit(20).execute();
  const ids = rows.map((row) => row.article_id);
  if (ids.length === 0) throw new Error('no article published in az: load the demo content first (npm run db:seed)');
  await inProcess(ids);
  console.log(`batch sizes written in process: ${recentBatchSizes().slice(0, 3).join(', ')}, …`);
  if (site) await overHttp(site.replace(/\/$/, ''), ids[0]!);
  save();
  return 0;
});
