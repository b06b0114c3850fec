/**
 * `npm run bench:live`: a live page's readers held open through the edge while an editor posts, in the production
 * topology on one machine: a fresh embedded PostgreSQL with the demo content (its live page, live in ru, az and en),
 * two instances of the built site sharing one Redis, behind the edge (Varnish).
 * - 2,000 simulated readers (LIVE_READERS=5000 for more; a third per language, in two processes of their own:
 *   scripts/bench/live-readers.ts) each ask GET /live/{locale}/{article}/{seq} through the edge as a reader's page does;
 * - first the readers only wait, for longer than one hold (20 s), so every language's held request times out once:
 *   what the edge and the origins spend while readers wait;
 * - then an editor posts 20 entries, one every 2.5 s, through the live desk's server actions
 *   (scripts/bench/live-editor.ts): some in all three languages (posted in one, translated into the others), some in one
 *   language only, two as drafts published a second later;
 * - then 22 s more, so an entry whose wake-up was missed still arrives, with the next hold's timeout, and shows.
 * Measures the time from each publication to each reader (from the change's NOTIFY, heard by the benchmark as the
 * instances hear it, and from the editor's request), per language and overall; the requests for live changes that
 * reached the origins (the instances' own request log, one line a request) per publication and per URL, beside the
 * edge's counters; CPU and memory of the edge and the origins; and that no reader got an entry twice, out of order,
 * before it was published or in a language it was not published in. Builds into .next first unless BENCH_BUILD=off.
 * Writes benchmarks/live.json and .svg. Needs varnishd and a Redis (TEST_REDIS_URL, else 127.0.0.1:6379).
 */
import { fork, spawnSync, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { randomBytes, randomUUID } from 'node:crypto';
import { mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { locales, type Locale } from '@/lib/i18n/locales';
import { LIVE_CHANGES_CHANNEL, parseLiveNotice } from '@/lib/live/changes';
import { TEST_REDIS_URL } from '../../test/redis';
import { deleteKeysUnder } from '../../test/redis-keys';
import { freePort } from '../../test/free-port';
import { untilCoverVariantsDerived } from '../cover-variants';
import { log, projectRoot, startDemoDatabase } from '../database';
import { startEdge, type Edge } from '../edge-server';
import { behindTheEdge, runSiteCommand, startInstance, stopInstance, untilReady, type Instance } from '../instances';
import { saveBenchmark } from './bench-results';
import { countOriginRequests, deliveries, liveRequestsInLog, percentile, type Deliveries } from './live-figures';
import { liveDeskActionIds, LiveDesk, planEntries } from './live-editor';
import type { FromReaders, ReaderLog, ReadersReport, ToReaders } from './live-readers';
import { usageOfTrees, type Usage } from './process-usage';
import { signIn } from './sign-in';
import { needEdgeAndRedis } from './needs';

const DEFAULT_READERS = 2_000;
/** Each reader holds a connection to the edge; the machine allows 20,000 open files a process. */
const MAX_READERS = 10_000;
const READER_PROCESSES = 2;
const ENTRIES = 20;
const EVERY_MS = 2_500;
const DRAFT_MS = 1_000;
/** Entries being written at once, at most: on a busy machine a write outlasts the interval. */
const MAX_ENTRIES_AT_ONCE = 3;
/** Longer than the route's 20 s hold, so that each language's held request times out once while readers wait. */
const WAIT_MS = 23_000;
/** After the last publication: longer than a hold, so an entry that missed its wake-up still arrives, late. */
const SETTLE_MS = 22_000;
const RAMP_MS = 2_000;
/** On a busy machine the desk's writes take longer than their interval: posting stops after this long, whatever is left. */
const POSTING_BUDGET_MS = 3 * ENTRIES * EVERY_MS;
/** The readers stop by themselves after this long, whatever happens here. */
const MAX_RUN_MS = 10 * 60_000;
const TARGET = { p95Ms: 1_000, maxMs: 1_500, originPerPublication: 2 };

const readers = Number(process.env.LIVE_READERS ?? DEFAULT_READERS);
if (!Number.isInteger(readers) || readers < locales.length || readers > MAX_READERS) {
  console.error(`LIVE_READERS must be a whole number from ${locales.length} to ${MAX_READERS}`);
  process.exit(2);
}
await needEdgeAndRedis();

const now = () => performance.timeOrigin + performance.now();
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const load = () => readFileSync('/proc/loadavg', 'utf8').split(' ').slice(0, 3).join(' ');
const mb = (bytes: number) => bytes / 2 ** 20;

/** Varnish's own counters (varnishstat), by name, for those the benchmark compares. */
const EDGE_COUNTERS = ['MAIN.cache_hit', 'MAIN.cache_miss', 'MAIN.backend_req', 'MAIN.busy_sleep', 'MAIN.busy_wakeup', 'MAIN.busy_killed', 'MAIN.sess_conn'] as const;
function edgeCounters(edge: Edge): Record<string, number> {
  const run = spawnSync('varnishstat', ['-n', edge.logDir, '-j'], { encoding: 'utf8', timeout: 10_000 });
  if (run.status !== 0) throw new Error(`varnishstat failed: ${run.stderr}`);
  const parsed = JSON.parse(run.stdout) as { counters?: Record<string, { value: number }> } & Record<string, { value: number }>;
  const counters = parsed.counters ?? parsed;
  return Object.fromEntries(EDGE_COUNTERS.map((name) => [name, counters[name]?.value ?? NaN]));
}
const difference = (after: Record<string, number>, before: Record<string, number>) => Object.fromEntries(Object.keys(after).map((name) => [name, after[name]! - before[name]!]));

/** The demo's live page: live coverage not ended, published in every language; its last change's number. */
async function findLivePage(): Promise<{ id: number; seq: number }> {
  const { getDb } = await import('@/lib/db/client');
  const page = await getDb()
    .selectFrom('articles as a')
    .innerJoin('article_translations as t', 't.article_id', 'a.id')
    .select(['a.id', 'a.live_seq'])
    .where('a.kind', '=', 'live')
    .where('a.coverage_ended_at', 'is', null)
    .where('t.status', '=', 'published')
    .groupBy(['a.id', 'a.live_seq'])
    .having((eb) => eb.fn.count('t.locale'), '=', locales.length)
    .orderBy('a.id')
    .executeTakeFirst();
  if (!page) throw new Error('the demo content has no live page published in every language (lib/demo/live.ts)');
  return { id: page.id, seq: Number(page.live_seq) };
}

async function createEditor(): Promise<{ email: string; password: string }> {
  const { getDb } = await import('@/lib/db/client');
  const { createUser, newUserSchema } = await import('@/lib/auth/accounts');
  const email = `bench-live-${randomUUID()}@anews.test`;
  const password = 'bench-live-password';
  await createUser(getDb(), newUserSchema.parse({ email, name: 'Bench live editor', role: 'editor', password }));
  return { email, password };
}

interface ReaderProcess {
  child: ChildProcess;
  /** Sent when the parent says stop, or unasked at the readers' deadline. */
  report: Promise<ReadersReport>;
}

/** Starts the reader processes, each with its share of the readers; resolves once every reader has asked. */
async function startReaders(processes: ReaderProcess[], edge: string, page: { id: number; seq: number }, deadlineAt: number): Promise<void> {
  const asking: Promise<void>[] = [];
  for (let p = 0; p < READER_PROCESSES; p++) {
    const child = fork(path.join(import.meta.dirname, 'live-readers.ts'), [], { cwd: projectRoot, execArgv: ['--import', 'tsx'], stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
    // An event nobody listens for would end this process before `finally` stops what it started.
    child.on('error', (error) => log(`reader process ${p + 1}: ${error.message}`));
    const exited = new Promise<never>((_, reject) => child.once('exit', (code, signal) => reject(new Error(`reader process ${p + 1} exited (${signal ?? code})`))));
    const report = Promise.race([new Promise<ReadersReport>((resolve) => child.on('message', (message: FromReaders) => message.type === 'report' && resolve(message.report))), exited]);
    const ready = new Promise<void>((resolve) => child.on('message', (message: FromReaders) => message.type === 'asking' && resolve()));
    // Whichever way it ends, the failure is seen where the report or the readiness is awaited.
    report.catch(() => {});
    asking.push(Promise.race([ready, exited, sleep(60_000).then(() => Promise.reject(new Error('the readers did not all ask within 60 s')))]));
    processes.push({ child, report });
    const share = Array.from({ length: readers }, (_, id) => ({ id, locale: locales[id % locales.length]! })).filter(({ id }) => id % READER_PROCESSES === p);
    child.send({ type: 'start', plan: { edge, articleId: page.id, seq: page.seq, readers: share, deadlineAt, rampMs: RAMP_MS } } satisfies ToReaders);
  }
  await Promise.all(asking);
}

async function stopReaders(processes: ReaderProcess[]): Promise<ReadersReport[]> {
  for (const { child } of processes) if (child.connected) child.send({ type: 'stop' } satisfies ToReaders);
  return Promise.all(processes.map(({ report }) => Promise.race([report, sleep(30_000).then(() => Promise.reject(new Error('a reader process sent no report within 30 s')))])));
}

/** CPU (cores, over the window) and memory (median and peak of the samples in it) of each measured tree. */
interface Cost {
  cores: number;
  rssMedianMB: number;
  rssPeakMB: number;
}
function costOver(names: string[], from: { at: number; usage: Usage[] }, to: { at: number; usage: Usage[] }, samples: { at: number; usage: Usage[] }[]): Record<string, Cost> {
  const within = samples.filter((sample) => sample.at >= from.at && sample.at <= to.at);
  return Object.fromEntries(
    names.map((name, i) => {
      const rss = within.map((sample) => mb(sample.usage[i]!.rssBytes));
      return [name, { cores: (to.usage[i]!.cpuSeconds - from.usage[i]!.cpuSeconds) / ((to.at - from.at) / 1000), rssMedianMB: percentile(rss, 50), rssPeakMB: Math.max(...rss) }];
    }),
  );
}

mkdirSync(path.join(projectRoot, '.data'), { recursive: true });
const work = mkdtempSync(path.join(projectRoot, '.data', 'bench-live-'));
const keyPrefix = `bench-live:${randomUUID()}:`;
const purgeSecret = randomBytes(24).toString('base64url');
const { server, env } = await startDemoDatabase(work);
const instances: Instance[] = [];
let edge: Edge | undefined;
let listener: pg.Client | undefined;
const readerProcesses: ReaderProcess[] = [];
let sampler: NodeJS.Timeout | undefined;
try {
  if (process.env.BENCH_BUILD !== 'off') await runSiteCommand(['build'], env);
  const actions = liveDeskActionIds(projectRoot);
  const edgePort = await freePort();
  const instanceEnv = { ...env, REDIS_URL: TEST_REDIS_URL, REDIS_KEY_PREFIX: keyPrefix, ...behindTheEdge(`http://127.0.0.1:${edgePort}`, purgeSecret) };
  instances.push(await startInstance(instanceEnv), await startInstance(instanceEnv));
  await Promise.all(instances.map((instance) => untilReady(instance)));
  // The instances derive the demo covers' variants after their start; no measurement counts that work.
  await untilCoverVariantsDerived(env.NEWSROOM_MEDIA_DIR, 600_000, () => instances.every((instance) => instance.process.exitCode === null));
  edge = await startEdge({ port: edgePort, origins: instances.map((instance) => instance.origin), purgeSecret });

  process.env.DATABASE_URL = env.DATABASE_URL;
  const page = await findLivePage();
  const editor = await createEditor();
  const { getDb } = await import('@/lib/db/client');
  await getDb().destroy();
  const desk = new LiveDesk(edge.url, await signIn(edge.url, editor.email, editor.password), actions, page.id);

  // The moment each change is announced, heard as the instances hear it: on a connection of its own, LISTENing.
  const announcedAt = new Map<number, number>();
  listener = new pg.Client({ connectionString: env.DATABASE_URL });
  listener.on('error', (error) => log(`the benchmark's LISTEN connection failed: ${error.message}`));
  listener.on('notification', ({ channel, payload }) => {
    const notice = channel === LIVE_CHANGES_CHANNEL ? parseLiveNotice(payload) : null;
    if (notice?.articleId === page.id && !announcedAt.has(notice.seq)) announcedAt.set(notice.seq, now());
  });
  await listener.connect();
  await listener.query(`listen ${LIVE_CHANGES_CHANNEL}`);

  const plan = planEntries(ENTRIES);
  const runMs = RAMP_MS + WAIT_MS + ENTRIES * EVERY_MS + SETTLE_MS;
  log(`${readers} readers of live page ${page.id} through the edge (${READER_PROCESSES} processes); ${ENTRIES} entries after ${WAIT_MS / 1000} s, one every ${EVERY_MS / 1000} s; about ${Math.round(runMs / 1000)} s`);
  await startReaders(readerProcesses, edge.url, page, now() + MAX_RUN_MS);

  const names = ['edge', 'origin 1', 'origin 2', 'readers'];
  const roots = [edge.process.pid!, ...instances.map((instance) => instance.process.pid!)];
  const measure = () => {
    const usage = usageOfTrees([...roots, ...readerProcesses.map(({ child }) => child.pid!)]);
    const ofReaders = usage.slice(roots.length).reduce((sum, u) => ({ cpuSeconds: sum.cpuSeconds + u.cpuSeconds, rssBytes: sum.rssBytes + u.rssBytes }), { cpuSeconds: 0, rssBytes: 0 });
    return { at: now(), usage: [...usage.slice(0, roots.length), ofReaders] };
  };
  const samples: ReturnType<typeof measure>[] = [];
  sampler = setInterval(() => samples.push(measure()), 1_000);
  const loads: string[] = [load()];

  // Readers wait.
  const waitFrom = measure();
  const edgeAtWait = edgeCounters(edge);
  await sleep(WAIT_MS);
  const waitTo = measure();
  const edgeAtPosting = edgeCounters(edge);
  loads.push(load());

  // The editor posts.
  const postingFrom = measure();
  // Entries go out on time even when a write takes longer than the interval (several editors at the desk), a few at once.
  let posted = 0;
  const making: Promise<void>[] = [];
  const failed: unknown[] = [];
  for (const [n, entry] of plan.entries()) {
    if (making.length >= MAX_ENTRIES_AT_ONCE) await making.shift();
    if (now() - postingFrom.at > POSTING_BUDGET_MS) break;
    await sleep(Math.max(0, postingFrom.at + n * EVERY_MS - now()));
    making.push(desk.make(n, entry, DRAFT_MS).catch((error: unknown) => void failed.push(error)));
    posted += 1;
  }
  await Promise.all(making);
  if (failed.length) throw failed[0];
  const postingTo = measure();
  loads.push(load());
  await sleep(SETTLE_MS);
  const settled = measure();
  const edgeAtEnd = edgeCounters(edge);
  loads.push(load());
  clearInterval(sampler);

  const reports = await stopReaders(readerProcesses);
  const readerLogs: ReaderLog[] = reports.flatMap((report) => report.readers);
  const statuses: Record<string, number> = {};
  for (const report of reports) for (const [status, n] of Object.entries(report.statuses)) statuses[status] = (statuses[status] ?? 0) + n;
  const anomalies = readerLogs.flatMap((reader) => reader.anomalies.map((anomaly) => `reader ${reader.id} (${reader.locale}): ${anomaly}`));

  // What reached each reader, per language and overall.
  const byLocale = Object.fromEntries(locales.map((locale) => [locale, deliveries(desk.publications, announcedAt, readerLogs.filter((reader) => reader.locale === locale))])) as Record<Locale, Deliveries>;
  const all = deliveries(desk.publications, announcedAt, readerLogs);
  const unannounced = desk.publications.filter((publication) => !announcedAt.has(publication.seq)).length;

  // What reached the origins: their request logs, one line a request.
  const originRequests = instances.flatMap((instance) => liveRequestsInLog(instance.log.join('')));
  const whileWaiting = countOriginRequests(originRequests, waitFrom.at, waitTo.at);
  const whilePosting = countOriginRequests(originRequests, postingFrom.at, settled.at);
  const publications = desk.publications.length;
  const perPublication = whilePosting.requests / publications;
  const edgeWaiting = difference(edgeAtPosting, edgeAtWait);
  const edgePosting = difference(edgeAtEnd, edgeAtPosting);

  const costWaiting = costOver(names, waitFrom, waitTo, samples);
  const costPosting = costOver(names, postingFrom, settled, samples);
  const wrong = { duplicates: all.duplicates, wrongLanguage: all.wrongLanguage, outOfOrder: all.outOfOrder, early: all.early, missing: all.missing, anomalies: anomalies.length };
  const correct = Object.values(wrong).every((n) => n === 0);

  const f0 = (n: number) => (Number.isFinite(n) ? n.toFixed(0) : '–');
  const row = (label: string, cells: string[], target = '') => console.log(`${label.padEnd(34)}${cells.map((cell) => cell.padStart(10)).join('')}  ${target}`);
  const met = (ok: boolean) => (ok ? 'met' : 'MISSED');
  const postingSeconds = (postingTo.at - postingFrom.at) / 1000;
  console.log(`\nbench:live, ${readers} readers, ${posted} of ${ENTRIES} entries (${publications} publications) posted in ${postingSeconds.toFixed(1)} s, load ${loads.join(' → ')}`);
  row('publish → reader', [...locales, 'all']);
  const columns = [...locales.map((locale) => byLocale[locale]), all];
  row('  received / expected', columns.map((d) => `${d.received}/${d.expected}`));
  row('  p50 from commit, ms', columns.map((d) => f0(d.fromCommit.p50Ms)));
  row('  p95 from commit, ms', columns.map((d) => f0(d.fromCommit.p95Ms)), `target ≤ ${TARGET.p95Ms}: ${met(all.fromCommit.p95Ms <= TARGET.p95Ms)}`);
  row('  max from commit, ms', columns.map((d) => f0(d.fromCommit.maxMs)), `target ≤ ${TARGET.maxMs}: ${met(all.fromCommit.maxMs <= TARGET.maxMs)}`);
  row('  first reader, p50 / max, ms', columns.map((d) => `${f0(d.firstReader.p50Ms)}/${f0(d.firstReader.maxMs)}`));
  row('  first to last reader, p50 / max, ms', columns.map((d) => `${f0(d.fanOut.p50Ms)}/${f0(d.fanOut.maxMs)}`));
  row("  p95 from editor's request, ms", columns.map((d) => f0(d.fromRequest.p95Ms)));
  row("  max from editor's request, ms", columns.map((d) => f0(d.fromRequest.maxMs)));
  console.log(`the desk's writes: ${desk.durations.length} answered, p50 ${f0(percentile(desk.durations, 50))} ms, max ${f0(Math.max(...desk.durations))} ms (${desk.writes} sent)`);
  console.log('origin requests for /live/ (the instances\' logs)');
  row('  while readers wait (23 s)', [String(whileWaiting.requests)], JSON.stringify(whileWaiting.byStatus));
  row('  while posting and after', [String(whilePosting.requests)], JSON.stringify(whilePosting.byStatus));
  row('  per publication', [perPublication.toFixed(2)], `target ≤ ${TARGET.originPerPublication}: ${met(perPublication <= TARGET.originPerPublication)} (${(whilePosting.requests / posted).toFixed(2)} per entry)`);
  row('  most for one URL; beyond one a hold', [String(Math.max(whileWaiting.mostForOneUrl, whilePosting.mostForOneUrl)), String(whileWaiting.beyondOneAHold + whilePosting.beyondOneAHold)]);
  console.log(`edge counters while waiting ${JSON.stringify(edgeWaiting)}`);
  console.log(`edge counters while posting ${JSON.stringify(edgePosting)} (backend requests include the desk's ${desk.writes} writes)`);
  row('cost', ['CPU cores', 'RSS MB', 'peak MB']);
  for (const name of names) row(`  ${name} while readers wait`, [costWaiting[name]!.cores.toFixed(3), f0(costWaiting[name]!.rssMedianMB), f0(costWaiting[name]!.rssPeakMB)]);
  for (const name of names) row(`  ${name} while posting`, [costPosting[name]!.cores.toFixed(3), f0(costPosting[name]!.rssMedianMB), f0(costPosting[name]!.rssPeakMB)]);
  const longestMs = Math.max(...reports.map((report) => report.longestMs));
  const longerThanAHold = reports.reduce((sum, report) => sum + report.longerThanAHold, 0);
  console.log(`readers' answers ${JSON.stringify(statuses)}; ${longerThanAHold} waited longer than a hold (the longest ${(longestMs / 1000).toFixed(1)} s); changes never announced: ${unannounced}`);
  console.log(`correctness ${JSON.stringify(wrong)}: ${correct ? 'every reader got each entry of its language once, in order, after its publication' : 'VIOLATED'}`);
  for (const anomaly of anomalies.slice(0, 10)) console.log(`  ${anomaly}`);

  const readersLabel = readers.toLocaleString('en');
  saveBenchmark({
    benchmark: 'live',
    title: 'Live coverage: entries to readers through the edge',
    command: readers === DEFAULT_READERS ? 'npm run bench:live' : `LIVE_READERS=${readers} npm run bench:live`,
    about: `${readersLabel} simulated readers (a third per language, in ${READER_PROCESSES} Node processes) hold the demo live page open through the edge (Varnish) in front of two instances sharing Redis, each asking GET /live/{locale}/{article}/{seq} as a reader's page does. They first wait ${WAIT_MS / 1000} s (one hold times out), then an editor posts ${posted} entries ${EVERY_MS / 1000} s apart through the live desk's server actions: in all three languages, in one only, or as a draft published a second later (${publications} publications). Times run from the change's NOTIFY, as the instances hear it; origin requests are counted in the instances' own request log. Readers, edge, instances, Redis and PostgreSQL share the machine.`,
    findings: [
      `Publish to reader (${all.received.toLocaleString('en')} deliveries): p50 ${f0(all.fromCommit.p50Ms)} ms, p95 ${f0(all.fromCommit.p95Ms)} ms, max ${f0(all.fromCommit.maxMs)} ms; targets p95 ≤ ${TARGET.p95Ms} ms and max ≤ ${TARGET.maxMs} ms: ${all.fromCommit.p95Ms <= TARGET.p95Ms && all.fromCommit.maxMs <= TARGET.maxMs ? 'met' : 'missed'}. Per language p95: ${locales.map((l) => `${l} ${f0(byLocale[l].fromCommit.p95Ms)} ms`).join(', ')}. From the editor's request: p95 ${f0(all.fromRequest.p95Ms)} ms, max ${f0(all.fromRequest.maxMs)} ms.`,
      `The origins got ${whilePosting.requests} requests for live changes while ${publications} publications reached ${readersLabel} readers: ${perPublication.toFixed(2)} a publication (${(whilePosting.requests / posted).toFixed(2)} an entry); target ≤ ${TARGET.originPerPublication}: ${perPublication <= TARGET.originPerPublication ? 'met' : 'missed'}. While readers only waited, ${whileWaiting.requests} in ${WAIT_MS / 1000} s. At most ${Math.max(whileWaiting.mostForOneUrl, whilePosting.mostForOneUrl)} requests for one URL, ${whileWaiting.beyondOneAHold + whilePosting.beyondOneAHold} beyond one a hold.`,
      `While readers wait, the edge spends ${costWaiting.edge!.cores.toFixed(3)} cores and holds ${f0(costWaiting.edge!.rssMedianMB)} MB; the origins ${costWaiting['origin 1']!.cores.toFixed(3)} and ${costWaiting['origin 2']!.cores.toFixed(3)} cores, ${f0(costWaiting['origin 1']!.rssMedianMB)} and ${f0(costWaiting['origin 2']!.rssMedianMB)} MB. While posting: edge ${costPosting.edge!.cores.toFixed(3)} cores, origins ${costPosting['origin 1']!.cores.toFixed(3)} and ${costPosting['origin 2']!.cores.toFixed(3)} (the desk's writes, page refreshes and renders included); the readers' own processes ${costPosting.readers!.cores.toFixed(2)}.`,
      correct
        ? `Every reader got every entry of its language once, in order, none before its publication and none of another language (${all.received.toLocaleString('en')} of ${all.expected.toLocaleString('en')}).`
        : `Not every reader got what it should: ${JSON.stringify(wrong)}.`,
    ],
    charts: [
      {
        title: 'Publish to reader, p95',
        unit: 'ms',
        better: 'lower',
        target: TARGET.p95Ms,
        bars: [...locales.map((locale) => ({ label: locale, value: byLocale[locale].fromCommit.p95Ms })), { label: 'all', value: all.fromCommit.p95Ms }],
      },
      { title: 'Publish to reader, max', unit: 'ms', better: 'lower', target: TARGET.maxMs, bars: [{ label: 'all', value: all.fromCommit.maxMs }] },
      { title: 'Origin requests a publication', unit: 'requests', better: 'lower', target: TARGET.originPerPublication, bars: [{ label: 'measured', value: perPublication }] },
      { title: 'CPU while readers wait', unit: 'cores', better: 'lower', bars: names.slice(0, 3).map((name) => ({ label: name, value: costWaiting[name]!.cores })) },
    ],
    results: {
      readers,
      entries: posted,
      deskWrites: { count: desk.writes, p50Ms: percentile(desk.durations, 50), maxMs: Math.max(...desk.durations) },
      publications,
      postingSeconds,
      loads,
      deliveries: { all, ...byLocale },
      unannounced,
      originRequests: { whileWaiting, whilePosting, perPublication, perEntry: whilePosting.requests / posted },
      edgeCounters: { whileWaiting: edgeWaiting, whilePosting: edgePosting, deskWrites: desk.writes },
      cost: { whileWaiting: costWaiting, whilePosting: costPosting },
      readerAnswers: statuses,
      readerRequests: { longestMs, longerThanAHold },
      anomalies: anomalies.slice(0, 50),
      readerCpuSeconds: reports.reduce((sum, report) => sum + report.cpuSeconds, 0),
      machineLoad: os.loadavg(),
    },
  });
} finally {
  clearInterval(sampler);
  const running = readerProcesses.map(({ child }) => child).filter((child) => child.exitCode === null && child.signalCode === null);
  for (const child of running) child.kill('SIGKILL');
  await Promise.all(running.map((child) => once(child, 'exit')));
  await listener?.end().catch(() => {});
  await edge?.stop();
  await Promise.all(instances.map((instance) => stopInstance(instance, 3_000)));
  await deleteKeysUnder(keyPrefix, TEST_REDIS_URL);
  await server.stop();
  rmSync(work, { recursive: true, force: true });
}
process.exit(0);
