import 'server-only';
import { sql, type Kysely, type Transaction } from 'kysely';
import { hasRole } from '@/lib/auth/roles';
import type { Staff } from '@/lib/auth/sessions';
import { audit } from '@/lib/audit/write';
import { changeArticle } from '@/lib/cache/revalidate';
import { getDb } from '@/lib/db/client';
import type { Database, TranslationStatus } from '@/lib/db/schema';
import { storeImage } from '@/lib/media/store';
import { slugify } from '@/lib/i18n/slugify';
import { parseDocument } from '@/lib/document/schema';
import { serializeDocument } from '@/lib/editorial/shared/rich-text';
import { fail, type ActionErrors, type ActionResult } from '@/lib/editorial/shared/result';
import { authorMayEdit, canMove } from '@/lib/editorial/shared/workflow';
import type { StoryInput } from '@/lib/editorial/plumbing/schemas';
import { versionedWrite } from '@/lib/editorial/plumbing/versioned-write';
import type { SavedTranslation } from '@/lib/editorial/reads/saved-translation';
import { articleOwner, conflictWith, mediaExists, uniqueSlug } from './articles';
import { inactiveAuthor, takePendingCoverText } from './cover';

/** Autosaves of one editor within this long fold into their newest revision, so a day of typing is not 17,000 revisions. */
const AUTOSAVE_FOLD_MS = 10 * 60_000;

export interface StorySaved {
  /** The translation's version now; 0 while the language has no text. */
  version: number;
  articleVersion: number;
  slug: string | null;
  mediaId: number | null;
  /** The move made with the save, if one was asked for. */
  moved: TranslationStatus | null;
}

export type StorySaveResult = ActionResult<StorySaved, SavedTranslation>;

const sameTags = (a: number[], b: number[]) => a.length === b.length && a.every((id, i) => id === b[i]);
const orNull = (value: string | undefined) => value || null;

/**
 * One save for a language of a story: its text, the cover's alt text and caption in this language, the fields every
 * language shares and the cover, and the move asked for, all in one transaction. What is published is therefore
 * what was on the editor's screen. The text is saved on top of the version the editor started from; if someone else
 * saved it since, nothing at all is written (no move either) and the editor gets the merge view. A shared field the
 * editor left as loaded is not written, so another editor's change to it stands.
 */
export async function saveStory(staff: Staff, input: StoryInput): Promise<StorySaveResult> {
  const db = getDb();
  const owner = await articleOwner(db, input.articleId);
  if (!owner) return fail({ form: 'notFound' });
  const isEditor = hasRole(staff.role, 'editor');
  if (!isEditor && owner.userId !== staff.id) return fail({ form: 'forbidden' });
  const [article, current, pending, others] = await Promise.all([
    db.selectFrom('articles').select(['version', 'category_id', 'author_id', 'cover_media_id']).where('id', '=', input.articleId).executeTakeFirstOrThrow(),
    db
      .selectFrom('article_translations')
      .select(['status', 'version', 'published_at', 'title', 'slug', 'lead', 'body', 'seo_title', 'seo_description', 'cover_alt', 'cover_caption'])
      .where('article_id', '=', input.articleId)
      .where('locale', '=', input.locale)
      .executeTakeFirst(),
    db.selectFrom('article_cover_texts').select(['alt', 'caption']).where('article_id', '=', input.articleId).where('locale', '=', input.locale).executeTakeFirst(),
    db
      .selectFrom('article_translations')
      .select(['locale', 'status', 'cover_alt'])
      .where('article_id', '=', input.articleId)
      .where('locale', '!=', input.locale)
      .execute(),
  ]);
  if ((current?.version ?? 0) !== input.version) return conflictWith(input);

  const body = JSON.stringify(input.body);
  const hasText = Boolean(input.title || input.lead || input.body.blocks.length || input.seoTitle || input.seoDescription || input.slug);
  if ((current || hasText) && !input.title) return fail({ title: 'required' });
  // An empty slug field asks for one made from the headline, as when the translation was created.
  const slug = hasText || current ? await uniqueSlug(db, input.locale, input.slug || slugify(input.title, input.locale) || 'article', input.articleId) : null;
  const textChanged = current
    ? input.title !== current.title ||
      slug !== current.slug ||
      input.lead !== current.lead ||
      serializeDocument(input.body) !== serializeDocument(parseDocument(current.body)) ||
      input.seoTitle !== (current.seo_title ?? '') ||
      input.seoDescription !== (current.seo_description ?? '')
    : hasText;
  const storedAlt = current ? current.cover_alt : (pending?.alt ?? null);
  const storedCaption = current ? current.cover_caption : (pending?.caption ?? null);
  const alt = input.coverAlt === undefined ? storedAlt : orNull(input.coverAlt);
  const caption = input.coverCaption === undefined ? storedCaption : orNull(input.coverCaption);
  const coverTextChanged = alt !== storedAlt || caption !== storedCaption;

  // The shared fields and the cover count as changed only where the editor changed them from what the form loaded.
  const base = input.sharedBase;
  const upload = input.coverFile && input.coverFile.size > 0 ? input.coverFile : null;
  const shared = base && {
    categoryId: input.categoryId ?? base.categoryId,
    authorId: input.authorId ?? base.authorId,
    tagIds: [...new Set(input.tagIds)],
  };
  const sharedChanged = Boolean(base && shared && (shared.categoryId !== base.categoryId || shared.authorId !== base.authorId || !sameTags(shared.tagIds, base.tagIds)));
  const coverChanged = Boolean(base && (upload || (input.coverMediaId !== undefined && input.coverMediaId !== base.coverMediaId)));

  if (textChanged && !isEditor && !authorMayEdit(current?.status ?? null)) return fail({ form: 'forbidden' });
  if ((sharedChanged || coverChanged || coverTextChanged) && !isEditor) return fail({ form: 'forbidden' });
  if ((sharedChanged || coverChanged) && article.version !== input.articleVersion) return fail({ form: 'sharedConflict' });
  if (input.autosave && (input.to || current?.status !== 'draft' || upload)) return fail({ form: 'invalid' });
  if (shared && shared.authorId !== article.author_id && (await inactiveAuthor(db, shared.authorId))) return fail({ authorId: 'inactiveAuthor' });

  const errors: ActionErrors = {};
  if (textChanged && !(await mediaExists(db, input.body))) errors.body = 'unknownMedia';
  if (input.slug && slug !== input.slug) errors.slug = 'slugTaken';

  // The move is checked against the story as it will be after the save.
  const statusAfterSave: TranslationStatus | null = current?.status ?? (hasText ? 'draft' : null);
  const coverAfterSave = coverChanged ? Boolean(upload || input.coverMediaId) : article.cover_media_id !== null;
  if (input.to) {
    if (!statusAfterSave) errors.title = 'required';
    else if (!canMove(staff.role, statusAfterSave, input.to)) errors.form = isEditor ? 'transition' : 'forbidden';
    if (input.to === 'scheduled' && (!input.publishAt || input.publishAt.getTime() <= Date.now())) errors.publishAt = 'publishAtPast';
    if (input.to === 'unpublished' && !input.reason) errors.reason = 'required';
  }
  const visible = input.to === 'published' || input.to === 'scheduled' || ((current?.status === 'published' || current?.status === 'scheduled') && input.to === undefined);
  if (coverAfterSave && visible && !alt) errors.coverAlt = 'altRequired';
  if (coverChanged && coverAfterSave && others.some((t) => (t.status === 'published' || t.status === 'scheduled') && !t.cover_alt)) errors.form = 'coverAltOthers';
  if (Object.keys(errors).length) return fail(errors);

  let mediaId = coverChanged ? (input.coverMediaId ?? null) : article.cover_media_id;
  if (upload) {
    const stored = await storeImage(upload, staff.id);
    if (!stored.ok) return fail({ coverFile: stored.error });
    await audit(db, staff.id, { action: 'upload', entity: 'media', entityId: stored.id });
    mediaId = stored.id;
  } else if (coverChanged && mediaId !== null) {
    const exists = await db.selectFrom('media').select('id').where('id', '=', mediaId).executeTakeFirst();
    if (!exists) return fail({ coverMediaId: 'unknownMedia' });
  }

  const write = (trx: Transaction<Database>, checked: <R>(row: R | undefined) => R) =>
    writeStory(trx, checked, { staff, input, current, slug, body, alt, caption, hasText, textChanged, coverTextChanged, mediaId, shared: (sharedChanged || coverChanged) && shared ? shared : null, articleVersion: article.version });
  // An autosaved draft changes nothing readers see; every other save goes through the one function that refreshes their pages.
  const readersSee = !input.autosave || sharedChanged || coverChanged;
  const saved = await versionedWrite(
    (checked) => {
      const run = () => db.transaction().execute((trx) => write(trx, checked));
      return readersSee ? changeArticle(input.articleId, run) : run();
    },
    { unique: { slug: 'slugTaken' }, reference: { form: 'invalid' } },
  );
  if (saved.ok) return { ok: true, data: { ...saved.data, mediaId } };
  return saved.errors.form === 'conflict' ? conflictWith(input) : saved;
}

interface StoryWrite {
  staff: Staff;
  input: StoryInput;
  current: { status: TranslationStatus; version: number; published_at: Date | null } | undefined;
  slug: string | null;
  body: string;
  alt: string | null;
  caption: string | null;
  hasText: boolean;
  textChanged: boolean;
  coverTextChanged: boolean;
  mediaId: number | null;
  shared: { categoryId: number; authorId: number; tagIds: number[] } | null;
  articleVersion: number;
}

async function writeStory(trx: Transaction<Database>, checked: <R>(row: R | undefined) => R, w: StoryWrite): Promise<Omit<StorySaved, 'mediaId'>> {
  const { staff, input } = w;
  const where = { article_id: input.articleId, locale: input.locale };
  let articleVersion = w.articleVersion;
  if (w.shared) {
    ({ version: articleVersion } = checked(
      await trx
        .updateTable('articles')
        .set({ category_id: w.shared.categoryId, author_id: w.shared.authorId, cover_media_id: w.mediaId, version: sql`version + 1`, updated_at: sql`now()` })
        .where('id', '=', input.articleId)
        .where('version', '=', input.articleVersion)
        .returning('version')
        .executeTakeFirst(),
    ));
    await trx.deleteFrom('article_tags').where('article_id', '=', input.articleId).execute();
    if (w.shared.tagIds.length) {
      await trx
        .insertInto('article_tags')
        .values(w.shared.tagIds.map((tagId, position) => ({ article_id: input.articleId, tag_id: tagId, position })))
        .execute();
    }
    await audit(trx, staff.id, { action: 'details', entity: 'article', entityId: input.articleId, details: { ...w.shared, mediaId: w.mediaId } });
  }

  const text = {
    slug: w.slug ?? '',
    title: input.title,
    lead: input.lead,
    body: w.body,
    seo_title: input.seoTitle || null,
    seo_description: input.seoDescription || null,
  };
  let version = w.current?.version ?? 0;
  if (w.current && (w.textChanged || w.coverTextChanged)) {
    ({ version } = checked(
      await trx
        .updateTable('article_translations')
        .set({ ...text, cover_alt: w.alt, cover_caption: w.caption, version: sql`version + 1`, updated_at: sql`now()` })
        .where('article_id', '=', input.articleId)
        .where('locale', '=', input.locale)
        .where('version', '=', input.version)
        .returning('version')
        .executeTakeFirst(),
    ));
  } else if (!w.current && w.hasText) {
    await takePendingCoverText(trx, input.articleId, input.locale);
    ({ version } = checked(
      await trx
        .insertInto('article_translations')
        .values({ ...text, ...where, cover_alt: w.alt, cover_caption: w.caption, status: 'draft' })
        .onConflict((oc) => oc.columns(['article_id', 'locale']).doNothing())
        .returning('version')
        .executeTakeFirst(),
    ));
  } else if (!w.current && w.coverTextChanged) {
    // No text in this language yet: its cover text waits for it.
    await trx
      .insertInto('article_cover_texts')
      .values({ ...where, alt: w.alt, caption: w.caption })
      .onConflict((oc) => oc.columns(['article_id', 'locale']).doUpdateSet({ alt: w.alt, caption: w.caption, updated_at: sql`now()` }))
      .execute();
  }
  if (w.textChanged) await keepRevision(trx, w, Boolean(w.current));

  let moved: TranslationStatus | null = null;
  if (input.to) {
    ({ version } = checked(await moveTranslation(trx, w, version)));
    moved = input.to;
  }
  return { version, articleVersion, slug: w.slug, moved };
}

/** A revision per save; an autosave within a few minutes of the same editor's last revision updates that one instead. */
async function keepRevision(trx: Kysely<Database>, w: StoryWrite, existed: boolean): Promise<void> {
  const { staff, input } = w;
  const revision = { title: input.title, lead: input.lead, body: w.body };
  if (w.input.autosave) {
    const last = await trx
      .selectFrom('article_revisions')
      .select(['id', 'created_by', 'created_at'])
      .where('article_id', '=', input.articleId)
      .where('locale', '=', input.locale)
      .orderBy('id', 'desc')
      .limit(1)
      .executeTakeFirst();
    if (last && last.created_by === staff.id && Date.now() - last.created_at.getTime() < AUTOSAVE_FOLD_MS) {
      await trx.updateTable('article_revisions').set(revision).where('id', '=', last.id).execute();
      return;
    }
  }
  await trx
    .insertInto('article_revisions')
    .values({ ...revision, article_id: input.articleId, locale: input.locale, created_by: staff.id })
    .execute();
  await audit(trx, staff.id, { action: existed ? 'save' : 'translate', entity: 'article', entityId: input.articleId, locale: input.locale, details: input.autosave ? { autosave: true } : {} });
}

/**
 * The move, on the version the save just wrote. A republished story keeps its first publication time; a scheduled
 * one takes the time chosen; a time still to come is a schedule, replaced by now on publishing (as setTranslationStatus).
 */
async function moveTranslation(trx: Kysely<Database>, w: StoryWrite, version: number) {
  const { input, staff } = w;
  const to = input.to!;
  const now = new Date();
  const past = w.current?.published_at && w.current.published_at <= now ? w.current.published_at : null;
  const publishedAt = to === 'scheduled' ? input.publishAt! : to === 'published' ? (past ?? now) : past;
  const row = await trx
    .updateTable('article_translations')
    .set({ status: to, published_at: publishedAt, version: sql`version + 1`, updated_at: sql`now()` })
    .where('article_id', '=', input.articleId)
    .where('locale', '=', input.locale)
    .where('version', '=', version)
    .returning('version')
    .executeTakeFirst();
  await audit(trx, staff.id, {
    action: to,
    entity: 'article',
    entityId: input.articleId,
    locale: input.locale,
    details: {
      from: w.current?.status ?? 'draft',
      ...(to === 'scheduled' ? { at: publishedAt?.toISOString() } : {}),
      ...(to === 'unpublished' && input.reason ? { reason: input.reason } : {}),
    },
  });
  return row;
}
