import 'server-only';
import type { Kysely } from 'kysely';
import { z } from 'zod';
import type { Staff } from '@/lib/auth/sessions';
import { getDb } from '@/lib/db/client';
import type { Database } from '@/lib/db/schema';
import { locales, type Locale } from '@/lib/i18n/locales';
import { audit } from '@/lib/audit/write';
import { recordId } from '@/lib/editorial/plumbing/fields';
import { MAX_LENGTH } from '@/lib/editorial/shared/limits';
import type { MediaTexts } from '@/lib/editorial/shared/media-picker';
import { fail, type ActionResult } from '@/lib/editorial/shared/result';

const text = (max: number) => z.string().trim().max(max, 'tooLong');

type TextField = `alt_${Locale}` | `caption_${Locale}`;

// An image's texts become a cover's by default, so they keep to the cover's limits.
export const mediaTextSchema = z.object({
  id: recordId,
  ...(Object.fromEntries(locales.flatMap((l) => [[`alt_${l}`, text(MAX_LENGTH.coverAlt)], [`caption_${l}`, text(MAX_LENGTH.coverCaption)]])) as Record<
    TextField,
    ReturnType<typeof text>
  >),
});

function emptyTexts(): MediaTexts {
  return Object.fromEntries(locales.map((l) => [l, { alt: '', caption: '' }])) as MediaTexts;
}

/** Each image's own alt text and caption, in every language. */
export async function mediaTexts(ids: number[], db: Kysely<Database> = getDb()): Promise<Map<number, MediaTexts>> {
  const texts = new Map(ids.map((id) => [id, emptyTexts()]));
  if (!ids.length) return texts;
  const rows = await db.selectFrom('media_texts').select(['media_id', 'locale', 'alt', 'caption']).where('media_id', 'in', ids).execute();
  for (const row of rows) {
    const entry = texts.get(row.media_id);
    if (entry && entry[row.locale]) entry[row.locale] = { alt: row.alt, caption: row.caption };
  }
  return texts;
}

/**
 * Sets an image's own alt text and caption in each language: what the picker fills in when the image becomes a cover
 * or a body image. Articles that already use it keep their own texts; a language left empty has none.
 */
export async function saveMediaText(staff: Staff, input: z.output<typeof mediaTextSchema>): Promise<ActionResult<{ id: number }>> {
  const saved = await getDb()
    .transaction()
    .execute(async (trx) => {
      const row = await trx.selectFrom('media').select('id').where('id', '=', input.id).forUpdate().executeTakeFirst();
      if (!row) return false;
      for (const locale of locales) {
        const alt = input[`alt_${locale}`];
        const caption = input[`caption_${locale}`];
        if (!alt && !caption) {
          await trx.deleteFrom('media_texts').where('media_id', '=', input.id).where('locale', '=', locale).execute();
          continue;
        }
        await trx
          .insertInto('media_texts')
          .values({ media_id: input.id, locale, alt, caption })
          .onConflict((c) => c.columns(['media_id', 'locale']).doUpdateSet({ alt, caption }))
          .execute();
      }
      await audit(trx, staff.id, { action: 'describe', entity: 'media', entityId: input.id });
      return true;
    });
  return saved ? { ok: true, data: { id: input.id } } : fail({ form: 'notFound' });
}
