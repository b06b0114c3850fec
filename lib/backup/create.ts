import 'server-only';
import { createWriteStream, existsSync } from 'node:fs';
import { mkdir, mkdtemp, rename, rm, symlink, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { pipeline } from 'node:stream/promises';
import { createGzip } from 'node:zlib';
import pg from 'pg';
import { to as copyTo } from 'pg-copy-streams';
import * as tar from 'tar';
import { mediaDir as siteMediaDir } from '@/lib/media/files';
import { appliedMigrations, contentTables, requireNewsroomSchema, sequenceValues } from './catalog';
import { countLines, digestFile, Digesting, listFiles } from './files';
import { authSecretFingerprint, BACKUP_FORMAT, BACKUP_VERSION, BackupError, type Manifest } from './manifest';
import { noProgress, type ProgressFactory } from '@/lib/cli/progress';

/*
 * A backup is written by the site itself, through node-postgres, rather than by pg_dump: the embedded PostgreSQL
 * ships no pg_dump, and the client a distribution ships is often older than the server (Debian's pg_dump 15 refuses
 * the embedded 18). The schema needs no dump: it is the project's own migrations, and the file records which ran.
 * The data is each table's rows in PostgreSQL's COPY text format, read in one repeatable-read transaction, so the
 * tables agree with each other as of one instant while the site keeps serving and writing.
 */

export interface BackupOptions {
  databaseUrl: string;
  /** The file to write: a gzip'd tar. An existing file is never overwritten. */
  file: string;
  /** The uploads folder; the site's (lib/media/files.ts) unless given. */
  mediaDir?: string;
  /** The AUTH_SECRET that sealed the two-factor secrets, to record its fingerprint (never the secret). */
  authSecret?: string;
  progress?: ProgressFactory;
}

export async function createBackup({ databaseUrl, file, mediaDir = siteMediaDir(), authSecret, progress = noProgress }: BackupOptions): Promise<Manifest> {
  const target = path.resolve(file);
  if (existsSync(target)) throw new BackupError(`${file} exists: a backup never overwrites a file, choose another name`);
  if (!existsSync(path.dirname(target))) throw new BackupError(`the folder ${path.dirname(file)} does not exist`);
  // Written beside the target and renamed into place at the end, so that an interrupted backup leaves no file that
  // looks like a finished one.
  const work = await mkdtemp(path.join(path.dirname(target), '.newsroom-backup-'));
  const partial = `${work}.partial`;
  try {
    await mkdir(path.join(work, 'data'));
    const database = await dumpDatabase(databaseUrl, path.join(work, 'data'), progress);
    const media = await digestMedia(mediaDir, progress);
    const manifest: Manifest = {
      format: BACKUP_FORMAT,
      version: BACKUP_VERSION,
      createdAt: new Date().toISOString(),
      migration: database.migrations.at(-1)!,
      migrations: database.migrations,
      tables: database.tables,
      sequences: database.sequences,
      media: { files: media.length, bytes: media.reduce((sum, f) => sum + f.bytes, 0), list: media },
      twoFactor: { users: database.twoFactorUsers, authSecretFingerprint: authSecretFingerprint(authSecret) },
    };
    await writeFile(path.join(work, 'manifest.json'), `${JSON.stringify(manifest, null, 1)}\n`);
    if (media.length) await symlink(path.resolve(mediaDir), path.join(work, 'media'));
    const entries = ['manifest.json', ...manifest.tables.map((t) => `data/${t.name}.copy`), ...media.map((f) => `media/${f.path}`)];
    // What tar writes: a 512-byte header per entry and each file padded to 512 bytes.
    const sizes = [...manifest.tables.map((t) => t.bytes), ...media.map((f) => f.bytes)];
    const total = sizes.reduce((sum, bytes) => sum + 512 + Math.ceil(bytes / 512) * 512, 0);
    const bar = progress(total / 1e6, 'MB', 'packing');
    // The manifest goes first, so a restore reads what to expect before the bulk. Compressed at level 6 (zlib's
    // default): COPY text of articles shrinks about fivefold.
    await pipeline(
      tar.c({ cwd: work, portable: true, follow: true }, entries),
      new Digesting((chunk) => bar.add(chunk.byteLength / 1e6)),
      createGzip(),
      createWriteStream(partial, { flags: 'wx', mode: 0o600 }),
    );
    bar.finish();
    await rename(partial, target);
    return manifest;
  } finally {
    await rm(work, { recursive: true, force: true });
    await rm(partial, { force: true });
  }
}

async function dumpDatabase(databaseUrl: string, dir: string, progress: ProgressFactory) {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    await client.query('begin isolation level repeatable read read only');
    const migrations = requireNewsroomSchema(await appliedMigrations(client));
    const tables = await contentTables(client);
    let rows = 0;
    for (const table of tables) {
      rows += Number((await client.query<{ n: string }>(`select count(*)::text as n from ${client.escapeIdentifier(table.name)}`)).rows[0]!.n);
    }
    const bar = progress(rows, 'rows', 'backup');
    const dumped: Manifest['tables'] = [];
    for (const table of tables) {
      const columns = table.columns.map((c) => client.escapeIdentifier(c)).join(', ');
      const copy = client.query(copyTo(`copy ${client.escapeIdentifier(table.name)} (${columns}) to stdout`));
      const digesting = new Digesting((chunk) => bar.add(countLines(chunk)));
      await pipeline(copy, digesting, createWriteStream(path.join(dir, `${table.name}.copy`), { flags: 'wx', mode: 0o600 }));
      dumped.push({ name: table.name, columns: table.columns, rows: copy.rowCount, ...digesting.digest() });
    }
    bar.finish();
    const sequences = await sequenceValues(client);
    const { rows: [twoFactor] } = await client.query<{ n: string }>('select count(*)::text as n from users where totp_secret is not null');
    await client.query('commit');
    return { migrations, tables: dumped, sequences, twoFactorUsers: Number(twoFactor!.n) };
  } finally {
    await client.end();
  }
}

async function digestMedia(dir: string, progress: ProgressFactory): Promise<Manifest['media']['list']> {
  const files = await listFiles(dir);
  const bar = progress(files.length, 'files', 'media');
  const list: Manifest['media']['list'] = [];
  for (const relative of files) {
    list.push({ path: relative, ...(await digestFile(path.join(dir, relative))) });
    bar.add(1);
  }
  bar.finish();
  return list;
}
