import 'server-only';
import { getDb } from '@/lib/db/client';
import type { Locale } from '@/lib/i18n/locales';
import { translationText, type TranslationText } from '@/lib/editorial/reads/articles';

/** A translation as it is saved now, and who saved it: "theirs" when an editor's save meets a newer one. */
export interface SavedTranslation {
  version: number;
  values: TranslationText;
  savedBy: string | null;
  savedAt: Date;
}

export async function getSavedTranslation(articleId: number, locale: Locale): Promise<SavedTranslation | null> {
  const db = getDb();
  const [row, revision] = await Promise.all([
    db
      .selectFrom('article_translations')
      .select(['version', 'title', 'slug', 'lead', 'body', 'seo_title', 'seo_description', 'updated_at'])
      .where('article_id', '=', articleId)
      .where('locale', '=', locale)
      .executeTakeFirst(),
    // Every text save leaves a revision, so the newest one names whoever wrote the text as it stands.
    db
      .selectFrom('article_revisions as r')
      .leftJoin('users as u', 'u.id', 'r.created_by')
      .select(['u.name', 'r.created_at'])
      .where('r.article_id', '=', articleId)
      .where('r.locale', '=', locale)
      .orderBy('r.id', 'desc')
      .limit(1)
      .executeTakeFirst(),
  ]);
  if (!row) return null;
  return {
    version: row.version,
    values: translationText(row),
    savedBy: revision?.name ?? null,
    savedAt: revision?.created_at ?? row.updated_at,
  };
}
