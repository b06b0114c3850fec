import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { findVarnishd, type Edge } from './edge-server';

/**
 * What the edge's readiness probe decides about an origin, as Varnish logs it (`Backend_health`, read with
 * varnishlog while it is written): for specs that act once the edge has taken an instance out of its rotation or
 * back in, rather than after a guessed pause.
 */
function findVarnishlog(): string {
  const varnishd = findVarnishd();
  const candidates = [varnishd && path.join(path.dirname(varnishd), '..', 'bin', 'varnishlog'), '/usr/bin/varnishlog', '/usr/local/bin/varnishlog'];
  return candidates.find((candidate): candidate is string => Boolean(candidate && existsSync(candidate))) ?? 'varnishlog';
}

/**
 * Resolves once the probe finds origin number `origin` (in the order of the edge's origins) `state`. Each probe logs
 * the state it leaves the origin in (`Went sick`, `Still sick`, `Back healthy`, …), so a watch begun a little late
 * still sees it. Call it before the change, await it after.
 */
export function untilProbeFinds(edge: Edge, origin: number, state: 'sick' | 'healthy', timeoutMs = 30_000): Promise<void> {
  const watcher = spawn(findVarnishlog(), ['-n', edge.logDir, '-g', 'raw', '-i', 'Backend_health'], { stdio: ['ignore', 'pipe', 'inherit'] });
  // `… Backend_health - origin1 Went sick -------- 1 2 3 …`, the backend's name after the VCL's, when there is one.
  const line = new RegExp(`Backend_health - (?:\\S+\\.)?origin${origin} (?:Went|Still|Back) ${state}\\b`);
  return new Promise<void>((resolve, reject) => {
    let output = '';
    const timer = setTimeout(() => finish(new Error(`the edge's probe did not find origin${origin} ${state} within ${timeoutMs} ms`)), timeoutMs);
    function finish(error?: Error) {
      clearTimeout(timer);
      watcher.kill();
      if (error) reject(error);
      else resolve();
    }
    watcher.stdout.on('data', (chunk: Buffer) => {
      output = (output + chunk.toString()).slice(-4_096);
      if (line.test(output)) finish();
    });
    watcher.once('exit', (code) => code !== null && code !== 0 && finish(new Error(`varnishlog exited with ${code}`)));
  });
}
