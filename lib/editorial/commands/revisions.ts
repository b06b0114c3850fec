import 'server-only';
import { z } from 'zod';
import type { Staff } from '@/lib/auth/sessions';
import { parseDocument, type ArticleDocument } from '@/lib/document/schema';
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
  /** The body as the editor's markup (the merge view's plain comparison). */
  body: string;
  /** The body as the structured document, for the comparison as formatted text. */
  document: ArticleDocument;
  createdAt: Date;
  by: string | null;
}

/** A change of status in a translation's history (from the audit log): who moved it where, and when. */
export interface StatusEvent {
  id: string;
  action: 'draft' | 'review' | 'scheduled' | 'published' | 'unpublished';
  createdAt: Date;
  /** Null: the scheduler. */
  by: string | null;
  /** For a schedule, the time chosen. */
  at: Date | null;
}

const STATUS_ACTIONS = ['draft', 'review', 'scheduled', 'published', 'unpublished'] as const;

/** The translation's status changes, newest first, as many as the revisions list shows. */
export async function listStatusEvents(articleId: number, locale: Locale): Promise<StatusEvent[]> {
  const rows = await getDb()
    .selectFrom('audit_log as l')
    .leftJoin('users as u', 'u.id', 'l.user_id')
    .select(['l.id', 'l.action', 'l.created_at', 'l.details', 'u.name'])
    .where('l.entity', '=', 'article')
    .where('l.entity_id', '=', String(articleId))
    .where('l.locale', '=', locale)
    .where('l.action', 'in', [...STATUS_ACTIONS])
    .orderBy('l.id', 'desc')
    .limit(200)
    .execute();
  return rows.map((row) => {
    const details = (row.details ?? {}) as { at?: unknown };
    const at = typeof details.at === 'string' && !Number.isNaN(Date.parse(details.at)) ? new Date(details.at) : null;
    return { id: row.id, action: row.action as StatusEvent['action'], createdAt: row.created_at, by: row.name, at };
  });
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
    .selectFrom('article_revisions as r')
    .leftJoin('users as u', 'u.id', 'r.created_by')
    .select(['r.id', 'r.title', 'r.lead', 'r.body', 'r.created_at', 'u.name'])
    .where('r.id', '=', id)
    .where('r.article_id', '=', articleId)
    .where('r.locale', '=', locale)
    .executeTakeFirst();
  if (!row) return null;
  const document = parseDocument(row.body);
  return { id: row.id, title: row.title, lead: row.lead, body: documentToMarkup(document), document, createdAt: row.created_at, by: row.name };
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
