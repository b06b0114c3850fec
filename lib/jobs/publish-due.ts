import 'server-only';
import { sql } from 'kysely';
import { changeArticle } from '@/lib/cache/revalidate';
import { getDb } from '@/lib/db/client';
import type { Locale } from '@/lib/i18n/locales';
import { audit } from '@/lib/audit/write';

/**
 * Publishes every scheduled translation whose time has come. Each one is claimed by a single atomic UPDATE … WHERE
 * status = 'scheduled', so with several instances ticking at once each translation goes live exactly once.
 */
export async function publishDueTranslations(): Promise<{ articleId: number; locale: Locale }[]> {
  const db = getDb();
  const due = await db
    .selectFrom('article_translations')
    .select('article_id')
    .distinct()
    .where('status', '=', 'scheduled')
    .where('published_at', '<=', sql<Date>`now()`)
    .execute();
  const published: { articleId: number; locale: Locale }[] = [];
  for (const { article_id: articleId } of due) {
    const locales = await changeArticle(articleId, () =>
      db.transaction().execute(async (trx) => {
        const claimed = await trx
          .updateTable('article_translations')
          .set({ status: 'published', version: sql`version + 1`, updated_at: sql`now()` })
          .where('article_id', '=', articleId)
          .where('status', '=', 'scheduled')
          .where('published_at', '<=', sql<Date>`now()`)
          .returning('locale')
          .execute();
        for (const { locale } of claimed) {
          await audit(trx, null, { action: 'published', entity: 'article', entityId: articleId, locale, details: { scheduled: true } });
        }
        return claimed.map((row) => row.locale);
      }),
    );
    published.push(...locales.map((locale) => ({ articleId, locale })));
  }
  return published;
}
