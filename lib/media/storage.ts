import { randomUUID } from 'node:crypto';
import { mkdir, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Kysely } from 'kysely';
import type { Database } from '@/lib/db/schema';
import { mediaDir, STAGING, storageKey, writeFileAtomically } from './files';
import { allVariants, cleanImage, renderVariant, variantFileName, type CleanImage, type ImageRefusal } from './process';

/*
 * How an image is stored, given the database to store it in: for the site (lib/media/store.ts) and for the demo
 * seeder, which runs outside Next (scripts/run.ts) and stores its covers in its own transaction.
 */

import { MAX_UPLOAD_BYTES } from '@/lib/http/body-limits.mjs';

export { MAX_UPLOAD_BYTES };

export type UploadError = 'tooLarge' | ImageRefusal;
export type UploadResult = { ok: true; id: number; hash: string } | { ok: false; error: UploadError };

export interface StoreOptions {
  /** The uploaded file's name, kept for searching the library. */
  fileName?: string | null;
  /**
   * 'eager' (the default, for editors' uploads) derives all variants before the upload is answered: 2–5 s for a
   * 1920 px photo on two busy cores, paid once by the editor instead of by the first readers, and an image that
   * cannot be encoded fails here, in front of the editor, not on a reader's request. 'lazy' stores the cleaned original
   * only (the demo seeder, which stores dozens on every fresh database); each variant is then derived on its first
   * request (lib/media/derive.ts).
   */
  variants?: 'eager' | 'lazy';
}

/**
 * Cleans an image (lib/media/process.ts) and stores it with its variants: its files and its row exist together or not
 * at all. Everything is written into a staging folder; then, in one transaction, the row is inserted and the folder
 * is renamed into place. A failure before the commit leaves no row, and the folder is removed; a crash between the
 * rename and the commit leaves a folder no row names, which nothing can reach (its name is a random UUID).
 *
 * Given a transaction (`db`), the row is inserted in it and the folder placed before this returns; the caller
 * commits. If the caller rolls back afterwards, the folder stays, unreachable in the same way; if a database is
 * restored without its media folder, rows without files answer 404 (app/media). `upload` may be the uploaded File
 * itself, so that one over the limit is refused by its declared size before its bytes are read.
 */
export async function storeImage(upload: Uint8Array | Blob, uploadedBy: number | null, db: Kysely<Database>, options: StoreOptions = {}): Promise<UploadResult> {
  const image = await prepareImage(upload);
  if (typeof image === 'string') return { ok: false, error: image };
  return storeCleanImage(image, uploadedBy, db, { fileName: fileNameOf(upload), ...options });
}

/** The size check and the cleaning of an upload (lib/media/process.ts), which need no database. */
export async function prepareImage(upload: Uint8Array | Blob): Promise<CleanImage | UploadError> {
  const size = upload instanceof Uint8Array ? upload.byteLength : upload.size;
  if (size > MAX_UPLOAD_BYTES) return 'tooLarge';
  return cleanImage(upload instanceof Uint8Array ? upload : new Uint8Array(await upload.arrayBuffer()));
}

/** Stores what `prepareImage` cleaned, as `storeImage` does. */
export async function storeCleanImage(image: CleanImage, uploadedBy: number | null, db: Kysely<Database>, options: StoreOptions = {}): Promise<UploadResult & { ok: true }> {
  const folder = randomUUID();
  const key = storageKey(folder, image.hash, image.ext);
  const staging = path.join(mediaDir(), STAGING, folder);
  const placed = path.join(mediaDir(), folder);
  try {
    await mkdir(path.join(staging, image.hash), { recursive: true });
    await writeFile(path.join(staging, image.hash, path.basename(key)), image.bytes, { flag: 'wx' });
    if (options.variants !== 'lazy') await writeAllVariants(image.bytes, image, path.join(staging, image.hash));
    const insertAndPlace = async (trx: Kysely<Database>) => {
      const row = await trx
        .insertInto('media')
        .values({ storage_key: key, content_hash: image.hash, mime_type: image.mime, width: image.width, height: image.height, byte_size: image.bytes.byteLength, uploaded_by: uploadedBy, file_name: options.fileName ?? null })
        .returning('id')
        .executeTakeFirstOrThrow();
      await rename(staging, placed);
      return row.id;
    };
    const id = db.isTransaction ? await insertAndPlace(db) : await db.transaction().execute(insertAndPlace);
    return { ok: true, id, hash: image.hash };
  } catch (error) {
    await rm(staging, { recursive: true, force: true });
    await rm(placed, { recursive: true, force: true });
    throw error;
  }
}

// Two at a time: libvips work runs on Node's four-thread pool, which file reads of other requests also need.
const PARALLEL = 2;

/** Derives every variant of an original into `folder` (at upload, before the folder is moved into place). */
export async function writeAllVariants(original: Uint8Array, image: { width: number }, folder: string): Promise<void> {
  const queue = allVariants(image);
  const worker = async () => {
    for (let variant = queue.shift(); variant; variant = queue.shift()) {
      await writeFileAtomically(path.join(folder, variantFileName(variant)), await renderVariant(original, variant));
    }
  };
  await Promise.all(Array.from({ length: PARALLEL }, worker));
}

/** The name of an uploaded File, without any folder a browser may send, and short enough to show. */
export function fileNameOf(upload: Uint8Array | Blob): string | null {
  if (typeof File === 'undefined' || !(upload instanceof File)) return null;
  return upload.name.split(/[\\/]/).pop()?.trim().slice(0, 200) || null;
}
