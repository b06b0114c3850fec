import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { freePort } from '../test/free-port';

/**
 * Instances of the site's existing build, started as `SKIP_BUILD=1 npm start` would: the production topology of
 * e2e/topology.spec.ts and of the freshness benchmark (instances sharing a database and Redis, behind the edge).
 * `env` gives each one its DATABASE_URL, REDIS_URL, EDGE_URLS and the like.
 */
const root = path.resolve(import.meta.dirname, '..');

// Never the project's own .data/media: an instance on another database would find its uploads named by no row and
// sweep them aside (lib/media/sweep.ts). Unless `env` names one, the instances of a run share a folder of their own.
let mediaDir: string | undefined;
const ownMediaDir = () => (mediaDir ??= mkdtempSync(path.join(tmpdir(), 'newsroom-instances-media-')));

export interface Instance {
  port: number;
  origin: string;
  process: ChildProcess;
  log: string[];
}

/**
 * The environment of an instance behind an edge on this machine: the edge to purge and the secret to purge it with,
 * the edge's address to believe about readers' addresses (TRUSTED_PROXIES), and loopback alone to listen on, so that
 * nothing reaches the instance around the edge.
 */
export function behindTheEdge(edgeUrl: string, purgeSecret: string): Record<string, string> {
  return { EDGE_URLS: edgeUrl, EDGE_PURGE_SECRET: purgeSecret, TRUSTED_PROXIES: '127.0.0.1', LISTEN_HOST: '127.0.0.1' };
}

export async function startInstance(env: Record<string, string>, port?: number): Promise<Instance> {
  const listen = port ?? (await freePort());
  const child = spawn(process.execPath, ['--import', 'tsx', path.join(root, 'scripts', 'run.ts'), 'start'], {
    cwd: root,
    env: { ...process.env, PORT: String(listen), SKIP_BUILD: '1', RATES_IMPORT: 'off', NEWSROOM_MEDIA_DIR: env.NEWSROOM_MEDIA_DIR ?? ownMediaDir(), LOG_FORMAT: 'json', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
    // Its own process group, so that `npm start`'s wrapper and the Next server it starts are stopped together.
    detached: true,
  });
  const instance = { port: listen, origin: `http://127.0.0.1:${listen}`, process: child, log: [] as string[] };
  child.stdout!.on('data', (chunk: Buffer) => instance.log.push(chunk.toString()));
  child.stderr!.on('data', (chunk: Buffer) => instance.log.push(chunk.toString()));
  return instance;
}

/** Until the instance says it is ready for readers (/api/ready), as the edge's probe asks. */
export async function untilReady(instance: Instance, timeoutMs = 60_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (instance.process.exitCode !== null) throw new Error(`an instance exited:\n${instance.log.join('').slice(-3_000)}`);
    if (await fetch(`${instance.origin}/api/ready`).then((r) => r.ok, () => false)) return;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`${instance.origin} was not ready within ${timeoutMs} ms:\n${instance.log.join('').slice(-3_000)}`);
}

/**
 * Resolves at the first line the instance logs (its JSON, parsed) that `matches`, as soon as it is written; rejects if
 * the instance exits first or nothing matches within `timeoutMs`.
 */
export function untilLogged(instance: Instance, matches: (line: Record<string, unknown>) => boolean, timeoutMs = 60_000): Promise<void> {
  return new Promise((resolve, reject) => {
    let pending = '';
    const read = (chunk: Buffer) => {
      const lines = (pending + chunk.toString()).split('\n');
      pending = lines.pop() ?? '';
      for (const line of lines) {
        let parsed: unknown;
        try {
          parsed = JSON.parse(line);
        } catch {
          continue;
        }
        if (parsed && typeof parsed === 'object' && matches(parsed as Record<string, unknown>)) return done();
      }
    };
    const exited = () => done(new Error(`the instance exited:\n${instance.log.join('').slice(-3_000)}`));
    const timer = setTimeout(() => done(new Error(`the instance logged no such line within ${timeoutMs} ms`)), timeoutMs);
    function done(error?: Error) {
      clearTimeout(timer);
      instance.process.stdout!.off('data', read);
      instance.process.off('exit', exited);
      if (error) reject(error);
      else resolve();
    }
    instance.process.stdout!.on('data', read);
    instance.process.once('exit', exited);
  });
}

/** SIGKILL to the whole instance, as a crash or the kernel's OOM killer ends it: no drain, no goodbye. */
export async function killInstance(instance: Instance): Promise<void> {
  const exited = new Promise((resolve) => instance.process.once('exit', resolve));
  if (instance.process.exitCode === null && instance.process.signalCode === null && signalGroup(instance, 'SIGKILL')) await exited;
}

function signalGroup(instance: Instance, name: NodeJS.Signals | 0): boolean {
  try {
    process.kill(-instance.process.pid!, name);
    return true;
  } catch {
    return false;
  }
}

/**
 * SIGTERM, as an orchestrator stops an instance: it drains (lib/ops/shutdown.ts) and exits. Whatever of its process
 * group is still there after `graceMs` is killed, so that nothing writes to Redis after the spec deleted its keys.
 */
export async function stopInstance(instance: Instance, graceMs = 10_000): Promise<void> {
  if (!signalGroup(instance, 'SIGTERM')) return;
  const deadline = Date.now() + graceMs;
  while (Date.now() < deadline && instance.process.exitCode === null && instance.process.signalCode === null) {
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  if (signalGroup(instance, 'SIGKILL')) await new Promise((resolve) => setTimeout(resolve, 200));
}

/**
 * `scripts/run.ts build` (or another of its commands) as `npm run build` runs it, with `env` on top of this process's
 * environment, its output passed through; resolves with its wall time in seconds, and throws if it fails.
 */
export async function runSiteCommand(args: string[], env: Record<string, string>): Promise<number> {
  const started = performance.now();
  const child = spawn(process.execPath, ['--import', 'tsx', path.join(root, 'scripts', 'run.ts'), ...args], {
    cwd: root,
    env: { ...process.env, ...env },
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  const code = await new Promise<number | null>((resolve) => child.once('exit', resolve));
  if (code !== 0) throw new Error(`scripts/run.ts ${args.join(' ')} exited with ${code}`);
  return (performance.now() - started) / 1000;
}
