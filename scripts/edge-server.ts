/**
 * Starts Varnish (deploy/varnish/newsroom.vcl) in front of one or more origins: `npm run edge`, the edge benchmarks
 * and the edge end-to-end spec all start it through here. The backends, their readiness probe and who may purge are
 * written into a private work folder as origins.vcl, beside a copy of the VCL.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { chmodSync, copyFileSync, existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { freePort } from '../test/free-port';
import { PURGE_SECRET_HEADER } from '@/lib/cache/edge';
import { env } from '@/lib/ops/env.mjs';

const VCL = path.join(import.meta.dirname, '..', 'deploy', 'varnish', 'newsroom.vcl');
const VARNISHD = ['/usr/sbin/varnishd', '/usr/local/sbin/varnishd'];

export const VARNISH_INSTALL_HINT = [
  'No varnishd found for the edge cache. Install Varnish 7 and its xkey vmod:',
  '  Debian/Ubuntu:  sudo apt-get install -y varnish varnish-modules',
  '  or point VARNISHD at a varnishd binary whose vmod path has xkey.',
].join('\n');

export function findVarnishd(): string | null {
  const candidates = [env().VARNISHD, ...VARNISHD];
  const found = candidates.find((candidate): candidate is string => Boolean(candidate && existsSync(candidate)));
  if (found) return found;
  const which = spawnSync('sh', ['-c', 'command -v varnishd'], { encoding: 'utf8' });
  return which.status === 0 && which.stdout.trim() ? which.stdout.trim() : null;
}

export interface EdgeOptions {
  port: number;
  /** Loopback port of the socket that assembles pages from their parts (deploy/varnish/newsroom.vcl); any free one. */
  assemblyPort?: number;
  /** Origins as `http://host:port`, round-robin, each probed on /api/ready. */
  origins: string[];
  /** Addresses or networks, besides loopback, that may purge (the instances' addresses when they are elsewhere). */
  purgers?: string[];
  /** Every purge must carry it too (EDGE_PURGE_SECRET); the edge reads it from its environment. */
  purgeSecret: string;
  /** Proxies in front of the edge (a CDN) whose X-Forwarded-For it hands on; anyone else's it replaces. */
  trustedProxies?: string[];
  memory?: string;
}

export interface Edge {
  url: string;
  process: ChildProcess;
  log: string[];
  /** varnishd's working folder (`-n`), where varnishlog reads its log. */
  logDir: string;
  stop(): Promise<void>;
}

function parseOrigin(origin: string): { host: string; port: string } {
  const url = new URL(origin);
  if (url.protocol !== 'http:') throw new Error(`an origin must be plain http://host:port behind the edge: ${origin}`);
  return { host: url.hostname.replace(/^\[|\]$/g, ''), port: url.port || '80' };
}

function aclEntry(entry: string): string {
  const [address, bits] = entry.split('/');
  if (!address || !/^[0-9a-fA-F:.]+$/.test(address) || (bits !== undefined && !/^\d{1,3}$/.test(bits))) {
    throw new Error(`not an address or network: ${entry}`);
  }
  return bits === undefined ? `"${address}";` : `"${address}"/${bits};`;
}

export function originsVcl(origins: string[], assemblyPort: number, purgers: string[] = [], trustedProxies: string[] = []): string {
  if (origins.length === 0) throw new Error('the edge needs at least one origin');
  const names = origins.map((_, i) => `origin${i}`);
  const backends = origins.map((origin, i) => {
    const { host, port } = parseOrigin(origin);
    return `backend ${names[i]} {\n    .host = "${host}";\n    .port = "${port}";\n    .probe = ready;\n    .connect_timeout = 1s;\n    .first_byte_timeout = 60s;\n    .between_bytes_timeout = 30s;\n}`;
  });
  // After origin i failed: the origins after it in turn, the first ready one, and itself last (it may be alone).
  const next = (i: number) => [...names.slice(i + 1), ...names.slice(0, i + 1)];
  const acl = (name: string, entries: string[]) => `acl ${name} {\n${entries.map((entry) => `    ${aclEntry(entry)}\n`).join('')}}`;
  return [
    'import directors;',
    // Ready when two of the last three answers were 200, asked twice a second: a killed or draining instance leaves the
    // rotation within about a second, a restarted one is back as soon.
    'probe ready {\n    .url = "/api/ready";\n    .interval = 500ms;\n    .timeout = 2s;\n    .window = 3;\n    .threshold = 2;\n    .initial = 2;\n}',
    ...backends,
    // The edge's own assembly socket: whole pages are made there from the origins' pages and their fragments.
    `backend assembler {\n    .host = "127.0.0.1";\n    .port = "${assemblyPort}";\n    .first_byte_timeout = 60s;\n}`,
    acl('purgers', ['127.0.0.1', '::1', ...purgers]),
    acl('trusted_proxies', trustedProxies),
    [
      'sub vcl_init {',
      '    new origins = directors.round_robin();',
      ...names.map((name) => `    origins.add_backend(${name});`),
      ...names.flatMap((name, i) => [`    new after_${name} = directors.fallback();`, ...next(i).map((other) => `    after_${name}.add_backend(${other});`)]),
      '}',
    ].join('\n'),
    [
      'sub edge_next_origin {',
      ...names.map((name, i) => `    ${i === 0 ? 'if' : '} elsif'} (bereq.http.x-edge-failed == "${name}") {\n        set bereq.backend = after_${name}.backend();`),
      '    }',
      '}',
    ].join('\n'),
    '',
  ].join('\n');
}

export async function startEdge({ port, assemblyPort, origins, purgers = [], purgeSecret, trustedProxies = [], memory = '256m' }: EdgeOptions): Promise<Edge> {
  const varnishd = findVarnishd();
  if (!varnishd) throw new Error(VARNISH_INSTALL_HINT);
  const work = mkdtempSync(path.join(tmpdir(), 'newsroom-edge-'));
  // Started as root, varnishd reads its VCL as its own unprivileged user.
  chmodSync(work, 0o755);
  copyFileSync(VCL, path.join(work, 'newsroom.vcl'));
  const assembly = assemblyPort ?? (await freePort());
  const logDir = path.join(work, 'varnish');
  writeFileSync(path.join(work, 'origins.vcl'), originsVcl(origins, assembly, purgers, trustedProxies));
  const child = spawn(
    varnishd,
    [
      '-F',
      '-a', `public=127.0.0.1:${port}`,
      '-a', `assembly=127.0.0.1:${assembly}`,
      '-f', path.join(work, 'newsroom.vcl'),
      '-p', `vcl_path=${work}`,
      '-n', logDir,
      '-s', `malloc,${memory}`,
      // No management port: this process's handle is how it is stopped.
      '-T', 'none',
    ],
    // The VCL reads the purge secret with std.getenv, so it is in no file.
    { stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, EDGE_PURGE_SECRET: purgeSecret } },
  );
  const log: string[] = [];
  child.stdout.on('data', (chunk: Buffer) => log.push(chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => log.push(chunk.toString()));
  const url = `http://127.0.0.1:${port}`;
  const stop = async () => {
    if (child.exitCode === null && child.signalCode === null) {
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.kill('SIGTERM');
      await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 5_000))]);
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
    }
    rmSync(work, { recursive: true, force: true });
  };
  const deadline = Date.now() + 20_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) {
      rmSync(work, { recursive: true, force: true });
      throw new Error(`varnishd exited with code ${child.exitCode}:\n${log.join('').slice(-3_000)}`);
    }
    // The edge answers its own 400 to a purge without keys as soon as it listens (and a 403 if it lacks the secret).
    const listening = await fetch(`${url}/`, { method: 'PURGE', headers: { [PURGE_SECRET_HEADER]: purgeSecret } }).then((r) => r.status === 400, () => false);
    if (listening) return { url, process: child, log, logDir, stop };
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  await stop();
  throw new Error(`varnishd did not listen on ${url} in time:\n${log.join('').slice(-3_000)}`);
}
