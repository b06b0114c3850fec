/**
 * `npm run bench:backup`: how long a backup and a restore take, on the demo content and on the demo content plus
 * 100,000 generated articles in each language (scripts/bench/scale-data.ts; BENCH_ARTICLES changes the number, 0 skips
 * that part). Each runs on a fresh embedded PostgreSQL: back up to a file, restore into a new empty database, and
 * check that the restored rows match. Prints the figures and writes benchmarks/backup.json and .svg.
 */
import { mkdirSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import pg from 'pg';
import { createBackup } from '@/lib/backup/create';
import { restoreBackup } from '@/lib/backup/restore';
import { progressOnStderr } from '@/lib/cli/progress';
import { createDb } from '@/lib/db/connect';
import { startEmbeddedPostgres } from '@/lib/db/embedded';
import { freePort } from '../../test/free-port';
import { saveBenchmark } from './bench-results';
import { log, projectRoot } from '../database';
import { loadScaleData } from './scale-data';

const ARTICLES = Number(process.env.BENCH_ARTICLES ?? 100_000);

mkdirSync(path.join(projectRoot, '.data'), { recursive: true });
const work = mkdtempSync(path.join(projectRoot, '.data', 'bench-backup-'));
const server = await startEmbeddedPostgres({ dataDir: path.join(work, 'pg'), port: await freePort(), database: 'postgres', log });
const urlOf = (database: string) => Object.assign(new URL(server.url), { pathname: `/${database}` }).toString();
const admin = new pg.Client({ connectionString: server.url });
await admin.connect();

async function rowCounts(url: string): Promise<number> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const { rows } = await client.query<{ name: string }>(`select tablename as name from pg_tables where schemaname = 'public' and tablename not like 'kysely_%'`);
    let total = 0;
    for (const { name } of rows) total += Number((await client.query(`select count(*) as n from ${client.escapeIdentifier(name)}`)).rows[0].n);
    return total;
  } finally {
    await client.end();
  }
}

async function measure(name: string, articles: number) {
  await admin.query(`create database ${name}_source`);
  await admin.query(`create database ${name}_restored`);
  const mediaDir = path.join(work, `${name}-media`);
  process.env.NEWSROOM_MEDIA_DIR = mediaDir;
  const db = createDb(urlOf(`${name}_source`), 4);
  try {
    await loadScaleData(db, articles);
  } finally {
    await db.destroy();
  }
  const file = path.join(work, `${name}.tar.gz`);
  let started = performance.now();
  const manifest = await createBackup({ databaseUrl: urlOf(`${name}_source`), file, mediaDir, progress: progressOnStderr });
  const backupSeconds = (performance.now() - started) / 1000;
  started = performance.now();
  await restoreBackup({ databaseUrl: urlOf(`${name}_restored`), file, mediaDir: path.join(work, `${name}-restored-media`), progress: progressOnStderr });
  const restoreSeconds = (performance.now() - started) / 1000;
  const rows = manifest.tables.reduce((sum, t) => sum + t.rows, 0);
  const [sourceRows, restoredRows] = [await rowCounts(urlOf(`${name}_source`)), await rowCounts(urlOf(`${name}_restored`))];
  if (sourceRows !== restoredRows) throw new Error(`${name}: ${sourceRows} rows backed up, ${restoredRows} restored`);
  const figures = {
    articles: articles + 41,
    rows,
    dataMB: manifest.tables.reduce((sum, t) => sum + t.bytes, 0) / 1e6,
    mediaFiles: manifest.media.files,
    mediaMB: manifest.media.bytes / 1e6,
    fileMB: statSync(file).size / 1e6,
    backupSeconds,
    restoreSeconds,
  };
  log(
    `${name}: ${rows.toLocaleString('en')} rows (${figures.dataMB.toFixed(1)} MB as COPY text) and ${figures.mediaFiles} media files (${figures.mediaMB.toFixed(1)} MB) ` +
      `→ ${figures.fileMB.toFixed(1)} MB file; backup ${backupSeconds.toFixed(1)} s, restore into an empty database ${restoreSeconds.toFixed(1)} s`,
  );
  rmSync(file);
  return figures;
}

try {
  const demo = await measure('demo', 0);
  const scale = ARTICLES > 0 ? await measure('scale', ARTICLES) : undefined;
  const line = (name: string, f: typeof demo) =>
    `${name}: ${f.rows.toLocaleString('en')} rows (${f.dataMB.toFixed(1)} MB as COPY text) and ${f.mediaFiles} media files (${f.mediaMB.toFixed(1)} MB) in a ${f.fileMB.toFixed(1)} MB file; backup ${f.backupSeconds.toFixed(1)} s, restore into an empty database ${f.restoreSeconds.toFixed(1)} s.`;
  const sets = [['demo content', demo], ...(scale ? [[`${ARTICLES.toLocaleString('en')} articles per language`, scale]] : [])] as [string, typeof demo][];
  saveBenchmark({
    benchmark: 'backup',
    title: 'Backup and restore',
    command: 'npm run bench:backup',
    about: `\`npm run db:backup\` and \`db:restore\`'s own functions on a fresh embedded PostgreSQL: the demo content, then the demo content with ${ARTICLES.toLocaleString('en')} generated articles in each language. Each is backed up to a file, restored into a new empty database, and its rows counted on both sides.`,
    findings: sets.map(([name, f]) => line(name, f)),
    charts: [
      { title: 'Backup', unit: 's', better: 'lower', bars: sets.map(([name, f]) => ({ label: name, value: f.backupSeconds })) },
      { title: 'Restore into an empty database', unit: 's', better: 'lower', bars: sets.map(([name, f]) => ({ label: name, value: f.restoreSeconds })) },
    ],
    results: { demo, ...(scale ? { scale } : {}) },
  });
} finally {
  await admin.end();
  await server.stop();
  rmSync(work, { recursive: true, force: true });
}
process.exit(0);
