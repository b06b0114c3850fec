/**
 * `npm run bench`: every benchmark in turn, each leaving its JSON and chart in benchmarks/ and making
 * benchmarks/BENCHMARKS.md again (scripts/bench/bench-results.ts). The ones that read a running site get one of their own:
 * a fresh embedded PostgreSQL with the demo content, built and served as `npm start` does. The others start what they
 * need themselves. It builds into .next several times: stop any `npm start` of this checkout first; the next
 * `npm start` builds again. About 50 minutes on two cores, most of it loading 100,000 articles per language three times
 * (scale, search, backup). BENCH_ONLY=serve,cache runs only those; BENCH_ARTICLES is passed on.
 */
import { spawn, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { redisAnswers, REDIS_INSTALL_HINT } from '../../test/redis';
import { findChromium, CHROMIUM_INSTALL_HINT } from '../chromium';
import { untilCoverVariantsDerived } from '../cover-variants';
import { log, projectRoot, startDemoDatabase } from '../database';
import { findVarnishd, VARNISH_INSTALL_HINT } from '../edge-server';
import { runSiteCommand, startInstance, stopInstance, untilReady } from '../instances';

/** In the order they run: those on the demo site first, then those that start their own. */
const ON_THE_SITE = ['serve', 'first-load-js', 'lighthouse', 'views'] as const;
const ON_THEIR_OWN = ['auth', 'cache', 'freshness', 'now', 'live', 'scale', 'search', 'backup'] as const;
const SCRIPTS: Record<string, string> = { 'first-load-js': 'bench:js' };
const only = process.env.BENCH_ONLY ? process.env.BENCH_ONLY.split(',').map((name) => name.trim()) : undefined;
const chosen = (name: string) => !only || only.includes(name);
const unknown = only?.filter((name) => ![...ON_THE_SITE, ...ON_THEIR_OWN].includes(name as never)) ?? [];
if (unknown.length) {
  console.error(`BENCH_ONLY names no benchmark: ${unknown.join(', ')} (there are ${[...ON_THE_SITE, ...ON_THEIR_OWN].join(', ')})`);
  process.exit(2);
}

const missing = [
  ...['wrk', 'nginx'].filter((tool) => spawnSync('sh', ['-c', `command -v ${tool}`]).status !== 0).map((tool) => `${tool}: sudo apt-get install -y wrk nginx-light`),
  ...(findVarnishd() ? [] : [VARNISH_INSTALL_HINT]),
  ...(findChromium() ? [] : [CHROMIUM_INSTALL_HINT]),
  ...((await redisAnswers()) ? [] : [REDIS_INSTALL_HINT]),
];
if (missing.length) {
  console.error(`npm run bench needs what these say:\n${missing.join('\n')}`);
  process.exit(1);
}

const ran: { name: string; seconds: number; code: number }[] = [];

/** One benchmark's own npm script, as a person would run it; its output goes straight through. */
async function bench(name: string, args: string[] = [], env: Record<string, string> = {}): Promise<void> {
  if (!chosen(name)) return;
  log(`benchmark ${name}`);
  const started = performance.now();
  const child = spawn('npm', ['run', '--silent', SCRIPTS[name] ?? `bench:${name}`, ...(args.length ? ['--', ...args] : [])], {
    cwd: projectRoot,
    env: { ...process.env, ...env },
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  const code = await new Promise<number>((resolve) => child.once('exit', (exitCode) => resolve(exitCode ?? 1)));
  ran.push({ name, seconds: (performance.now() - started) / 1000, code });
  if (code !== 0) log(`benchmark ${name} failed (exit ${code}); going on with the others`);
}

async function onTheDemoSite(): Promise<void> {
  if (!ON_THE_SITE.some(chosen)) return;
  mkdirSync(path.join(projectRoot, '.data'), { recursive: true });
  const work = mkdtempSync(path.join(projectRoot, '.data', 'bench-site-'));
  const { server: database, env: demo } = await startDemoDatabase(work);
  try {
    const env = { ...demo, RATES_IMPORT: 'off' };
    await runSiteCommand(['build'], env);
    const site = await startInstance(env);
    try {
      await untilReady(site, 120_000);
      const variants = await untilCoverVariantsDerived(env.NEWSROOM_MEDIA_DIR, 900_000, () => site.process.exitCode === null);
      log(`the demo site serves at ${site.origin}, with its covers' ${variants} variants derived`);
      for (const name of ON_THE_SITE) {
        // bench:js takes an article's address, and finds the seed article from BASE_URL; the others take the site's.
        await bench(name, name === 'first-load-js' ? [] : [site.origin], { ...env, BASE_URL: site.origin, BENCH_LOCALES: process.env.BENCH_LOCALES ?? 'ru,az,en' });
      }
    } finally {
      await stopInstance(site, 5_000);
    }
  } finally {
    await database.stop();
    rmSync(work, { recursive: true, force: true });
  }
}

await onTheDemoSite();
for (const name of ON_THEIR_OWN) await bench(name);

console.log('\nnpm run bench:');
for (const { name, seconds, code } of ran) console.log(`  ${name.padEnd(14)} ${seconds.toFixed(0).padStart(5)} s  ${code === 0 ? 'ok' : `failed (exit ${code})`}`);
console.log('figures and charts: benchmarks/BENCHMARKS.md');
process.exit(ran.some((r) => r.code !== 0) ? 1 : 0);
