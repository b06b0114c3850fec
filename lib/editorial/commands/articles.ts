import 'server-only';
import { sql, type Kysely } from 'kysely';
import { hasRole } from '@/lib/auth/roles';
import type { Staff } from '@/lib/auth/sessions';
import { changeArticle } from '@/lib/cache/revalidate';
import { getDb } from '@/lib/db/client';
import type { ArticleKind, Database, TranslationStatus } from '@/lib/db/schema';
import type { Locale } from '@/lib/i18n/locales';
import { slugify } from '@/lib/i18n/slugify';
import { fail, type ActionErrors, type ActionResult } from '@/lib/editorial/plumbing/staff-action';
import { audit } from '@/lib/audit/write';
import { getSavedTranslation, type SavedTranslation } from '@/lib/editorial/reads/saved-translation';
import type { DetailsInput, NewArticleInput, StatusInput, TranslationInput } from '@/lib/editorial/plumbing/schemas';
import { versionedWrite } from '@/lib/editorial/plumbing/versioned-write';
import { takePendingCoverText } from './cover';
import { authorMayEdit, canMove } from '@/lib/editorial/shared/workflow';

export async function uniqueSlug(db: Kysely<Database>, locale: Locale, wanted: string, articleId: number | null): Promise<string> {
  for (let n = 1; ; n += 1) {
    const slug = n === 1 ? wanted : `${wanted}-${n}`;
    const taken = await db
      .selectFrom('article_translations')
      .select('article_id')
      .where('locale', '=', locale)
      .where('slug', '=', slug)
      .$if(articleId !== null, (q) => q.where('article_id', '!=', articleId!))
      .executeTakeFirst();
    if (!taken) return slug;
  }
}

/** Whether every `media:ID` image of the body is in the library, so readers never get a broken image. */
export async function mediaExists(db: Kysely<Database>, body: TranslationInput['body']): Promise<boolean> {
  const ids = [...new Set(body.blocks.flatMap((block) => (block.type === 'image' ? [block.mediaId] : [])))];
  if (!ids.length) return true;
  const found = await db.selectFrom('media').select('id').where('id', 'in', ids).execute();
  return found.length === ids.length;
}

/** A cover without alt text in this language: readers who cannot see it would be told nothing, so it blocks publishing. */
async function coverUndescribed(db: Kysely<Database>, articleId: number, locale: Locale): Promise<boolean> {
  const row = await db
    .selectFrom('articles as a')
    .innerJoin('article_translations as t', (join) => join.onRef('t.article_id', '=', 'a.id').on('t.locale', '=', locale))
    .select('t.cover_alt')
    .where('a.id', '=', articleId)
    .where('a.cover_media_id', 'is not', null)
    .executeTakeFirst();
  return row !== undefined && !row.cover_alt;
}

/** The staff member's own byline: every user gets one when created (lib/auth/accounts). */
async function ownAuthorId(db: Kysely<Database>, staff: Staff): Promise<number | null> {
  const row = await db.selectFrom('authors').select('id').where('user_id', '=', staff.id).executeTakeFirst();
  return row?.id ?? null;
}

/** Whether the staff member may touch this article at all: editors any, authors their own. */
export async function articleOwner(db: Kysely<Database>, articleId: number): Promise<{ userId: number | null } | null> {
  const row = await db
    .selectFrom('articles as a')
    .innerJoin('authors as au', 'au.id', 'a.author_id')
    .select('au.user_id')
    .where('a.id', '=', articleId)
    .executeTakeFirst();
  return row ? { userId: row.user_id } : null;
}

/** A new article in one language, as a draft; `live` makes it live coverage, whose entries start at once. */
export async function createArticle(
  staff: Staff,
  input: NewArticleInput,
  kind: ArticleKind = 'article',
): Promise<ActionResult<{ id: number; locale: Locale }>> {
  const db = getDb();
  const authorId = await ownAuthorId(db, staff);
  if (!authorId) return fail({ form: 'forbidden' });
  const slug = await uniqueSlug(db, input.locale, slugify(input.title, input.locale) || 'article', null);
  const category = await db.selectFrom('categories').select('id').where('id', '=', input.categoryId).executeTakeFirst();
  if (!category) return fail({ categoryId: 'invalid' });
  const id = await db.transaction().execute(async (trx) => {
    const article = await trx
      .insertInto('articles')
      .values({ category_id: input.categoryId, author_id: authorId, kind, coverage_started_at: kind === 'live' ? new Date() : null })
      .returning('id')
      .executeTakeFirstOrThrow();
    const body = JSON.stringify({ version: 1, blocks: [] });
    await trx
      .insertInto('article_translations')
      .values({ article_id: article.id, locale: input.locale, slug, title: input.title, body, status: 'draft' })
      .execute();
    await trx
      .insertInto('article_revisions')
      .values({ article_id: article.id, locale: input.locale, title: input.title, lead: '', body, created_by: staff.id })
      .execute();
    await audit(trx, staff.id, { action: 'create', entity: 'article', entityId: article.id, locale: input.locale, ...(kind === 'live' ? { details: { kind } } : {}) });
    return article.id;
  });
  return { ok: true, data: { id, locale: input.locale } };
}

/**
 * A stale save is answered with the translation as it is now, so the editor can compare it with their own text and
 * merge the two instead of reloading over it.
 */
export async function conflictWith(input: Pick<TranslationInput, 'articleId' | 'locale'>): Promise<{ ok: false; errors: ActionErrors; conflict?: SavedTranslation }> {
  const theirs = await getSavedTranslation(input.articleId, input.locale);
  return { ok: false, errors: { form: 'conflict' }, ...(theirs ? { conflict: theirs } : {}) };
}

export type TranslationSaveResult = ActionResult<{ version: number; slug: string }, SavedTranslation>;

/**
 * Saves one translation's text (creating it as a draft if new). The version the editor started from must still be
 * the current one, or nothing is written and they are told; every save keeps a revision and an audit entry.
 */
export async function saveTranslation(
  staff: Staff,
  input: TranslationInput,
  auditAction: 'save' | 'restore' = 'save',
): Promise<TranslationSaveResult> {
  const db = getDb();
  const owner = await articleOwner(db, input.articleId);
  if (!owner) return fail({ form: 'notFound' });
  const current = await db
    .selectFrom('article_translations')
    .select(['status', 'version'])
    .where('article_id', '=', input.articleId)
    .where('locale', '=', input.locale)
    .executeTakeFirst();
  if (!hasRole(staff.role, 'editor') && (owner.userId !== staff.id || !authorMayEdit(current?.status ?? null))) {
    return fail({ form: 'forbidden' });
  }
  if ((current?.version ?? 0) !== input.version) return conflictWith(input);
  if (!(await mediaExists(db, input.body))) return fail({ body: 'unknownMedia' });
  const slug = await uniqueSlug(db, input.locale, input.slug || slugify(input.title, input.locale) || 'article', input.articleId);
  if (input.slug && slug !== input.slug) return fail({ slug: 'slugTaken' });

  const fields = {
    slug,
    title: input.title,
    lead: input.lead,
    body: JSON.stringify(input.body),
    seo_title: input.seoTitle || null,
    seo_description: input.seoDescription || null,
  };
  const saved = await versionedWrite(
    (checked) =>
      changeArticle(input.articleId, () =>
        db.transaction().execute(async (trx) => {
          const { version } = checked(
            current
              ? await trx
                  .updateTable('article_translations')
                  .set({ ...fields, version: sql`version + 1`, updated_at: sql`now()` })
                  .where('article_id', '=', input.articleId)
                  .where('locale', '=', input.locale)
                  .where('version', '=', input.version)
                  .returning('version')
                  .executeTakeFirst()
              : await trx
                  .insertInto('article_translations')
                  .values({
                    ...fields,
                    article_id: input.articleId,
                    locale: input.locale,
                    status: 'draft',
                    ...(await takePendingCoverText(trx, input.articleId, input.locale).then((kept) => ({ cover_alt: kept?.alt ?? null, cover_caption: kept?.caption ?? null }))),
                  })
                  .onConflict((oc) => oc.columns(['article_id', 'locale']).doNothing())
                  .returning('version')
                  .executeTakeFirst(),
          );
          await trx
            .insertInto('article_revisions')
            .values({ article_id: input.articleId, locale: input.locale, title: input.title, lead: input.lead, body: fields.body, created_by: staff.id })
            .execute();
          await audit(trx, staff.id, { action: current ? auditAction : 'translate', entity: 'article', entityId: input.articleId, locale: input.locale });
          return version;
        }),
      ),
    { unique: { slug: 'slugTaken' } },
  );
  if (saved.ok) return { ok: true, data: { version: saved.data, slug } };
  return saved.errors.form === 'conflict' ? conflictWith(input) : saved;
}

/** Moves a translation through draft → review → scheduled/published → unpublished, as the role allows. */
export async function setTranslationStatus(staff: Staff, input: StatusInput): Promise<ActionResult<{ version: number }>> {
  const db = getDb();
  const owner = await articleOwner(db, input.articleId);
  if (!owner) return fail({ form: 'notFound' });
  if (!hasRole(staff.role, 'editor') && owner.userId !== staff.id) return fail({ form: 'forbidden' });
  const current = await db
    .selectFrom('article_translations')
    .select(['status', 'version', 'published_at'])
    .where('article_id', '=', input.articleId)
    .where('locale', '=', input.locale)
    .executeTakeFirst();
  if (!current) return fail({ form: 'notFound' });
  if (current.version !== input.version) return fail({ form: 'conflict' });
  if (!canMove(staff.role, current.status, input.to)) return fail({ form: hasRole(staff.role, 'editor') ? 'transition' : 'forbidden' });
  if (input.to === 'scheduled' && (!input.publishAt || input.publishAt.getTime() <= Date.now())) return fail({ publishAt: 'publishAtPast' });
  if ((input.to === 'published' || input.to === 'scheduled') && (await coverUndescribed(db, input.articleId, input.locale))) return fail({ form: 'coverAltMissing' });

  // A republished story keeps its first publication time; a scheduled one takes the time chosen. A time still to
  // come is a schedule, not a publication: called off when the story goes back, and replaced by now on publishing,
  // or readers would not see a story the editor was told is published.
  const now = new Date();
  const pastPublication = current.published_at && current.published_at <= now ? current.published_at : null;
  const publishedAt =
    input.to === 'scheduled' ? input.publishAt! : input.to === 'published' ? (pastPublication ?? now) : pastPublication;
  const saved = await versionedWrite((checked) =>
    changeArticle(input.articleId, () =>
      db.transaction().execute(async (trx) => {
        const { version } = checked(
          await trx
            .updateTable('article_translations')
            .set({ status: input.to satisfies TranslationStatus, published_at: publishedAt, version: sql`version + 1`, updated_at: sql`now()` })
            .where('article_id', '=', input.articleId)
            .where('locale', '=', input.locale)
            .where('version', '=', input.version)
            .returning('version')
            .executeTakeFirst(),
        );
        await audit(trx, staff.id, {
          action: input.to,
          entity: 'article',
          entityId: input.articleId,
          locale: input.locale,
          details: { from: current.status, ...(input.to === 'scheduled' ? { at: publishedAt?.toISOString() } : {}) },
        });
        return version;
      }),
    ),
  );
  return saved.ok ? { ok: true, data: { version: saved.data } } : saved;
}

/** Category, byline and tags, shared by every translation. Editors only: they move the story between pages. */
export async function saveArticleDetails(staff: Staff, input: DetailsInput): Promise<ActionResult<{ version: number }>> {
  const db = getDb();
  if (!(await articleOwner(db, input.articleId))) return fail({ form: 'notFound' });
  const saved = await versionedWrite(
    (checked) =>
      changeArticle(input.articleId, () =>
        db.transaction().execute(async (trx) => {
          const { version } = checked(
            await trx
              .updateTable('articles')
              .set({ category_id: input.categoryId, author_id: input.authorId, version: sql`version + 1`, updated_at: sql`now()` })
              .where('id', '=', input.articleId)
              .where('version', '=', input.version)
              .returning('version')
              .executeTakeFirst(),
          );
          await trx.deleteFrom('article_tags').where('article_id', '=', input.articleId).execute();
          const tagIds = [...new Set(input.tagIds)];
          if (tagIds.length) {
            await trx
              .insertInto('article_tags')
              .values(tagIds.map((tagId, position) => ({ article_id: input.articleId, tag_id: tagId, position })))
              .execute();
          }
          await audit(trx, staff.id, { action: 'details', entity: 'article', entityId: input.articleId, details: { ...input } });
          return version;
        }),
      ),
    // A category, byline or tag id that does not exist.
    { reference: { form: 'invalid' } },
  );
  return saved.ok ? { ok: true, data: { version: saved.data } } : saved;
}
