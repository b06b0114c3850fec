import 'server-only';
import { randomUUID } from 'node:crypto';
import { mkdir, rename, rm, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { z } from 'zod';
import type { Staff } from '@/lib/auth/sessions';
import { changeArticle } from '@/lib/cache/revalidate';
import { getDb } from '@/lib/db/client';
import { imageFiles, mediaDir, STAGING } from '@/lib/media/files';
import { fileNameOf, prepareImage, writeAllVariants } from '@/lib/media/storage';
import { audit } from '@/lib/audit/write';
import { mediaUses } from '@/lib/editorial/commands/media-library';
import { fail, type ActionResult } from '@/lib/editorial/shared/result';
import { recordId } from '@/lib/editorial/plumbing/fields';

export const replaceMediaSchema = z.object({
  id: recordId,
  file: z.instanceof(File, { message: 'required' }).refine((file) => file.size > 0, 'required'),
});

async function exists(file: string): Promise<boolean> {
  return stat(file).then(
    () => true,
    () => false,
  );
}

/**
 * Puts a new picture in place of an image, keeping its id, so every cover and body image that shows it shows the new
 * one. It is cleaned and all its variants derived as an upload is; they go in a folder of the new content hash beside
 * the old one, so variant URLs change with the picture and no cache (the edge's, a browser's) can serve the old one
 * under them. The row and the audit entry are written together, then every article using the image is changed
 * (changeArticle): its pages render again with the new URLs and are purged at the edge.
 */
export async function replaceMedia(staff: Staff, input: z.output<typeof replaceMediaSchema>): Promise<ActionResult<{ id: number; hash: string }>> {
  const db = getDb();
  const row = await db.selectFrom('media').select(['storage_key', 'content_hash']).where('id', '=', input.id).executeTakeFirst();
  const files = row ? imageFiles(row.storage_key, row.content_hash) : null;
  if (!row || !files) return fail({ form: 'notFound' });
  const image = await prepareImage(input.file);
  if (typeof image === 'string') return fail({ file: image });

  const folder = path.basename(path.dirname(files.variants));
  const placed = path.join(mediaDir(), folder, image.hash);
  const staging = path.join(mediaDir(), STAGING, randomUUID());
  try {
    if (!(await exists(placed))) {
      await mkdir(staging, { recursive: true });
      await writeFile(path.join(staging, `original.${image.ext}`), image.bytes, { flag: 'wx' });
      await writeAllVariants(image.bytes, image, staging);
    }
    await db.transaction().execute(async (trx) => {
      await trx
        .updateTable('media')
        .set({
          storage_key: `${folder}/${image.hash}/original.${image.ext}`,
          content_hash: image.hash,
          mime_type: image.mime,
          width: image.width,
          height: image.height,
          byte_size: image.bytes.byteLength,
          file_name: fileNameOf(input.file),
        })
        .where('id', '=', input.id)
        .execute();
      await audit(trx, staff.id, { action: 'replace', entity: 'media', entityId: input.id, details: { from: row.content_hash, to: image.hash } });
      if (!(await exists(placed))) await rename(staging, placed);
    });
  } finally {
    await rm(staging, { recursive: true, force: true });
  }
  const uses = (await mediaUses([input.id])).get(input.id) ?? [];
  for (const articleId of new Set(uses.map((use) => use.articleId))) await changeArticle(articleId, async () => undefined);
  return { ok: true, data: { id: input.id, hash: image.hash } };
}
