import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { freePort } from '../test/free-port';
import { timeUntil } from './content';

/**
 * More instances of the site's own build, started as `SKIP_BUILD=1 npm start` would, on the site's database: the
 * production topology of e2e/topology.spec.ts (instances sharing Redis, behind the edge).
 */
const root = path.resolve(import.meta.dirname, '..');

export interface Instance {
  port: number;
  origin: string;
  process: ChildProcess;
  log: string[];
}

export async function startInstance(env: Record<string, string>, port?: number): Promise<Instance> {
  const listen = port ?? (await freePort());
  const child = spawn(process.execPath, ['--import', 'tsx', path.join(root, 'scripts', 'run.ts'), 'start'], {
    cwd: root,
    env: {
      ...process.env,
      PORT: String(listen),
      SKIP_BUILD: '1',
      DATABASE_URL: process.env.E2E_DATABASE_URL,
      REVALIDATE_SECRET: process.env.E2E_REVALIDATE_SECRET,
      SITE_URL: process.env.E2E_BASE_URL,
      RATES_IMPORT: 'off',
      ...env,
    },
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
export async function untilReady(instance: Instance): Promise<void> {
  await timeUntil(async () => {
    if (instance.process.exitCode !== null) throw new Error(`an instance exited:\n${instance.log.join('').slice(-3_000)}`);
    return fetch(`${instance.origin}/api/ready`).then((r) => r.ok, () => false);
  }, 60_000);
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
