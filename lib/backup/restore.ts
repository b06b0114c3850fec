import 'server-only';
import { createReadStream, existsSync } from 'node:fs';
import { mkdir, mkdtemp, rename, rm, stat } from 'node:fs/promises';
import path from 'node:path';
import { pipeline } from 'node:stream/promises';
import { Kysely, PostgresDialect, type PostgresPool, type PostgresPoolClient } from 'kysely';
import pg from 'pg';
import { from as copyFrom } from 'pg-copy-streams';
import { knownMigrations, migrateWithin } from '@/lib/db/migrate';
import { mediaDir as siteMediaDir } from '@/lib/media/files';
import { appliedMigrations, contentTables, hasAnyTable, holdsRows, type TableInfo } from './catalog';
import { countLines, Digesting, listFiles } from './files';
import { authSecretFingerprint, BackupError, type Manifest } from './manifest';
import { noProgress, type ProgressFactory } from '@/lib/cli/progress';
import { readManifest, unpackBackup } from './unpack';

/*
 * A restore is one transaction: migrate the database to the backup's migration (an empty one, or any one with
 * `replace`), empty every table, load each table's COPY data, set the sequences, and put the media folder in place
 * just before the commit. The file is unpacked and checked against its manifest first, so a damaged one is refused
 * before the database is touched; a failure after that rolls back and changes nothing. Readers of the site wait on
 * the emptied tables' locks until the commit, then see the restored content: never a half-loaded one.
 */

export interface RestoreOptions {
  databaseUrl: string;
  file: string;
  /** The uploads folder; the site's (lib/media/files.ts) unless given. */
  mediaDir?: string;
  /** Replace a database that holds content, or is at another migration, instead of refusing to. */
  replace?: boolean;
  /** The site's AUTH_SECRET, to tell whether the backup's two-factor secrets can be unsealed with it. */
  authSecret?: string;
  progress?: ProgressFactory;
}

export interface RestoreReport {
  manifest: Manifest;
  /** What still works differently after the restore, for the command to print (e.g. two-factor under a new secret). */
  warnings: string[];
}

export async function restoreBackup({ databaseUrl, file, mediaDir = siteMediaDir(), replace = false, authSecret, progress = noProgress }: RestoreOptions): Promise<RestoreReport> {
  if (!existsSync(file) || !(await stat(file)).isFile()) throw new BackupError(`${file} does not exist or is not a file`);
  const target = path.resolve(mediaDir);
  await mkdir(path.dirname(target), { recursive: true });
  // Unpacked beside the media folder, so that the media move into place with a rename on one file system.
  const work = await mkdtemp(`${target}.restore-`);
  const client = new pg.Client({ connectionString: databaseUrl });
  try {
    await client.connect();
    // Refused early, before a large file is unpacked, if the database or the media folder would refuse it; asked again
    // inside the transaction, since either may have changed meanwhile.
    await assessTarget(client, await readManifest(file), { replace, mediaDir: target });
    const manifest = await unpackBackup(file, work, progress);
    try {
      await client.query('begin');
      const { sameSchema, applied } = await assessTarget(client, manifest, { replace, mediaDir: target });
      await prepareSchema(client, manifest, { sameSchema, applied });
      await loadTables(client, manifest, path.join(work, 'data'), progress);
      for (const sequence of manifest.sequences) {
        await client.query('select setval($1::regclass, $2::bigint, $3)', [client.escapeIdentifier(sequence.name), sequence.value, sequence.called]);
      }
      const media = await placeMedia(path.join(work, 'media'), target, work);
      try {
        await client.query('commit');
      } catch (error) {
        await media.undo();
        throw error;
      }
      await media.commit();
    } catch (error) {
      await client.query('rollback').catch(() => {});
      if (error instanceof BackupError) throw error;
      throw new BackupError(`the restore failed and changed nothing: ${error instanceof Error ? error.message : String(error)}`, { cause: error });
    }
    return { manifest, warnings: twoFactorWarnings(manifest, authSecret) };
  } finally {
    await client.end().catch(() => {});
    await rm(work, { recursive: true, force: true });
  }
}

/** Refuses a restore the backup's schema, the database's migrations or the content already there rule out. */
async function assessTarget(client: pg.Client, manifest: Manifest, { replace, mediaDir }: { replace: boolean; mediaDir: string }): Promise<{ applied: string[] | null; sameSchema: boolean }> {
  const known = knownMigrations();
  if (!isPrefix(manifest.migrations, known)) {
    throw new BackupError(
      `the backup was taken at migration ${manifest.migration}, which this version of the site does not have (its last is ${known.at(-1)}): restore it with the version that wrote it, or a later one`,
    );
  }
  const applied = await appliedMigrations(client);
  if (applied === null && (await hasAnyTable(client))) {
    throw new BackupError('the database holds tables that are not a newsroom schema: restore into an empty database');
  }
  const sameSchema = applied !== null && applied.join() === manifest.migrations.join();
  if (applied?.length && !sameSchema) {
    if (!replace) {
      throw new BackupError(
        `the database is at migration ${applied.at(-1)}, the backup at ${manifest.migration}: restore into an empty database, or add --replace to bring this one to the backup's schema and replace its content`,
      );
    }
    if (!isPrefix(applied, known)) throw new BackupError(`the database is at migration ${applied.at(-1)}, which this version of the site does not have: restore with the version that migrated it`);
  }
  // The media folder counts as content too, whatever the database holds: a restore never deletes uploads unasked.
  if (!replace) {
    const full = sameSchema ? await holdsRows(client, await contentTables(client)) : [];
    const mediaFiles = (await listFiles(mediaDir)).length;
    if (full.length || mediaFiles) {
      const what = [
        full.length ? `${full.length} tables of the database hold rows (${full.slice(0, 4).join(', ')}${full.length > 4 ? ', …' : ''})` : '',
        mediaFiles ? `the media folder ${mediaDir} holds ${mediaFiles} ${mediaFiles === 1 ? 'file' : 'files'}` : '',
      ];
      throw new BackupError(`there is content to replace: ${what.filter(Boolean).join(' and ')}. Add --replace to replace it with the backup's`);
    }
  }
  return { applied, sameSchema };
}

/** The database at the backup's migration with every content table empty, inside the restore's transaction. */
async function prepareSchema(client: pg.Client, manifest: Manifest, { applied, sameSchema }: { applied: string[] | null; sameSchema: boolean }): Promise<void> {
  if (!sameSchema) {
    // Emptied first, so that migrating down does not rewrite rows that go anyway.
    if (applied?.length) await truncate(client, await contentTables(client));
    await migrateWithin(singleClientDb(client), manifest.migration);
  }
  // Whatever the migrations themselves inserted goes too: the backup's rows are the content.
  await truncate(client, await contentTables(client));
}

async function loadTables(client: pg.Client, manifest: Manifest, dir: string, progress: ProgressFactory): Promise<void> {
  const present = new Map((await contentTables(client)).map((table) => [table.name, table]));
  const missing = manifest.tables.filter((table) => !present.has(table.name)).map((t) => t.name);
  if (missing.length) throw new BackupError(`the backup holds tables the schema at ${manifest.migration} lacks (${missing.join(', ')}): it is not this site's backup`);
  // As pg_restore does, the indexes that no constraint needs are built after the load, once, rather than row by row
  // (scripts/bench/scale-data.ts builds the search index after its load for the same reason); constraint indexes stay, for
  // the foreign keys and unique columns checked on the way in.
  const indexes = await client.query<{ name: string; definition: string }>(
    `select i.indexrelid::regclass::text as name, pg_get_indexdef(i.indexrelid) as definition
       from pg_index i join pg_class c on c.oid = i.indrelid
      where c.relnamespace = 'public'::regnamespace
        and not exists (select 1 from pg_constraint k where k.conindid = i.indexrelid)`,
  );
  for (const index of indexes.rows) await client.query(`drop index ${index.name}`);
  const bar = progress(manifest.tables.reduce((sum, t) => sum + t.rows, 0), 'rows', 'restore');
  for (const table of manifest.tables) {
    const name = client.escapeIdentifier(table.name);
    // The rows come with what the triggers would compute (search vectors, listing scopes, the word list): running
    // them again on load would be slow, and the word-list trigger would insert rows that the backup also holds.
    // Foreign keys stay checked; the tables load parents first.
    await client.query(`alter table ${name} disable trigger user`);
    const ingest = client.query(copyFrom(`copy ${name} (${table.columns.map((c) => client.escapeIdentifier(c)).join(', ')}) from stdin`));
    await pipeline(createReadStream(path.join(dir, `${table.name}.copy`)), new Digesting((chunk) => bar.add(countLines(chunk))), ingest);
    await client.query(`alter table ${name} enable trigger user`);
    if (ingest.rowCount !== table.rows) throw new BackupError(`${table.name} loaded ${ingest.rowCount} rows where the backup lists ${table.rows}: nothing was changed`);
  }
  bar.finish();
  await client.query(`set local maintenance_work_mem = '256MB'`);
  const indexing = progress(indexes.rows.length, 'indexes', 'indexing');
  for (const index of indexes.rows) {
    await client.query(index.definition);
    indexing.add(1);
  }
  indexing.finish();
}

/**
 * The unpacked media become the media folder; the old folder is kept aside until the database has committed, so a
 * failed commit puts it back.
 */
async function placeMedia(unpacked: string, target: string, work: string): Promise<{ undo(): Promise<void>; commit(): Promise<void> }> {
  const aside = path.join(work, 'replaced-media');
  if (!existsSync(unpacked)) await mkdir(unpacked);
  const hadMedia = existsSync(target);
  if (hadMedia) await rename(target, aside);
  await rename(unpacked, target);
  return {
    undo: async () => {
      await rename(target, unpacked);
      if (hadMedia) await rename(aside, target);
    },
    commit: async () => {
      if (hadMedia) await rm(aside, { recursive: true, force: true });
    },
  };
}

async function truncate(client: pg.Client, tables: TableInfo[]): Promise<void> {
  if (tables.length) await client.query(`truncate table ${tables.map((t) => client.escapeIdentifier(t.name)).join(', ')} restart identity`);
}

function twoFactorWarnings(manifest: Manifest, authSecret: string | undefined): string[] {
  const { users, authSecretFingerprint: recorded } = manifest.twoFactor;
  if (!users) return [];
  if (recorded && recorded === authSecretFingerprint(authSecret)) return [];
  return [
    `${users} staff ${users === 1 ? 'account uses' : 'accounts use'} two-factor sign-in, whose secrets were sealed with ${recorded ? 'another AUTH_SECRET than' : 'an AUTH_SECRET the backup cannot compare with'} this site's: ` +
      'their authenticator codes will be refused until the AUTH_SECRET of the backed-up site is set again; their recovery codes still sign in, and they can enrol again',
  ];
}

function isPrefix(list: string[], of: string[]): boolean {
  return list.length <= of.length && list.every((name, i) => of[i] === name);
}

/** Kysely on the restore's one connection, so that the migrations run inside its transaction. */
function singleClientDb(client: pg.Client): Kysely<unknown> {
  const pool: PostgresPool = {
    connect: async () => ({ query: client.query.bind(client), release: () => {} }) as unknown as PostgresPoolClient,
    end: async () => {},
    // What Kysely would connect with to cancel a query; the migrations of a restore are never cancelled.
    options: {},
  };
  return new Kysely<unknown>({ dialect: new PostgresDialect({ pool }) });
}
