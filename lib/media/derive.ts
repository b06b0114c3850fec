import 'server-only';
import { access, mkdir } from 'node:fs/promises';
import path from 'node:path';
import { getDb } from '@/lib/db/client';
import { imageFiles, readIfExists, writeFileAtomically } from './files';
import { allVariants, renderVariant, variantFileName, type Variant } from './process';
import { IMAGE_MIME, parseVariant } from './variants';

/**
 * Variants on disk, and the ones not there yet derived from the stored original on their first request. Every URL
 * names a variant by id, content hash and file name; anything else, or a row whose original is gone, is `null`.
 */

export interface VariantFile {
  bytes: Buffer;
  mime: string;
}

// One derivation per file in this process: readers who ask for a new variant at once wait for the same one. Another
// instance sharing the folder may derive it too; both write atomically, so either result is whole.
const deriving = new Map<string, Promise<Buffer | null>>();

// And two at a time in all, first asked first served: encoding runs on Node's four-thread pool, which every file read
// of the server also needs, so a crawler asking for hundreds of new variants at once must not stall the pages.
const AT_ONCE = 2;
let running = 0;
const waiting: (() => void)[] = [];

async function inTurn<T>(work: () => Promise<T>): Promise<T> {
  if (running >= AT_ONCE) await new Promise<void>((resolve) => waiting.push(resolve));
  running += 1;
  try {
    return await work();
  } finally {
    running -= 1;
    waiting.shift()?.();
  }
}

async function derive(originalFile: string, file: string, variant: Variant): Promise<Buffer | null> {
  const original = await readIfExists(originalFile);
  if (!original) return null;
  const bytes = await renderVariant(original, variant);
  await mkdir(path.dirname(file), { recursive: true });
  await writeFileAtomically(file, bytes);
  return bytes;
}

/** A variant's bytes and type, or null for a wrong hash, a size the image does not come in, or missing files. */
export async function readVariant(id: number, hash: string, fileName: string): Promise<VariantFile | null>;
/** With `onlyIfMissing`: derives the variant if it is not there, and says which it was. */
export async function readVariant(id: number, hash: string, fileName: string, options: { onlyIfMissing: true }): Promise<'present' | 'derived' | null>;
export async function readVariant(id: number, hash: string, fileName: string, options?: { onlyIfMissing: true }): Promise<VariantFile | 'present' | 'derived' | null> {
  const row = await getDb().selectFrom('media').select(['storage_key', 'content_hash', 'width']).where('id', '=', id).executeTakeFirst();
  if (!row || row.content_hash !== hash) return null;
  const variant = parseVariant(row, fileName);
  const files = imageFiles(row.storage_key, row.content_hash);
  if (!variant || !files) return null;
  const mime = variant.kind === 'share' ? IMAGE_MIME.jpg : IMAGE_MIME[variant.format];
  const file = path.join(files.variants, variantFileName(variant));
  if (options?.onlyIfMissing) {
    if (await exists(file)) return 'present';
  } else {
    const stored = await readIfExists(file);
    if (stored) return { bytes: stored, mime };
  }

  let pending = deriving.get(file);
  if (!pending) {
    pending = inTurn(() => derive(files.original, file, variant)).finally(() => deriving.delete(file));
    deriving.set(file, pending);
  }
  const bytes = await pending;
  if (options?.onlyIfMissing) return bytes ? 'derived' : null;
  return bytes ? { bytes, mime } : null;
}

const exists = (file: string) => access(file).then(() => true, () => false);

/** How many of the newest articles' covers a start makes sure of. */
const WARM_COVERS = 200;

/**
 * Derives, in the background after a start, the missing variants of the most recently stored covers: the pictures
 * readers see first, so the first readers after a fresh seed or a restore without variants do not wait for them.
 * Two at a time (in turn with readers' requests). Resolves to the number of files derived.
 */
export async function warmCoverVariants(): Promise<number> {
  const rows = await getDb()
    .selectFrom('media as m')
    .innerJoin('articles as a', 'a.cover_media_id', 'm.id')
    .select(['m.id', 'm.content_hash', 'm.width'])
    .distinct()
    .orderBy('m.id', 'desc')
    .limit(WARM_COVERS)
    .execute();
  let derived = 0;
  for (const row of rows) {
    const names = allVariants(row).map(variantFileName);
    const results = await Promise.all(names.map((name) => readVariant(row.id, row.content_hash, name, { onlyIfMissing: true })));
    derived += results.filter((result) => result === 'derived').length;
  }
  return derived;
}
