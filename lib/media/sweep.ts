import 'server-only';
import { mkdir, readdir, rename, rm, stat } from 'node:fs/promises';
import path from 'node:path';
import { sql } from 'kysely';
import { getDb } from '@/lib/db/client';
import { mediaDir, ORPHANED, STAGING } from './files';

/** Older than this, a folder no row names is left over, never an upload still being written (seconds). */
export const SWEEP_AFTER_MS = 60 * 60 * 1000;

const FOLDER = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

async function folders(parent: string): Promise<{ name: string; mtime: number }[]> {
  const entries = await readdir(parent, { withFileTypes: true }).catch((error: NodeJS.ErrnoException) => {
    if (error.code === 'ENOENT') return [];
    throw error;
  });
  const names = entries.filter((entry) => entry.isDirectory() && FOLDER.test(entry.name)).map((entry) => entry.name);
  return Promise.all(names.map(async (name) => ({ name, mtime: (await stat(path.join(parent, name))).mtimeMs })));
}

const olderThanASweep = (all: { name: string; mtime: number }[], now: number) =>
  all.filter((folder) => now - folder.mtime > SWEEP_AFTER_MS).map((folder) => folder.name);

/** Beyond this many, orphans are a sign of a wrong folder or database, not of failed uploads. */
const MOST_ORPHANS = 10;

export interface Swept {
  /** Staging folders of uploads that never finished, removed. */
  staging: number;
  /** Placed folders no row names, moved into `.orphaned/`. */
  orphaned: number;
}

/**
 * Clears what an upload can leave behind (lib/media/storage.ts): a staging folder of an upload that crashed is
 * removed; a placed folder whose row was never committed (a rolled-back seed, a crash between the rename and the
 * commit) is moved into `.orphaned/`, where an operator can restore it from, since a folder no row names may also be
 * the work of a database restored from an older backup. Only folders older than an hour, so an upload in progress on
 * this or another instance is never touched.
 *
 * Folders older than the database are never touched (a new database on an old folder). When most of the rest are
 * named by no row (a folder shared with another database, a database restored without its uploads), nothing is moved
 * and this throws: that is a configuration to fix, not failed uploads.
 */
export async function sweepMedia(now = Date.now()): Promise<Swept> {
  const root = mediaDir();
  const staged = olderThanASweep(await folders(path.join(root, STAGING)), now);
  const all = await folders(root);
  // A folder older than the database itself (its first migration) is not one of its failed uploads: it belongs to an
  // earlier database that shared the folder, and stays where it is.
  const born = await sql<{ born: string | null }>`select min("timestamp") as born from kysely_migration`.execute(getDb());
  const bornAt = born.rows[0]?.born ? Date.parse(born.rows[0].born) : now;
  const placed = olderThanASweep(all.filter((folder) => folder.mtime >= bornAt), now);
  let orphans: string[] = [];
  if (placed.length) {
    // A folder is named by the first part of its rows' keys: `{folder}/{hash}/original.ext`, or `{folder}.ext` for
    // an upload from before images were cleaned (whose variants live in `{folder}/`).
    const { rows } = await sql<{ folder: string }>`
      select f.folder from unnest(${placed}::text[]) as f(folder)
      where not exists (select 1 from media m where split_part(split_part(m.storage_key, '/', 1), '.', 1) = f.folder)
    `.execute(getDb());
    orphans = rows.map((row) => row.folder);
  }
  await Promise.all(staged.map((name) => rm(path.join(root, STAGING, name), { recursive: true, force: true })));
  if (orphans.length > MOST_ORPHANS && orphans.length * 2 > all.length) {
    throw new Error(
      `${orphans.length} of the ${all.length} folders in ${root} are named by no row of this database; nothing was moved. ` +
        'Does NEWSROOM_MEDIA_DIR belong to another database, or was the database restored without its media folder?',
    );
  }
  if (orphans.length) await mkdir(path.join(root, ORPHANED), { recursive: true });
  for (const name of orphans) await rename(path.join(root, name), path.join(root, ORPHANED, name));
  return { staging: staged.length, orphaned: orphans.length };
}
