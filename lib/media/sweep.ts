import 'server-only';
import { readdir, rm, stat } from 'node:fs/promises';
import path from 'node:path';
import { sql } from 'kysely';
import { getDb } from '@/lib/db/client';
import { mediaDir, STAGING } from './files';

/** Older than this, a folder no row names is left over, never an upload still being written (seconds). */
export const SWEEP_AFTER_MS = 60 * 60 * 1000;

const FOLDER = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

async function oldFolders(parent: string, now: number): Promise<string[]> {
  const entries = await readdir(parent, { withFileTypes: true }).catch((error: NodeJS.ErrnoException) => {
    if (error.code === 'ENOENT') return [];
    throw error;
  });
  const names = entries.filter((entry) => entry.isDirectory() && FOLDER.test(entry.name)).map((entry) => entry.name);
  const ages = await Promise.all(names.map(async (name) => ({ name, mtime: (await stat(path.join(parent, name))).mtimeMs })));
  return ages.filter((folder) => now - folder.mtime > SWEEP_AFTER_MS).map((folder) => folder.name);
}

/**
 * Removes what an upload can leave behind (lib/media/store.ts): a staging folder of an upload that crashed, and a
 * placed folder whose row was never committed (a rolled-back seed, a crash between the rename and the commit). Only
 * folders older than an hour, so an upload in progress on this or another instance is never touched. Returns the
 * number of folders removed.
 */
export async function sweepMedia(now = Date.now()): Promise<number> {
  const root = mediaDir();
  const staged = await oldFolders(path.join(root, STAGING), now);
  const placed = await oldFolders(root, now);
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
  await Promise.all([
    ...staged.map((name) => rm(path.join(root, STAGING, name), { recursive: true, force: true })),
    ...orphans.map((name) => rm(path.join(root, name), { recursive: true, force: true })),
  ]);
  return staged.length + orphans.length;
}
