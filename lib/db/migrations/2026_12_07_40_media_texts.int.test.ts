import { sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import { getDb } from '@/lib/db/client';
import { up } from './2026_12_07_40_media_texts';

class Rollback extends Error {}

describe('the media texts migration', () => {
  it('gives each cover image the alt text and caption its first article wrote, per language; languages with none get none', async () => {
    const db = getDb();
    const [first, second] = await db.selectFrom('article_translations').select('article_id as id').where('locale', '=', 'ru').orderBy('article_id').limit(2).execute();
    // Run again on the tables as they were before, inside a transaction that is rolled back: DDL is transactional here.
    await expect(
      db.transaction().execute(async (trx) => {
        await sql`drop table media_texts`.execute(trx);
        // A row is all the migration reads: no file is needed.
        const stored = await trx
          .insertInto('media')
          .values({ storage_key: 'backfill/0000000000000000/original.png', mime_type: 'image/png', width: 4, height: 3, byte_size: 70, content_hash: '0000000000000000' })
          .returning('id')
          .executeTakeFirstOrThrow();
        await trx.updateTable('articles').set({ cover_media_id: stored.id }).where('id', 'in', [first!.id, second!.id]).execute();
        await trx.updateTable('article_translations').set({ cover_alt: null, cover_caption: null }).where('article_id', 'in', [first!.id, second!.id]).execute();
        await trx.updateTable('article_translations').set({ cover_alt: 'Первая', cover_caption: 'Фото' }).where('article_id', '=', first!.id).where('locale', '=', 'ru').execute();
        await trx.updateTable('article_translations').set({ cover_alt: 'Вторая' }).where('article_id', '=', second!.id).where('locale', '=', 'ru').execute();
        await trx.updateTable('article_translations').set({ cover_alt: 'Second' }).where('article_id', '=', second!.id).where('locale', '=', 'en').execute();
        await up(trx);
        const rows = await sql<{ locale: string; alt: string; caption: string }>`select locale, alt, caption from media_texts where media_id = ${stored.id} order by locale`.execute(trx);
        const hasEnglish = await trx.selectFrom('article_translations').select('locale').where('article_id', '=', second!.id).where('locale', '=', 'en').executeTakeFirst();
        expect(rows.rows).toEqual([...(hasEnglish ? [{ locale: 'en', alt: 'Second', caption: '' }] : []), { locale: 'ru', alt: 'Первая', caption: 'Фото' }]);
        throw new Rollback();
      }),
    ).rejects.toThrow(Rollback);
  });
});
