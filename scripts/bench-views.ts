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
import { withDatabase } from './with-database';

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

async function inProcess(articleIds: number[]): Promise<void> {
  const n = 200_000;
  const started = performance.now();
  for (let i = 0; i < n; i++) recordView({ articleId: articleIds[i % articleIds.length]!, locale: 'az', reader: `bench-${i}` });
  const recordMs = performance.now() - started;
  await flushViews();
  console.log(`counter: ${Math.round(n / (recordMs / 1000)).toLocaleString('en')} views/s recorded in memory (${n.toLocaleString('en')} views, dedupe hash included)`);

  const times: number[] = [];
  for (let round = 0; round < 20; round++) {
    for (let i = 0; i < FLUSH_AT_VIEWS - 1; i++) recordView({ articleId: articleIds[i % articleIds.length]!, locale: 'az', reader: `batch-${round}-${i}` });
    const t = performance.now();
    await flushViews();
    times.push(performance.now() - t);
  }
  times.sort((a, b) => a - b);
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

function report(label: string, { latencies, ok }: { latencies: number[]; ok: number }): void {
  console.log(
    `${label}: ${Math.round(latencies.length / (DURATION_MS / 1000))} req/s with ${CONCURRENCY} concurrent clients for ${DURATION_MS / 1000} s; ` +
      `p50 ${percentile(latencies, 50).toFixed(1)} ms, p95 ${percentile(latencies, 95).toFixed(1)} ms, p99 ${percentile(latencies, 99).toFixed(1)} ms; ${ok}/${latencies.length} ok`,
  );
}

async function overHttp(base: string, articleId: number): Promise<void> {
  const before = await storedViews(articleId);
  const beacon = await load(`${base}/api/views/az/${articleId}`);
  report('beacon over HTTP', beacon);
  // The same load on a cached page of the same server, to read the beacon's figure against what Next itself does.
  report('cached home page, same load (baseline)', await load(`${base}/az`));
  await new Promise((resolve) => setTimeout(resolve, FLUSH_INTERVAL_MS + 1_000));
  console.log(`written by the site: ${(await storedViews(articleId)) - before} of ${beacon.ok} views`);
}

await withDatabase(async () => {
  const rows = await getDb().selectFrom('article_translations').select('article_id').where('locale', '=', 'az').where('status', '=', 'published').limit(20).execute();
  const ids = rows.map((row) => row.article_id);
  if (ids.length === 0) throw new Error('no article published in az: load the demo content first (npm run db:seed)');
  await inProcess(ids);
  console.log(`batch sizes written in process: ${recentBatchSizes().slice(0, 3).join(', ')}, …`);
  if (site) await overHttp(site.replace(/\/$/, ''), ids[0]!);
  return 0;
});
