import 'server-only';
import { randomUUID } from 'node:crypto';
import { mkdir, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Kysely } from 'kysely';
import { getDb } from '@/lib/db/client';
import type { Database } from '@/lib/db/schema';
import { writeAllVariants } from './derive';
import { imageFiles, mediaDir, readIfExists, STAGING, storageKey, writeFileAtomically, type ImageFiles } from './files';
import { cleanImage, type ImageRefusal } from './process';

export const MAX_UPLOAD_BYTES = 10 * 1024 * 1024;

export type UploadError = 'tooLarge' | ImageRefusal;
export type UploadResult = { ok: true; id: number; hash: string } | { ok: false; error: UploadError };

export interface StoreOptions {
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
export async function storeImage(upload: Uint8Array | Blob, uploadedBy: number | null, db: Kysely<Database> = getDb(), options: StoreOptions = {}): Promise<UploadResult> {
  const size = upload instanceof Uint8Array ? upload.byteLength : upload.size;
  if (size > MAX_UPLOAD_BYTES) return { ok: false, error: 'tooLarge' };
  const bytes = upload instanceof Uint8Array ? upload : new Uint8Array(await upload.arrayBuffer());
  const image = await cleanImage(bytes);
  if (typeof image === 'string') return { ok: false, error: image };

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
        .values({ storage_key: key, content_hash: image.hash, mime_type: image.mime, width: image.width, height: image.height, byte_size: image.bytes.byteLength, uploaded_by: uploadedBy })
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

export interface StoredImage {
  mime: string;
  bytes: Buffer;
}

/**
 * The stored original of an image, or null when there is no such row or its file is gone. An upload from before
 * images were cleaned is never served as it was stored: its cleaned copy is made on first request, kept beside its
 * variants, and served instead, so no camera metadata (GPS) leaves the site from old uploads either.
 */
export async function readImage(id: number): Promise<StoredImage | null> {
  const row = await getDb().selectFrom('media').select(['storage_key', 'content_hash', 'mime_type']).where('id', '=', id).executeTakeFirst();
  const files = row ? imageFiles(row.storage_key, row.content_hash) : null;
  if (!row || !files) return null;
  if (files.legacy) return readCleanedLegacy(files);
  const bytes = await readIfExists(files.original);
  return bytes ? { mime: row.mime_type, bytes } : null;
}

const CLEANED = { png: 'image/png', jpg: 'image/jpeg', webp: 'image/webp' } as const;

async function readCleanedLegacy(files: ImageFiles): Promise<StoredImage | null> {
  for (const [ext, mime] of Object.entries(CLEANED)) {
    const bytes = await readIfExists(path.join(files.variants, `original.${ext}`));
    if (bytes) return { mime, bytes };
  }
  const raw = await readIfExists(files.original);
  const image = raw ? await cleanImage(raw) : null;
  if (!image || typeof image === 'string') return null;
  await mkdir(files.variants, { recursive: true });
  await writeFileAtomically(path.join(files.variants, `original.${image.ext}`), image.bytes);
  return { mime: image.mime, bytes: image.bytes };
}

export interface MediaItem {
  id: number;
  hash: string;
  width: number;
  height: number;
  createdAt: Date;
}

/** The library: the newest uploads, to reuse in articles. */
export async function listMedia(limit = 60): Promise<MediaItem[]> {
  const rows = await getDb().selectFrom('media').select(['id', 'content_hash', 'width', 'height', 'created_at']).orderBy('id', 'desc').limit(limit).execute();
  return rows.map((r) => ({ id: r.id, hash: r.content_hash, width: r.width, height: r.height, createdAt: r.created_at }));
}
