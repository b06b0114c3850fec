import 'server-only';
import { z } from 'zod';
import type { Staff } from '@/lib/auth/sessions';
import { parseDocument } from '@/lib/document/schema';
import { getDb } from '@/lib/db/client';
import { locales, type Locale } from '@/lib/i18n/locales';
import { saveTranslation, type TranslationSaveResult } from '@/lib/editorial/commands/articles';
import { documentToMarkup } from '@/lib/editorial/shared/markup';
import { fail } from '@/lib/editorial/shared/result';
import { existingVersion, recordId } from '@/lib/editorial/plumbing/fields';

export interface RevisionSummary {
  id: string;
  createdAt: Date;
  by: string | null;
  title: string;
}

export interface Revision {
  id: string;
  title: string;
  lead: string;
  body: string;
}

export async function listRevisions(articleId: number, locale: Locale): Promise<RevisionSummary[]> {
  const rows = await getDb()
    .selectFrom('article_revisions as r')
    .leftJoin('users as u', 'u.id', 'r.created_by')
    .select(['r.id', 'r.created_at', 'r.title', 'u.name'])
    .where('r.article_id', '=', articleId)
    .where('r.locale', '=', locale)
    .orderBy('r.id', 'desc')
    .limit(200)
    .execute();
  return rows.map((r) => ({ id: r.id, createdAt: r.created_at, by: r.name, title: r.title }));
}

export async function getRevision(articleId: number, locale: Locale, id: string): Promise<Revision | null> {
  if (!/^\d{1,18}$/.test(id)) return null;
  const row = await getDb()
    .selectFrom('article_revisions')
    .select(['id', 'title', 'lead', 'body'])
    .where('id', '=', id)
    .where('article_id', '=', articleId)
    .where('locale', '=', locale)
    .executeTakeFirst();
  return row ? { id: row.id, title: row.title, lead: row.lead, body: documentToMarkup(parseDocument(row.body)) } : null;
}

/** A revision as one text, the way the comparison shows it. */
export function revisionText(revision: Revision): string {
  return [`# ${revision.title}`, revision.lead, revision.body].filter(Boolean).join('\n\n');
}

export const restoreSchema = z.object({
  articleId: recordId,
  locale: z.enum(locales),
  version: existingVersion,
  revisionId: z.string().regex(/^\d{1,18}$/, 'invalid'),
});

/**
 * Puts an old revision's title, lead and body back. It is an ordinary save (same rights, same version check), so it
 * leaves a revision and an audit entry of its own and nothing is lost: the text it replaces is a revision too.
 */
export async function restoreRevision(staff: Staff, input: z.output<typeof restoreSchema>): Promise<TranslationSaveResult> {
  const db = getDb();
  const [revision, current] = await Promise.all([
    db
      .selectFrom('article_revisions')
      .select(['title', 'lead', 'body'])
      .where('id', '=', input.revisionId)
      .where('article_id', '=', input.articleId)
      .where('locale', '=', input.locale)
      .executeTakeFirst(),
    db
      .selectFrom('article_translations')
      .select(['slug', 'seo_title', 'seo_description'])
      .where('article_id', '=', input.articleId)
      .where('locale', '=', input.locale)
      .executeTakeFirst(),
  ]);
  if (!revision || !current) return fail({ form: 'notFound' });
  return saveTranslation(
    staff,
    {
      articleId: input.articleId,
      locale: input.locale,
      version: input.version,
      title: revision.title,
      slug: current.slug,
      lead: revision.lead,
      body: parseDocument(revision.body),
      seoTitle: current.seo_title ?? '',
      seoDescription: current.seo_description ?? '',
    },
    'restore',
  );
}
