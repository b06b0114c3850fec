/**
 * `npm run bench:serve [-- <site url>]`: how fast the seed article is served, in one run, by three servers under the
 * same load (wrk, one thread, 32 connections, gzip accepted): nginx serving the article's saved bytes with
 * gzip_static (the limit, a worker per core; and with one worker), bare `next start`, and the edge cache (Varnish,
 * deploy/varnish/) in front of it. Rounds
 * alternate between the three, so a busy machine slows all of them alike; medians are reported, with the ratios.
 * Needs a running site (default http://127.0.0.1:3000), wrk, nginx and varnishd. Writes benchmarks/serve.json and .svg.
 */
import { randomBytes } from 'node:crypto';
import { spawn, spawnSync } from 'node:child_process';
import http from 'node:http';
import { chmodSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { freePort } from '../../test/free-port';
import { startEdge } from '../edge-server';
import { saveBenchmark } from './bench-results';

const site = (process.argv[2] ?? 'http://127.0.0.1:3000').replace(/\/$/, '');
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3);
const SECONDS = Number(process.env.BENCH_SECONDS ?? 8);

for (const tool of ['wrk', 'nginx']) {
  if (spawnSync('sh', ['-c', `command -v ${tool}`]).status !== 0) {
    console.error(`bench:serve needs ${tool}: sudo apt-get install -y wrk nginx-light`);
    process.exit(1);
  }
}

interface Run {
  requestsPerSecond: number;
  p50Ms: number;
  p99Ms: number;
}

const toMs = (value: string, unit: string) => Number(value) * ({ us: 0.001, ms: 1, s: 1_000 } as Record<string, number>)[unit]!;

function wrk(url: string): Run {
  const result = spawnSync('wrk', ['-t1', '-c32', `-d${SECONDS}s`, '--latency', '-H', 'Accept-Encoding: gzip', url], { encoding: 'utf8' });
  const out = result.stdout;
  const rps = /Requests\/sec:\s+([\d.]+)/.exec(out);
  const p50 = /\s50%\s+([\d.]+)(us|ms|s)/.exec(out);
  const p99 = /\s99%\s+([\d.]+)(us|ms|s)/.exec(out);
  const errors = /Non-2xx or 3xx responses: (\d+)|Socket errors: .*/.exec(out);
  if (!rps || !p50 || !p99) throw new Error(`could not read wrk's output for ${url}:\n${out}${result.stderr}`);
  if (errors) console.warn(`  ${url}: ${errors[0]}`);
  return { requestsPerSecond: Number(rps[1]), p50Ms: toMs(p50[1]!, p50[2]!), p99Ms: toMs(p99[1]!, p99[2]!) };
}

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
};

// The seed article (demo article 1) at its canonical URL.
const canonical = await fetch(`${site}/ru/news/1`, { redirect: 'manual' });
// Next 16 may send the Location header twice on the render that first caches a 308.
const articlePath = canonical.headers.get('location')?.split(',')[0]?.trim() ?? '/ru/news/1';
const work = mkdtempSync(path.join(tmpdir(), 'newsroom-bench-serve-'));
// nginx's workers run as an unprivileged user and must read the page.
chmodSync(work, 0o755);
const edgePort = await freePort();
// Nothing here purges it.
const edge = await startEdge({ port: edgePort, origins: [site], purgeSecret: randomBytes(24).toString('base64url') });
const nginxes: ReturnType<typeof spawn>[] = [];
try {
  // What a reader gets from the edge (fragments included) is what nginx serves, compressed once, as gzip_static does.
  const page = Buffer.from(await (await fetch(`${edge.url}${articlePath}`)).arrayBuffer());
  writeFileSync(path.join(work, 'article.html'), page);
  writeFileSync(path.join(work, 'article.html.gz'), gzipSync(page, { level: 9 }));
  // nginx with a worker per core is the limit; with one worker, as DESIGN.md's first figures were taken, a reference.
  const startNginx = async (workers: 'auto' | '1') => {
    const port = await freePort();
    const conf = path.join(work, `nginx-${workers}.conf`);
    writeFileSync(
      conf,
      `daemon off; worker_processes ${workers}; pid ${work}/nginx-${workers}.pid; error_log ${work}/error-${workers}.log;
events { worker_connections 1024; }
http { access_log off; sendfile on; tcp_nopush on; keepalive_requests 100000; gzip_static on; types { text/html html; }
  client_body_temp_path ${work}/body; proxy_temp_path ${work}/proxy; fastcgi_temp_path ${work}/fcgi; uwsgi_temp_path ${work}/uwsgi; scgi_temp_path ${work}/scgi;
  server { listen 127.0.0.1:${port}; root ${work}; } }\n`,
    );
    nginxes.push(spawn('nginx', ['-c', conf, '-p', work], { stdio: 'ignore' }));
    const url = `http://127.0.0.1:${port}/article.html`;
    for (let i = 0; i < 50 && !(await fetch(url).then((r) => r.ok, () => false)); i++) await new Promise((resolve) => setTimeout(resolve, 100));
    return url;
  };
  const targets = { nginx: await startNginx('auto'), nginx1: await startNginx('1'), next: `${site}${articlePath}`, edge: `${edge.url}${articlePath}` };
  // The bytes on the wire, as wrk gets them (fetch would unpack them).
  const wireSize = (url: string) =>
    new Promise<{ encoding: string | null; bytes: number }>((resolve, reject) => {
      http.get(url, { headers: { 'accept-encoding': 'gzip' } }, (response) => {
        let bytes = 0;
        response.on('data', (chunk: Buffer) => (bytes += chunk.byteLength));
        response.on('end', () => resolve({ encoding: response.headers['content-encoding'] ?? null, bytes }));
      }).on('error', reject);
    });
  const sizes = Object.fromEntries(await Promise.all(Object.entries(targets).map(async ([name, url]) => [name, await wireSize(url)])));
  console.log(`seed article ${articlePath}: ${page.byteLength} bytes of HTML, ${sizes.edge?.bytes} gzipped; ${ROUNDS} rounds of ${SECONDS} s each, wrk -t1 -c32, gzip accepted`);
  const runs: Record<keyof typeof targets, Run[]> = { nginx: [], nginx1: [], next: [], edge: [] };
  for (let round = 1; round <= ROUNDS; round++) {
    for (const name of Object.keys(targets) as (keyof typeof targets)[]) {
      const run = wrk(targets[name]);
      runs[name].push(run);
      console.log(`  round ${round} ${name.padEnd(6)} ${run.requestsPerSecond.toFixed(0).padStart(7)} req/s  p50 ${run.p50Ms.toFixed(2)} ms  p99 ${run.p99Ms.toFixed(2)} ms`);
    }
  }
  const summary = Object.fromEntries(
    Object.entries(runs).map(([name, list]) => [
      name,
      { requestsPerSecond: median(list.map((r) => r.requestsPerSecond)), p50Ms: median(list.map((r) => r.p50Ms)), p99Ms: median(list.map((r) => r.p99Ms)) },
    ]),
  ) as Record<keyof typeof targets, Run>;
  const ratio = (name: keyof typeof targets) => summary[name].requestsPerSecond / summary.nginx.requestsPerSecond;
  console.log('\nmedians:');
  for (const name of Object.keys(summary) as (keyof typeof targets)[]) {
    const s = summary[name];
    console.log(`  ${name.padEnd(6)} ${s.requestsPerSecond.toFixed(0).padStart(7)} req/s  p50 ${s.p50Ms.toFixed(2)} ms  p99 ${s.p99Ms.toFixed(2)} ms  ${(ratio(name) * 100).toFixed(1)} % of nginx`);
  }
  const edgeToOneWorker = summary.edge.requestsPerSecond / summary.nginx1.requestsPerSecond;
  console.log(`the edge at ${(edgeToOneWorker * 100).toFixed(1)} % of nginx with one worker`);
  const target = ratio('edge') >= 0.9;
  const labels: Record<keyof typeof targets, string> = { nginx: 'nginx gzip_static', nginx1: 'nginx, one worker', edge: 'the edge (Varnish)', next: 'next start alone' };
  const findings = [
    `The edge serves the seed article at ${Math.round(summary.edge.requestsPerSecond).toLocaleString('en')} req/s (p50 ${summary.edge.p50Ms.toFixed(2)} ms, p99 ${summary.edge.p99Ms.toFixed(2)} ms): ${(ratio('edge') * 100).toFixed(0)} % of nginx serving the same bytes from a file (${Math.round(summary.nginx.requestsPerSecond).toLocaleString('en')} req/s), ${(edgeToOneWorker * 100).toFixed(0)} % of nginx with one worker; target ≥ 90 % of nginx: ${target ? 'met' : 'missed'}.`,
    `\`next start\` alone: ${summary.next.requestsPerSecond.toFixed(0)} req/s, p50 ${summary.next.p50Ms.toFixed(1)} ms; the edge is ${(summary.edge.requestsPerSecond / summary.next.requestsPerSecond).toFixed(0)}× that.`,
    `The page: ${page.byteLength.toLocaleString('en')} bytes of HTML, ${sizes.edge?.bytes.toLocaleString('en')} gzipped on the wire.`,
  ];
  console.log(`target: the edge at ≥ 90 % of nginx — ${target ? 'met' : 'missed'}`);
  const order = ['nginx', 'nginx1', 'edge', 'next'] as const;
  saveBenchmark({
    benchmark: 'serve',
    title: 'Serving the seed article',
    command: 'npm run bench:serve',
    about: `The seed article as a reader's browser gets it (gzip), served by nginx from a file (the ceiling), by the edge cache in front of \`next start\`, and by \`next start\` alone: wrk, one thread, 32 connections, ${ROUNDS} alternating rounds of ${SECONDS} s; medians of the rounds.`,
    findings,
    charts: [
      { title: 'Requests per second', unit: 'req/s', better: 'higher', target: 0.9 * summary.nginx.requestsPerSecond, bars: order.map((name) => ({ label: labels[name], value: summary[name].requestsPerSecond })) },
      { title: 'Latency p50', unit: 'ms', better: 'lower', bars: order.map((name) => ({ label: labels[name], value: summary[name].p50Ms })) },
    ],
    results: { article: articlePath, rounds: ROUNDS, seconds: SECONDS, sizes, runs, summary, edgeToNginx: ratio('edge'), edgeToNginxOneWorker: edgeToOneWorker, nextToNginx: ratio('next') },
  });
} finally {
  for (const nginx of nginxes) nginx.kill('SIGTERM');
  await edge.stop();
  rmSync(work, { recursive: true, force: true });
}
