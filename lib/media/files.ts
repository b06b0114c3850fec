import { randomUUID } from 'node:crypto';
import { readFile, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { env } from '@/lib/ops/env.mjs';

/**
 * Where an image's files are. One folder per upload, named by a random UUID (chosen before the row, and so its id,
 * exists), with one folder per content hash inside:
 *
 *   {mediaDir}/{uuid}/{hash}/original.{png|jpg|webp}    the cleaned original; `storage_key` is this path
 *   {mediaDir}/{uuid}/{hash}/{width}.{avif|webp|jpg}    variants, derived at upload or on first request
 *   {mediaDir}/{uuid}/{hash}/share.jpg                  the 1200×630 share crop
 *
 * Uploads stored before images were cleaned have a flat key, `{uuid}.{ext}`; their variants go to `{uuid}/{hash}/`.
 * A key reaches the file system only when it matches one of these two shapes exactly.
 */

/** Uploaded files live here: `.data/media` unless NEWSROOM_MEDIA_DIR moves them. */
export function mediaDir(): string {
  // Never traced into the standalone server: the folder holds uploads, not code.
  return env().NEWSROOM_MEDIA_DIR ?? path.join(/* turbopackIgnore: true */ process.cwd(), '.data', 'media');
}

/** Uploads being written, inside the media folder so that moving one into place is a rename on one file system. */
export const STAGING = '.staging';

/** Folders that no row named when the sweep ran (lib/media/sweep.ts), set aside rather than deleted. */
export const ORPHANED = '.orphaned';

const UUID = '[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}';
const KEY = new RegExp(`^(${UUID})/([0-9a-f]{16})/original\\.(?:png|jpg|webp)$`);
const LEGACY_KEY = new RegExp(`^(${UUID})\\.(?:png|jpg|gif|webp)$`);
const HASH = /^[0-9a-f]{16}$/;

export function storageKey(folder: string, hash: string, ext: string): string {
  return `${folder}/${hash}/original.${ext}`;
}

export interface ImageFiles {
  /** The stored original. */
  original: string;
  /** Where its variants are. */
  variants: string;
  /** Stored before uploads were cleaned: the original may still carry what the camera wrote (EXIF, GPS). */
  legacy: boolean;
}

/** The files of a media row, or null when its key or hash is not of a shape this store writes. */
export function imageFiles(key: string, hash: string): ImageFiles | null {
  if (!HASH.test(hash)) return null;
  const match = KEY.exec(key) ?? LEGACY_KEY.exec(key);
  if (!match || (match[2] !== undefined && match[2] !== hash)) return null;
  // The media folder is data written at run time: the build must not trace it (or all the project) into the server.
  const dir = mediaDir();
  return {
    original: path.join(/* turbopackIgnore: true */ dir, key),
    variants: path.join(/* turbopackIgnore: true */ dir, match[1]!, hash),
    legacy: match[2] === undefined,
  };
}

/** A file's bytes, or null when it (or its folder) does not exist; other failures are real and thrown. */
export async function readIfExists(file: string): Promise<Buffer | null> {
  try {
    return await readFile(file);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'ENOTDIR') return null;
    throw error;
  }
}

/**
 * Writes a file so that no reader ever sees it half written: a temporary file beside it, then a rename over it. Two
 * writers of the same file (two instances deriving one variant) each rename a complete file; the last one stays.
 */
export async function writeFileAtomically(file: string, bytes: Uint8Array): Promise<void> {
  const temporary = path.join(path.dirname(file), `.${path.basename(file)}.${randomUUID()}.tmp`);
  try {
    await writeFile(temporary, bytes, { flag: 'wx' });
    await rename(temporary, file);
  } catch (error) {
    await rm(temporary, { force: true });
    throw error;
  }
}
