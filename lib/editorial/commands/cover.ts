import 'server-only';
import { sql, type Kysely } from 'kysely';
import type { Database } from '@/lib/db/schema';
import { z } from 'zod';
import type { Staff } from '@/lib/auth/sessions';
import { changeArticle } from '@/lib/cache/revalidate';
import { getDb } from '@/lib/db/client';
import { locales, type Locale } from '@/lib/i18n/locales';
import { storeImage } from '@/lib/media/store';
import { audit } from '@/lib/audit/write';
import { fail, type ActionErrors, type ActionResult } from '@/lib/editorial/shared/result';
import { existingVersion, recordId } from '@/lib/editorial/plumbing/fields';
import { versionedWrite } from '@/lib/editorial/plumbing/versioned-write';
import { MAX_LENGTH } from '@/lib/editorial/shared/limits';
import { mediaTexts } from '@/lib/editorial/commands/media-text';

const id = recordId;
const text = (max: number) => z.string().trim().max(max, 'tooLong');

export const coverSchema = z.object({
  articleId: id,
  version: existingVersion,
  // '' in the library picker: no cover.
  coverMediaId: z.union([z.literal('').transform(() => null), id]),
  // A new image to upload and use instead of the picked one; browsers send an empty file when none is chosen.
  file: z.instanceof(File).optional(),
  alt_ru: text(MAX_LENGTH.coverAlt),
  alt_az: text(MAX_LENGTH.coverAlt),
  alt_en: text(MAX_LENGTH.coverAlt),
  caption_ru: text(MAX_LENGTH.coverCaption),
  caption_az: text(MAX_LENGTH.coverCaption),
  caption_en: text(MAX_LENGTH.coverCaption),
});
export type CoverInput = z.output<typeof coverSchema>;

/**
 * Sets or removes the cover every translation shares, with each language's alt text and caption. A language that
 * readers can see (published or scheduled) must describe the cover: its alt text is required there. The article's
 * pages, Open Graph image and JSON-LD all change, so the write goes through changeArticle.
 */
export async function saveCover(staff: Staff, input: CoverInput): Promise<ActionResult<{ version: number; mediaId: number | null }>> {
  const db = getDb();
  const translations = await db.selectFrom('article_translations').select(['locale', 'status']).where('article_id', '=', input.articleId).execute();
  const article = await db.selectFrom('articles').select('id').where('id', '=', input.articleId).executeTakeFirst();
  if (!article) return fail({ form: 'notFound' });
  const upload = input.file && input.file.size > 0 ? input.file : null;
  const hasCover = upload !== null || input.coverMediaId !== null;

  let mediaId = input.coverMediaId;
  if (!upload && mediaId !== null) {
    const exists = await db.selectFrom('media').select('id').where('id', '=', mediaId).executeTakeFirst();
    if (!exists) return fail({ coverMediaId: 'unknownMedia' });
  }
  // A language left empty takes the picked image's own text: the article's own, where written, overrides it.
  const own = !upload && mediaId !== null ? (await mediaTexts([mediaId], db)).get(mediaId) : undefined;
  const alt = (locale: Locale) => input[`alt_${locale}`] || own?.[locale].alt || '';
  const caption = (locale: Locale) => input[`caption_${locale}`] || own?.[locale].caption || '';

  if (hasCover) {
    const errors: ActionErrors = {};
    for (const t of translations) {
      if ((t.status === 'published' || t.status === 'scheduled') && !alt(t.locale)) errors[`alt_${t.locale}`] = 'altRequired';
    }
    if (Object.keys(errors).length) return fail(errors);
  }

  if (upload) {
    const stored = await storeImage(upload, staff.id);
    if (!stored.ok) return fail({ file: stored.error });
    await audit(db, staff.id, { action: 'upload', entity: 'media', entityId: stored.id });
    mediaId = stored.id;
  }

  const saved = await versionedWrite((current) =>
    changeArticle(input.articleId, () =>
      db.transaction().execute(async (trx) => {
        const { version } = current(
          await trx
            .updateTable('articles')
            .set({ cover_media_id: mediaId, version: sql`version + 1`, updated_at: sql`now()` })
            .where('id', '=', input.articleId)
            .where('version', '=', input.version)
            .returning('version')
            .executeTakeFirst(),
        );
        for (const locale of translations.map((t) => t.locale)) {
          // Alt text and caption describe this cover; without one they are cleared rather than left to describe the next.
          await trx
            .updateTable('article_translations')
            .set({ cover_alt: mediaId === null ? null : alt(locale) || null, cover_caption: mediaId === null ? null : caption(locale) || null })
            .where('article_id', '=', input.articleId)
            .where('locale', '=', locale)
            .execute();
        }
        // A picture uploaded here is described by what the editor wrote for it: those become its own texts too.
        if (upload && mediaId !== null) {
          const described = locales.filter((locale) => alt(locale) || caption(locale)).map((locale) => ({ media_id: mediaId!, locale, alt: alt(locale), caption: caption(locale) }));
          if (described.length) await trx.insertInto('media_texts').values(described).onConflict((c) => c.doNothing()).execute();
        }
        await audit(trx, staff.id, { action: 'cover', entity: 'article', entityId: input.articleId, details: { mediaId } });
        return version;
      }),
    ),
  );
  return saved.ok ? { ok: true, data: { version: saved.data, mediaId } } : saved;
}

export interface EditableCover {
  mediaId: number | null;
  text: Record<Locale, { alt: string; caption: string }>;
}

export async function getCoverForEditor(articleId: number): Promise<EditableCover | null> {
  const db = getDb();
  const article = await db.selectFrom('articles').select('cover_media_id').where('id', '=', articleId).executeTakeFirst();
  if (!article) return null;
  const [rows, waiting] = await Promise.all([
    db.selectFrom('article_translations').select(['locale', 'cover_alt', 'cover_caption']).where('article_id', '=', articleId).execute(),
    db.selectFrom('article_cover_texts').select(['locale', 'alt', 'caption']).where('article_id', '=', articleId).execute(),
  ]);
  const text = Object.fromEntries(
    locales.map((locale) => {
      const row = rows.find((r) => r.locale === locale);
      const kept = waiting.find((r) => r.locale === locale);
      return [locale, row ? { alt: row.cover_alt ?? '', caption: row.cover_caption ?? '' } : { alt: kept?.alt ?? '', caption: kept?.caption ?? '' }];
    }),
  ) as Record<Locale, { alt: string; caption: string }>;
  return { mediaId: article.cover_media_id, text };
}

/** The cover text kept for a language before its translation existed, taken off the waiting list as the translation is created. */
export async function takePendingCoverText(trx: Kysely<Database>, articleId: number, locale: Locale): Promise<{ alt: string | null; caption: string | null } | null> {
  const row = await trx
    .deleteFrom('article_cover_texts')
    .where('article_id', '=', articleId)
    .where('locale', '=', locale)
    .returning(['alt', 'caption'])
    .executeTakeFirst();
  return row ?? null;
}

/** Whether a byline belongs to a deactivated account: such a byline is not offered, and not accepted as a new one. */
export async function inactiveAuthor(db: Kysely<Database>, authorId: number): Promise<boolean> {
  const row = await db
    .selectFrom('authors as a')
    .innerJoin('users as u', 'u.id', 'a.user_id')
    .select('u.active')
    .where('a.id', '=', authorId)
    .executeTakeFirst();
  return row?.active === false;
}
