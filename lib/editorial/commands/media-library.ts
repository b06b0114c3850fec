import 'server-only';
import { mkdir, rename } from 'node:fs/promises';
import path from 'node:path';
import { sql, type Kysely } from 'kysely';
import { z } from 'zod';
import type { Staff } from '@/lib/auth/sessions';
import { getDb } from '@/lib/db/client';
import type { Database } from '@/lib/db/schema';
import { defaultLocale, type Locale } from '@/lib/i18n/locales';
import { mediaDir, ORPHANED } from '@/lib/media/files';
import { audit } from '@/lib/audit/write';
import { fail, type ActionResult } from '@/lib/editorial/shared/result';
import { recordId } from '@/lib/editorial/plumbing/fields';
import { MAX_LENGTH } from '@/lib/editorial/shared/limits';
import type { MediaTexts, PickedImageRef } from '@/lib/editorial/shared/media-picker';
import { mediaTexts } from '@/lib/editorial/commands/media-text';

/** Where an image is shown: as an article's cover (every language), or in one translation's body. */
export interface MediaUse {
  articleId: number;
  kind: 'cover' | 'body';
  locale: Locale | null;
  /** The article's headline in the language asked for, else in the use's own language, else in the first it has. */
  title: string;
  titleLocale: Locale;
}

export interface LibraryItem extends PickedImageRef {
  fileName: string | null;
  createdAt: Date;
  uses: MediaUse[];
  text: MediaTexts;
}

const usesQuery = (db: Kysely<Database>, ids: number[], prefer: Locale) =>
  sql<{ media_id: number; article_id: number; kind: 'cover' | 'body'; locale: Locale | null; title: string; title_locale: Locale }>`
    select u.media_id, u.article_id, u.kind, u.locale, h.title, h.locale as title_locale from (
      select a.cover_media_id as media_id, a.id as article_id, 'cover'::text as kind, null::text as locale
        from articles a where a.cover_media_id = any(${ids})
      union
      select (b->>'mediaId')::int, t.article_id, 'body', t.locale
        from article_translations t cross join lateral jsonb_array_elements(t.body->'blocks') b
       where b->>'type' = 'image' and (b->>'mediaId')::int = any(${ids})
    ) u cross join lateral (
      select t.title, t.locale from article_translations t where t.article_id = u.article_id
       order by t.locale = ${prefer} desc, coalesce(t.locale = u.locale, false) desc, t.locale limit 1
    ) h
    order by u.article_id, u.kind, u.locale`.execute(db);

/** Every use of the images given, by image, each headline in the language `prefer` where the article has it. */
export async function mediaUses(ids: number[], db: Kysely<Database> = getDb(), prefer: Locale = defaultLocale): Promise<Map<number, MediaUse[]>> {
  const uses = new Map<number, MediaUse[]>(ids.map((id) => [id, []]));
  if (!ids.length) return uses;
  for (const row of (await usesQuery(db, ids, prefer)).rows) {
    uses.get(row.media_id)?.push({ articleId: row.article_id, kind: row.kind, locale: row.locale, title: row.title, titleLocale: row.title_locale });
  }
  return uses;
}

export const mediaSearchSchema = z.string().trim().max(MAX_LENGTH.mediaSearch).catch('');

/** How many images one page of the library or the picker shows; the next page starts below the last id. */
export const LIBRARY_PAGE = 24;

export interface LibraryPage {
  items: LibraryItem[];
  /** The `before` of the next page, or null on the last. */
  next: number | null;
}

/**
 * The library, newest first, or the images whose file name, own alt text or caption in the admin's language, or
 * alt text or caption in any article and language, has the words searched for. Each with where it is used (headlines
 * in the admin's language where the article has one) and its own texts in every language. Keyset pages: `before`
 * is the id the previous page ended above.
 */
export async function searchLibrary(query: string, options: { locale: Locale; before?: number | null; limit?: number }): Promise<LibraryPage> {
  const db = getDb();
  const limit = Math.min(Math.max(1, options.limit ?? LIBRARY_PAGE), 100);
  const like = `%${query.toLowerCase().replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
  const rows = await db
    .selectFrom('media as m')
    .select(['m.id', 'm.content_hash', 'm.width', 'm.height', 'm.file_name', 'm.created_at'])
    .$if(options.before != null, (q) => q.where('m.id', '<', options.before!))
    .$if(query !== '', (q) =>
      q.where(
        sql<boolean>`lower(m.file_name) like ${like}
          or exists (select 1 from media_texts x
                      where x.media_id = m.id and x.locale = ${options.locale} and (lower(x.alt) like ${like} or lower(x.caption) like ${like}))
          or exists (select 1 from articles a join article_translations t on t.article_id = a.id
                      where a.cover_media_id = m.id and (lower(t.cover_alt) like ${like} or lower(t.cover_caption) like ${like}))
          or exists (select 1 from article_translations t cross join lateral jsonb_array_elements(t.body->'blocks') b
                      where b->>'type' = 'image' and (b->>'mediaId')::int = m.id
                        and (lower(b->>'alt') like ${like} or lower(b->>'caption') like ${like}))`,
      ),
    )
    .orderBy('m.id', 'desc')
    .limit(limit + 1)
    .execute();
  const page = rows.slice(0, limit);
  const ids = page.map((row) => row.id);
  const [uses, texts] = await Promise.all([mediaUses(ids, db, options.locale), mediaTexts(ids, db)]);
  return {
    items: page.map((row) => ({
      id: row.id,
      hash: row.content_hash,
      width: row.width,
      height: row.height,
      fileName: row.file_name,
      createdAt: row.created_at,
      uses: uses.get(row.id) ?? [],
      text: texts.get(row.id)!,
    })),
    next: rows.length > limit ? page[page.length - 1]!.id : null,
  };
}

export const deleteMediaSchema = z.object({ id: recordId });

class InUse extends Error {}

/**
 * Deletes an image no article uses. One in use is refused, and the library lists where (covers and bodies, by
 * article and language), so that the editor changes those first: readers never meet a hole where a picture was.
 * The files are set aside with the orphans the sweep finds (lib/media/sweep.ts), from where an operator can restore
 * them; the row and the audit entry go in one transaction.
 */
export async function deleteMedia(staff: Staff, input: z.output<typeof deleteMediaSchema>): Promise<ActionResult<{ id: number }>> {
  try {
    const key = await getDb()
      .transaction()
      .execute(async (trx) => {
        const row = await trx.selectFrom('media').select('storage_key').where('id', '=', input.id).forUpdate().executeTakeFirst();
        if (!row) return null;
        // Covers hold a key share on the row, so none can be set while this runs; bodies are checked in the same snapshot.
        if ((await mediaUses([input.id], trx)).get(input.id)!.length > 0) throw new InUse();
        await trx.deleteFrom('media').where('id', '=', input.id).execute();
        await audit(trx, staff.id, { action: 'delete', entity: 'media', entityId: input.id, details: { file: row.storage_key } });
        return row.storage_key;
      });
    if (key === null) return fail({ form: 'notFound' });
    await setAside(key);
    return { ok: true, data: { id: input.id } };
  } catch (error) {
    if (error instanceof InUse) return fail({ form: 'mediaInUse' });
    throw error;
  }
}

async function setAside(key: string): Promise<void> {
  const folder = key.split(/[/.]/)[0]!;
  try {
    await mkdir(path.join(mediaDir(), ORPHANED), { recursive: true });
    await rename(path.join(mediaDir(), folder), path.join(mediaDir(), ORPHANED, `${folder}-deleted-${Date.now()}`));
  } catch (error) {
    // The row is gone, so nothing serves the files any more; the sweep sets them aside on the next start.
    console.error(`[media] could not set aside the files of a deleted image (${folder}):`, error);
  }
}

/** One image for its own page: its texts, and where it is used with headlines in the admin's language where they exist. */
export async function getLibraryItem(id: number, locale: Locale): Promise<LibraryItem | null> {
  const db = getDb();
  const row = await db.selectFrom('media').select(['id', 'content_hash', 'width', 'height', 'file_name', 'created_at']).where('id', '=', id).executeTakeFirst();
  if (!row) return null;
  const [uses, texts] = await Promise.all([mediaUses([id], db, locale), mediaTexts([id], db)]);
  return { id, hash: row.content_hash, width: row.width, height: row.height, fileName: row.file_name, createdAt: row.created_at, uses: uses.get(id) ?? [], text: texts.get(id)! };
}
