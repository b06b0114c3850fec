/**
 * `npm run test:e2e`: starts the site exactly as `npm start` does, on a fresh embedded database and free ports,
 * runs the Playwright specs in Chromium against it, then stops everything and removes the database.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { appendFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { freePort } from '../test/free-port';
import { startIndexNowReceiver } from '../test/indexnow-receiver';
import { startSmtpReceiver } from '../test/smtp-receiver';
import { E2E_ADMIN } from '../e2e/users';
import { REDIS_INSTALL_HINT, redisAnswers, TEST_REDIS_URL } from '../test/redis';
import { CHROMIUM_INSTALL_HINT, findChromium } from './chromium';
import { untilCoverVariantsDerived } from './cover-variants';
import { embeddedDatabaseUrl } from '@/lib/db/embedded';
import { log, projectRoot } from './database';

if (!findChromium()) {
  console.error(CHROMIUM_INSTALL_HINT);
  process.exit(1);
}
// e2e/topology.spec.ts starts two more instances sharing one Redis (REDIS_URL); the site itself does not.
if (!(await redisAnswers())) {
  console.error(REDIS_INSTALL_HINT);
  process.exit(1);
}

const [port, pgPort] = [await freePort(), await freePort()];
mkdirSync(path.join(projectRoot, '.data'), { recursive: true });
const dataDir = mkdtempSync(path.join(projectRoot, '.data', 'e2e-'));
const baseURL = `http://localhost:${port}`;
// The specs change content the way an outside tool would: in the database, then through /api/revalidate.
const revalidateSecret = randomBytes(24).toString('base64url');
// e2e/observability.spec.ts reads the metrics with it.
const metricsToken = randomBytes(24).toString('base64url');
// Search engines are told of changes (IndexNow); here a local receiver stands in for them.
const indexNow = await startIndexNowReceiver();
const indexNowKey = randomBytes(16).toString('hex');
// The newsroom's mail ("forgot password" links) goes to a real SMTP server on loopback; specs read what it received.
const smtp = await startSmtpReceiver();

// Always the embedded database, so the specs see exactly the demo content and nothing else.
const database = { EMBEDDED_PG_PORT: String(pgPort), NEWSROOM_DATA_DIR: path.join(dataDir, 'pg') };
// The bank is not reachable from test machines, and the specs must see the demo rates: no scheduled import.
const env: NodeJS.ProcessEnv = {
  RATES_IMPORT: 'off',
  ...process.env,
  PORT: String(port),
  ...database,
  SITE_URL: baseURL,
  REVALIDATE_SECRET: revalidateSecret,
  METRICS_TOKEN: metricsToken,
  INDEXNOW_ENDPOINT: `${indexNow.url}/indexnow`,
  INDEXNOW_KEY: indexNowKey,
  SMTP_URL: smtp.url,
  SMTP_FROM: 'Anews <newsroom@anews.test>',
  // The specs read the site's log as JSON lines, whatever the developer's shell sets.
  LOG_FORMAT: 'json',
  // The specs sign in as the first admin (created on first start) and as the demo editor.
  NEWSROOM_E2E: '1',
  ADMIN_EMAIL: E2E_ADMIN.email,
  ADMIN_PASSWORD: E2E_ADMIN.password,
  NEWSROOM_MEDIA_DIR: path.join(dataDir, 'media'),
  // The readers' last good answers (lib/db/last-good.ts) belong to this run's database, and go with it.
  NEWSROOM_LAST_GOOD_DIR: path.join(dataDir, 'last-good'),
};
delete env.DATABASE_URL;
// The site keeps Next's own file-system cache; the shared Redis cache is the topology spec's own two instances.
delete env.REDIS_URL;

const site = spawn(process.execPath, ['--import', 'tsx', path.join(projectRoot, 'scripts', 'run.ts'), 'start'], {
  cwd: projectRoot,
  env,
  stdio: ['ignore', 'pipe', 'pipe'],
  // A process group of its own: the site and everything it started (next-server, PostgreSQL) are stopped together.
  detached: true,
});
/** Signals the site's whole process group; nothing to do once it is gone. */
function signalSite(signal: NodeJS.Signals): void {
  try {
    process.kill(-site.pid!, signal);
  } catch {
    // already stopped
  }
}
// Interrupted (Ctrl+C, CI's timeout): the site must not outlive the run.
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => {
    signalSite('SIGKILL');
    stopPostgresLeftBehind();
    process.exit(1);
  });
}
const siteLog: string[] = [];
// Also in a file, for specs that check what the site logged (e2e/fuzz.spec.ts: no stack trace).
const siteLogFile = path.join(dataDir, 'site.log');
const keep = (chunk: Buffer) => {
  siteLog.push(chunk.toString());
  appendFileSync(siteLogFile, chunk);
};
site.stdout.on('data', keep);
site.stderr.on('data', keep);

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
  // The build runs first, then the covers' variants; on two cores shared with other work each has taken over five minutes.
  await waitUntilServing(site, 900_000);
  log(`site built and serving at ${baseURL} after ${((Date.now() - started) / 1000).toFixed(1)} s`);
  const warm = Date.now();
  const variants = await untilCoverVariantsDerived(env.NEWSROOM_MEDIA_DIR!, 900_000, () => site.exitCode === null);
  log(`${variants} variants of the demo covers derived by the site after ${((Date.now() - warm) / 1000).toFixed(1)} s`);
  code = await new Promise<number>((resolve) => {
    const runner = spawn(process.execPath, [path.join(projectRoot, 'node_modules', '@playwright', 'test', 'cli.js'), 'test', ...process.argv.slice(2)], {
      cwd: projectRoot,
      // Specs that drive the site through its command-line tools (breaking news) reach the same running database.
      env: {
        ...process.env,
        ...database,
        E2E_BASE_URL: baseURL,
        E2E_DATABASE_URL: embeddedDatabaseUrl(pgPort, 'newsroom'),
        E2E_REVALIDATE_SECRET: revalidateSecret,
        E2E_METRICS_TOKEN: metricsToken,
        E2E_PG_DATA_DIR: path.join(dataDir, 'pg'),
        E2E_INDEXNOW_RECEIVER: indexNow.url,
        E2E_INDEXNOW_KEY: indexNowKey,
        E2E_SMTP_RECEIVER: smtp.httpUrl,
        E2E_REDIS_URL: TEST_REDIS_URL,
        E2E_MEDIA_DIR: env.NEWSROOM_MEDIA_DIR,
        E2E_SITE_LOG: siteLogFile,
      },
      stdio: 'inherit',
    });
    runner.on('exit', (exitCode) => resolve(exitCode ?? 1));
  });
} catch (error) {
  console.error(String(error));
  console.error(siteLog.join('').slice(-5_000));
} finally {
  const exited = new Promise((resolve) => site.once('exit', resolve));
  signalSite('SIGTERM');
  await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 15_000))]);
  // `next start` can wait on keep-alive connections long after SIGTERM; whatever of the site is still running goes now.
  signalSite('SIGKILL');
  stopPostgresLeftBehind();
  indexNow.close();
  await smtp.close();
  await new Promise((resolve) => setTimeout(resolve, 500));
  rmSync(dataDir, { recursive: true, force: true });
}
process.exit(code);
