/**
 * `npm run test:e2e`: starts the site exactly as `npm start` does, on a fresh embedded database and free ports,
 * runs the Playwright specs in Chromium against it, then stops everything and removes the database.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { freePort } from '../test/free-port';
import { E2E_ADMIN } from '../e2e/users';
import { CHROMIUM_INSTALL_HINT, findChromium } from './chromium';
import { log, projectRoot } from './database';

if (!findChromium()) {
  console.error(CHROMIUM_INSTALL_HINT);
  process.exit(1);
}

const [port, pgPort] = [await freePort(), await freePort()];
mkdirSync(path.join(projectRoot, '.data'), { recursive: true });
const dataDir = mkdtempSync(path.join(projectRoot, '.data', 'e2e-'));
const baseURL = `http://localhost:${port}`;

// Always the embedded database, so the specs see exactly the demo content and nothing else.
const env: NodeJS.ProcessEnv = { ...process.env, PORT: String(port), EMBEDDED_PG_PORT: String(pgPort), NEWSROOM_DATA_DIR: path.join(dataDir, 'pg'), SITE_URL: baseURL };
// The specs sign in as the first admin (created on first start) and as the demo editor.
Object.assign(env, { NEWSROOM_E2E: '1', ADMIN_EMAIL: E2E_ADMIN.email, ADMIN_PASSWORD: E2E_ADMIN.password, NEWSROOM_MEDIA_DIR: path.join(dataDir, 'media') });
delete env.DATABASE_URL;

const site = spawn(process.execPath, ['--import', 'tsx', path.join(projectRoot, 'scripts', 'run.ts'), 'start'], {
  cwd: projectRoot,
  env,
  stdio: ['ignore', 'pipe', 'pipe'],
});
const siteLog: string[] = [];
site.stdout.on('data', (chunk: Buffer) => siteLog.push(chunk.toString()));
site.stderr.on('data', (chunk: Buffer) => siteLog.push(chunk.toString()));

async function waitUntilServing(child: ChildProcess, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`the site exited with code ${child.exitCode}`);
    try {
      const response = await fetch(`${baseURL}/az`);
      if (response.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  throw new Error('the site did not start in time');
}

function stopPostgresLeftBehind(): void {
  try {
    const pid = Number(readFileSync(path.join(dataDir, 'pg', 'postmaster.pid'), 'utf8').split('\n')[0]);
    if (pid > 0) process.kill(pid, 'SIGINT');
  } catch {
    // no server running
  }
}

let code = 1;
try {
  const started = Date.now();
  await waitUntilServing(site, 300_000);
  log(`site built and serving at ${baseURL} after ${((Date.now() - started) / 1000).toFixed(1)} s`);
  code = await new Promise<number>((resolve) => {
    const runner = spawn(process.execPath, [path.join(projectRoot, 'node_modules', '@playwright', 'test', 'cli.js'), 'test', ...process.argv.slice(2)], {
      cwd: projectRoot,
      env: { ...process.env, E2E_BASE_URL: baseURL },
      stdio: 'inherit',
    });
    runner.on('exit', (exitCode) => resolve(exitCode ?? 1));
  });
} catch (error) {
  console.error(String(error));
  console.error(siteLog.join('').slice(-5_000));
} finally {
  const exited = new Promise((resolve) => site.once('exit', resolve));
  site.kill('SIGTERM');
  await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 15_000))]);
  stopPostgresLeftBehind();
  await new Promise((resolve) => setTimeout(resolve, 500));
  rmSync(dataDir, { recursive: true, force: true });
}
process.exit(code);
