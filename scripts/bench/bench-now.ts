/**
 * `npm run bench:now`: the "now" board under load, in the production topology on one machine: a fresh embedded
 * PostgreSQL with the demo content, two instances of the built site sharing one Redis, behind the edge (Varnish).
 * - 5,000 distinct simulated readers (each its own address, as the edge reports it, and user agent; a third per
 *   language) send the beacon for 60 s, bounded, at the origins (two wrk, one thread and 16 connections each, one per
 *   instance: through the edge, its readiness probe takes a saturated instance out, which measures the probe): its
 *   throughput, p50 and p99, and the CPU the two instances spend on it;
 * - meanwhile an editor's board asks GET /api/admin/now every 250 ms: its p50 and p95;
 * - afterwards, the readers now per language on the board against the readers the run sent.
 * Builds into .next first unless BENCH_BUILD=off (then `npm run build` must have been run). Writes benchmarks/now.json
 * and .svg. Needs wrk, varnishd and a Redis (TEST_REDIS_URL, else 127.0.0.1:6379; its keys under a prefix of its own).
 */
import { spawn, spawnSync } from 'node:child_process';
import { once } from 'node:events';
import { randomBytes, randomUUID } from 'node:crypto';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { locales } from '@/lib/i18n/locales';
import { TEST_REDIS_URL } from '../../test/redis';
import { deleteKeysUnder } from '../../test/redis-keys';
import { log, projectRoot, startDemoDatabase } from '../database';
import { startEdge } from '../edge-server';
import { behindTheEdge, runSiteCommand, startInstance, stopInstance, untilReady, type Instance } from '../instances';
import { untilCoverVariantsDerived } from '../cover-variants';
import { freePort } from '../../test/free-port';
import { saveBenchmark } from './bench-results';
import { signIn } from './sign-in';
import { needEdgeAndRedis } from './needs';

const READERS = 5_000;
const SECONDS = 60;
/** Connections per instance: a bounded load, two wrk processes, one at each instance. */
const CONNECTIONS = 16;
const BOARD_EVERY_MS = 250;
const TARGET_RPS = 5_000;

if (spawnSync('sh', ['-c', 'command -v wrk']).status !== 0) {
  console.error('bench:now needs wrk: sudo apt-get install -y wrk');
  process.exit(1);
}
await needEdgeAndRedis();

const percentile = (values: number[], p: number) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))] ?? NaN;
};

/** CPU seconds (user + system) spent so far by every process of an instance's process group. */
function cpuSecondsOf(instance: Instance): number {
  const group = instance.process.pid!;
  let ticks = 0;
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      // The command name may hold spaces and parentheses: the fields start after its last ')'.
      const fields = readFileSync(`/proc/${entry}/stat`, 'utf8').replace(/^.*\) /s, '').split(' ');
      if (Number(fields[2]) === group) ticks += Number(fields[11]) + Number(fields[12]);
    } catch {
      // A process that ended meanwhile.
    }
  }
  return ticks / 100;
}

/** The wrk script: request i is reader i mod 5,000, who reads one of the stories in the reader's language. */
function wrkScript(articles: number[], offset: number): string {
  return `
local n = ${offset}
local locales = { ${locales.map((l) => `"${l}"`).join(', ')} }
local articles = { ${articles.join(', ')} }
request = function()
  local r = n % ${READERS}
  n = n + 1
  local locale = locales[(r % #locales) + 1]
  local article = articles[(r % #articles) + 1]
  local address = "10." .. (math.floor(r / 65536) % 256) .. "." .. (math.floor(r / 256) % 256) .. "." .. (r % 256)
  local engaged = (n % 2 == 0) and "15" or "0"
  local headers = { ["User-Agent"] = "Mozilla/5.0 (X11; Linux x86_64) bench-reader-" .. r, ["X-Forwarded-For"] = address, ["Content-Length"] = "0" }
  return wrk.format("POST", "/api/now?p=/" .. locale .. "/news/" .. article .. "&r=t.me&e=" .. engaged, headers, nil)
end
`;
}

function parseWrk(out: string): { requests: number; rps: number; p50Ms: number; p99Ms: number; errors: number } {
  const ms = (value: string, unit: string) => Number(value) * (unit === 's' ? 1000 : unit === 'us' ? 0.001 : 1);
  const latency = (p: string) => {
    const match = new RegExp(`^\\s*${p}%\\s+([\\d.]+)(us|ms|s)`, 'm').exec(out);
    return match ? ms(match[1]!, match[2]!) : NaN;
  };
  const requests = Number(/(\d+) requests in/.exec(out)?.[1] ?? NaN);
  const errors = Number(/Non-2xx or 3xx responses: (\d+)/.exec(out)?.[1] ?? 0) + Number(/Socket errors: connect (\d+), read (\d+), write (\d+), timeout (\d+)/.exec(out)?.slice(1).reduce((a, b) => a + Number(b), 0) ?? 0);
  return { requests, rps: Number(/Requests\/sec:\s+([\d.]+)/.exec(out)?.[1] ?? NaN), p50Ms: latency('50'), p99Ms: latency('99'), errors };
}

mkdirSync(path.join(projectRoot, '.data'), { recursive: true });
const work = mkdtempSync(path.join(projectRoot, '.data', 'bench-now-'));
const keyPrefix = `bench-now:${randomUUID()}:`;
const purgeSecret = randomBytes(24).toString('base64url');
const { server, env } = await startDemoDatabase(work);
const instances: Instance[] = [];
let stopEdge: (() => Promise<void>) | undefined;
try {
  if (process.env.BENCH_BUILD !== 'off') await runSiteCommand(['build'], env);
  const edgePort = await freePort();
  const instanceEnv = { ...env, REDIS_URL: TEST_REDIS_URL, REDIS_KEY_PREFIX: keyPrefix, ...behindTheEdge(`http://127.0.0.1:${edgePort}`, purgeSecret) };
  instances.push(await startInstance(instanceEnv), await startInstance(instanceEnv));
  await Promise.all(instances.map((instance) => untilReady(instance)));
  // The instances derive the demo covers' variants after their start; the beacon's CPU must not include the encoders'.
  const variants = await untilCoverVariantsDerived(env.NEWSROOM_MEDIA_DIR, 600_000, () => instances.every((instance) => instance.process.exitCode === null));
  log(`${variants} variants of the demo covers derived by the instances`);
  const edge = await startEdge({ port: edgePort, origins: instances.map((instance) => instance.origin), purgeSecret });
  stopEdge = () => edge.stop();
  const origin = `http://127.0.0.1:${edgePort}`;

  // An editor of the benchmark's own, and the stories readers read.
  process.env.DATABASE_URL = env.DATABASE_URL;
  const { getDb } = await import('@/lib/db/client');
  const { createUser, newUserSchema } = await import('@/lib/auth/accounts');
  const email = `bench-now-${randomUUID()}@anews.test`;
  await createUser(getDb(), newUserSchema.parse({ email, name: 'Bench editor', role: 'editor', password: 'bench-now-password' }));
  const stories = await getDb()
    .selectFrom('article_translations')
    .select('article_id')
    .where('status', '=', 'published')
    .groupBy('article_id')
    .having((eb) => eb.fn.count('locale'), '=', locales.length)
    .orderBy('article_id')
    .limit(6)
    .execute();
  const articles = stories.map((row) => row.article_id);
  await getDb().destroy();
  const cookie = await signIn(origin, email, 'bench-now-password');

  // Each instance gets every reader, starting half-way round from the other: readers come back to either.
  const scripts = instances.map((_, i) => {
    const file = path.join(work, `readers-${i}.lua`);
    writeFileSync(file, wrkScript(articles, (i * READERS) / instances.length));
    return file;
  });
  log(`${READERS} readers for ${SECONDS} s at the two instances (wrk -t1 -c${CONNECTIONS} each), the board every ${BOARD_EVERY_MS} ms`);

  const board: number[] = [];
  let boardFailures = 0;
  let running = true;
  const boardLoop = (async () => {
    while (running) {
      const started = performance.now();
      const response = await fetch(`${instances[0]!.origin}/api/admin/now`, { headers: { cookie } });
      await response.arrayBuffer();
      if (response.ok) board.push(performance.now() - started);
      else boardFailures += 1;
      await new Promise((resolve) => setTimeout(resolve, BOARD_EVERY_MS));
    }
  })();

  const cpuBefore = instances.map(cpuSecondsOf);
  const wallStarted = performance.now();
  // Not spawnSync: the board's loop runs in this process meanwhile.
  const runs = await Promise.all(
    instances.map(async (instance, i) => {
      const wrk = spawn('wrk', ['-t1', `-c${CONNECTIONS}`, `-d${SECONDS}s`, '--latency', '-s', scripts[i]!, instance.origin], { stdio: ['ignore', 'pipe', 'pipe'] });
      const run = { stdout: '', stderr: '' };
      wrk.stdout.on('data', (chunk: Buffer) => (run.stdout += chunk.toString()));
      wrk.stderr.on('data', (chunk: Buffer) => (run.stderr += chunk.toString()));
      await once(wrk, 'exit');
      return run;
    }),
  );
  const wallSeconds = (performance.now() - wallStarted) / 1000;
  const cpuSeconds = instances.map((instance, i) => cpuSecondsOf(instance) - cpuBefore[i]!).reduce((a, b) => a + b, 0);
  running = false;
  await boardLoop;
  const perInstance = runs.map((run) => {
    console.log(run.stdout.trim());
    const figures = parseWrk(run.stdout);
    if (!Number.isFinite(figures.rps)) throw new Error(`could not read wrk's output:\n${run.stdout}${run.stderr}`);
    return figures;
  });
  // Throughput adds up; the latencies are the worse instance's.
  const beacon = {
    requests: perInstance.reduce((sum, f) => sum + f.requests, 0),
    rps: perInstance.reduce((sum, f) => sum + f.rps, 0),
    p50Ms: Math.max(...perInstance.map((f) => f.p50Ms)),
    p99Ms: Math.max(...perInstance.map((f) => f.p99Ms)),
    errors: perInstance.reduce((sum, f) => sum + f.errors, 0),
  };

  // The batches reach Redis within a second, later on a starved machine: ask (the other instance than the board's
  // loop: both see the one picture) until two answers 2 s apart agree, for at most 30 s.
  type Answer = { readers: { total: number; byLocale: Record<string, number> } };
  let final: Answer | undefined;
  let previous = -1;
  for (let attempt = 0; attempt < 15; attempt++) {
    await new Promise((resolve) => setTimeout(resolve, 2_000));
    const response = await fetch(`${instances[1]!.origin}/api/admin/now`, { headers: { cookie } });
    if (!response.ok) continue;
    final = (await response.json()) as Answer;
    if (final.readers.total === previous) break;
    previous = final.readers.total;
  }
  if (!final) throw new Error('the board did not answer within 30 s of the run');
  // Reader r reads in locales[r % 3]; wrk i sends readers from its offset on in turn. A request still in flight when
  // wrk stops (16 per instance) may be counted without being in wrk's count: the figure is within that.
  const reached = new Set<number>();
  perInstance.forEach((f, i) => {
    for (let k = 0; k < Math.min(f.requests, READERS); k++) reached.add(((i * READERS) / instances.length + k) % READERS);
  });
  const sent = Object.fromEntries(locales.map((l, i) => [l, [...reached].filter((r) => r % locales.length === i).length]));
  const errorPercent = Object.fromEntries(locales.map((l) => [l, sent[l] ? (Math.abs(final.readers.byLocale[l]! - sent[l]!) / sent[l]!) * 100 : 0]));
  const worstError = Math.max(...Object.values(errorPercent));
  const boardP95 = percentile(board, 95);
  const cores = cpuSeconds / wallSeconds;

  console.log(`beacon at the two instances: ${beacon.rps.toFixed(0)} req/s, p50 ${beacon.p50Ms.toFixed(1)} ms, p99 ${beacon.p99Ms.toFixed(1)} ms, ${beacon.requests} requests, ${beacon.errors} errors`);
  console.log(`the two instances spent ${cpuSeconds.toFixed(1)} CPU s in ${wallSeconds.toFixed(0)} s (${cores.toFixed(2)} cores), ${((cpuSeconds * 1000) / beacon.requests).toFixed(2)} CPU ms a beacon`);
  console.log(`the board: ${board.length} answers, p50 ${percentile(board, 50).toFixed(1)} ms, p95 ${boardP95.toFixed(1)} ms, ${boardFailures} failures`);
  console.log(`readers now per language: ${locales.map((l) => `${l} ${final.readers.byLocale[l]} of ${sent[l]}`).join(', ')} (worst ${worstError.toFixed(2)} % off)`);

  saveBenchmark({
    benchmark: 'now',
    title: 'The now board under load',
    command: 'npm run bench:now',
    about: `${READERS.toLocaleString('en')} distinct simulated readers (a third per language) send the "now" beacon for ${SECONDS} s to two instances sharing Redis behind the edge, straight at the origins (two wrk, one thread and ${CONNECTIONS} connections each, one per instance; the edge passes the beacon as it is, e2e/now-board.spec.ts), while an editor's board asks GET /api/admin/now every ${BOARD_EVERY_MS} ms; then the board's readers per language against those sent. Load generator, edge, instances, Redis and PostgreSQL share the machine.`,
    findings: [
      `The beacon holds ${beacon.rps.toFixed(0)} req/s at the two origins together (p50 ${beacon.p50Ms.toFixed(1)} ms, p99 ${beacon.p99Ms.toFixed(1)} ms, ${beacon.errors} errors); target ≥ ${TARGET_RPS.toLocaleString('en')} req/s and p99 ≤ 20 ms: ${beacon.rps >= TARGET_RPS && beacon.p99Ms <= 20 ? 'met' : 'missed'}.`,
      `The two instances spend ${cores.toFixed(2)} cores on it, ${((cpuSeconds * 1000) / beacon.requests).toFixed(2)} ms of CPU a beacon.`,
      `The board answers in ${percentile(board, 50).toFixed(1)} ms p50, ${boardP95.toFixed(1)} ms p95 meanwhile (${board.length} answers); target p95 ≤ 50 ms: ${boardP95 <= 50 ? 'met' : 'missed'}.`,
      `Readers now per language: ${locales.map((l) => `${final.readers.byLocale[l]} of ${sent[l]} (${l})`).join(', ')}; at most ${worstError.toFixed(2)} % off, target ≤ 1 %: ${worstError <= 1 ? 'met' : 'missed'}.`,
    ],
    charts: [
      { title: 'The beacon at the two origins', unit: 'req/s', better: 'higher', bars: [{ label: 'measured', value: beacon.rps }, { label: 'target', value: TARGET_RPS }] },
      {
        title: 'Latency under the load',
        unit: 'ms',
        better: 'lower',
        bars: [
          { label: 'beacon p50', value: beacon.p50Ms },
          { label: 'beacon p99', value: beacon.p99Ms },
          { label: 'board p95', value: boardP95 },
        ],
      },
    ],
    results: { readers: READERS, seconds: SECONDS, connectionsPerInstance: CONNECTIONS, beacon, perInstance, cpuSeconds, cores, board: { answers: board.length, failures: boardFailures, p50Ms: percentile(board, 50), p95Ms: boardP95 }, sent, counted: final.readers.byLocale, errorPercent },
  });
} finally {
  await stopEdge?.();
  await Promise.all(instances.map((instance) => stopInstance(instance, 3_000)));
  await deleteKeysUnder(keyPrefix, TEST_REDIS_URL);
  await server.stop();
  rmSync(work, { recursive: true, force: true });
}
process.exit(0);
