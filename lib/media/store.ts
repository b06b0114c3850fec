import 'server-only';
import { randomUUID } from 'node:crypto';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { getDb } from '@/lib/db/client';
import { sniffImage, type SniffedImage } from './sniff';

export const MAX_UPLOAD_BYTES = 10 * 1024 * 1024;

/** Uploaded files live here (`.data/media` unless NEWSROOM_MEDIA_DIR moves them), named by a random key. */
function mediaDir(): string {
  return process.env.NEWSROOM_MEDIA_DIR ?? path.join(process.cwd(), '.data', 'media');
}

export type UploadResult = { ok: true; id: number } | { ok: false; error: 'tooLarge' | 'notImage' };

/** Stores an image whose type is read from its bytes, with its dimensions; anything else is refused. */
export async function storeImage(bytes: Uint8Array, uploadedBy: number): Promise<UploadResult> {
  if (bytes.byteLength > MAX_UPLOAD_BYTES) return { ok: false, error: 'tooLarge' };
  const image = sniffImage(bytes);
  if (!image) return { ok: false, error: 'notImage' };
  const key = `${randomUUID()}.${image.ext}`;
  await mkdir(mediaDir(), { recursive: true });
  await writeFile(path.join(mediaDir(), key), bytes, { flag: 'wx' });
  const row = await getDb()
    .insertInto('media')
    .values({ storage_key: key, mime_type: image.mime, width: image.width, height: image.height, byte_size: bytes.byteLength, uploaded_by: uploadedBy })
    .returning('id')
    .executeTakeFirstOrThrow();
  return { ok: true, id: row.id };
}

export interface StoredImage {
  mime: SniffedImage['mime'];
  bytes: Buffer;
}

export async function readImage(id: number): Promise<StoredImage | null> {
  const row = await getDb().selectFrom('media').select(['storage_key', 'mime_type']).where('id', '=', id).executeTakeFirst();
  if (!row || !/^[0-9a-f-]{36}\.(png|jpg|gif|webp)$/.test(row.storage_key)) return null;
  const bytes = await readFile(path.join(mediaDir(), row.storage_key)).catch(() => null);
  return bytes ? { mime: row.mime_type as SniffedImage['mime'], bytes } : null;
}

export interface MediaItem {
  id: number;
  width: number;
  height: number;
  createdAt: Date;
}

/** The library: the newest uploads, to reuse in articles. */
export async function listMedia(limit = 60): Promise<MediaItem[]> {
  const rows = await getDb().selectFrom('media').select(['id', 'width', 'height', 'created_at']).orderBy('id', 'desc').limit(limit).execute();
  return rows.map((r) => ({ id: r.id, width: r.width, height: r.height, createdAt: r.created_at }));
}
