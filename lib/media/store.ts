import 'server-only';
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import type { Kysely } from 'kysely';
import { getDb } from '@/lib/db/client';
import type { Database } from '@/lib/db/schema';
import { imageFiles, readIfExists, writeFileAtomically, type ImageFiles } from './files';
import { cleanImage } from './process';
import { storeImage as storeImageIn, type StoreOptions, type UploadResult } from './storage';

export { MAX_UPLOAD_BYTES, type UploadError, type UploadResult } from './storage';

/** Stores an upload in the site's database (lib/media/storage.ts says how). */
export function storeImage(upload: Uint8Array | Blob, uploadedBy: number | null, db: Kysely<Database> = getDb(), options: StoreOptions = {}): Promise<UploadResult> {
  return storeImageIn(upload, uploadedBy, db, options);
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
