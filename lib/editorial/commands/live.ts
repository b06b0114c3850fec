import 'server-only';
import { sql, type Kysely } from 'kysely';
import { z } from 'zod';
import { audit } from '@/lib/audit/write';
import type { AuditAction } from '@/lib/audit/actions';
import { hasRole } from '@/lib/auth/roles';
import type { Staff } from '@/lib/auth/sessions';
import { changeArticle, changeLiveEntries } from '@/lib/cache/revalidate';
import { getDb } from '@/lib/db/client';
import type { Database } from '@/lib/db/schema';
import { existingVersion, recordId, recordVersion } from '@/lib/editorial/plumbing/fields';
import { newArticleSchema, parseBody, type NewArticleInput } from '@/lib/editorial/plumbing/schemas';
import { MAX_LENGTH } from '@/lib/editorial/shared/limits';
import { fail, type ActionErrors, type ActionResult } from '@/lib/editorial/shared/result';
import { locales, type Locale } from '@/lib/i18n/locales';
import { lockLivePage, recordLiveChange } from '@/lib/live/changes';
import { createArticle, mediaExists } from './articles';

/*
 * Live coverage, written: entries posted, edited, translated, published, flagged and deleted, and the coverage ended
 * or resumed. Same roles as articles: authors draft entries (their own), editors publish, flag and delete. Each write
 * is one transaction that takes the page's row lock, keeps a revision of any text, writes the audit entry and numbers
 * the change for the readers and desks waiting on it (lib/live/changes.ts); a change readers see then refreshes the
 * page's cached pages like any article's.
 */

/** A checkbox: sent as `on` when ticked, absent when not. */
const checkbox = z.preprocess((value) => value === 'on' || value === 'true', z.boolean());

const entryBody = z
  .string()
  .max(100_000, 'tooLong')
  .transform((json, ctx) => {
    const parsed = parseBody(json);
    if (!parsed.ok) {
      ctx.addIssue({ code: 'custom', message: parsed.error });
      return z.NEVER;
    }
    if (parsed.document.blocks.length === 0) {
      ctx.addIssue({ code: 'custom', message: 'required' });
      return z.NEVER;
    }
    return parsed.document;
  });
const entryTitle = z.string().trim().max(MAX_LENGTH.liveEntryTitle, 'tooLong');

export const newEntrySchema = z.object({
  articleId: recordId,
  locale: z.enum(locales),
  title: entryTitle,
  body: entryBody,
  keyEvent: checkbox,
  pinned: checkbox,
  publish: checkbox,
});
export type NewEntryInput = z.output<typeof newEntrySchema>;

/** An entry's text in one language: an edit, or (version 0) a translation added later. */
export const entryTextSchema = z.object({
  entryId: recordId,
  locale: z.enum(locales),
  version: recordVersion,
  title: entryTitle,
  body: entryBody,
  publish: checkbox,
});
export type EntryTextInput = z.output<typeof entryTextSchema>;

export const entryFlagsSchema = z.object({ entryId: recordId, version: existingVersion, keyEvent: checkbox, pinned: checkbox });
export type EntryFlagsInput = z.output<typeof entryFlagsSchema>;

export const deleteEntrySchema = z.object({ entryId: recordId, version: existingVersion });
export type DeleteEntryInput = z.output<typeof deleteEntrySchema>;

export const coverageSchema = z.object({ articleId: recordId, state: z.enum(['live', 'ended']) });
export type CoverageInput = z.output<typeof coverageSchema>;

type Trx = Kysely<Database>;

/** Thrown inside a write's transaction to roll it back with a form message. */
class Refused extends Error {
  constructor(readonly errors: ActionErrors) {
    super('refused');
  }
}

interface Outcome<T> {
  value: T;
  /** Whether readers see the change, so the page's cached pages are refreshed. */
  forReaders: boolean;
  /** A published key event: search engines are told, at most once a minute a page. */
  keyEvent: boolean;
}

/**
 * One write of a live page's entries: inside a transaction that holds the page's row lock, refused when the article
 * is no live page or its coverage has ended; afterwards, the page's cached pages are refreshed if readers see it.
 */
async function liveWrite<T>(
  articleId: number,
  write: (trx: Trx) => Promise<Outcome<T>>,
): Promise<ActionResult<T>> {
  let indexNow = false;
  let outcome: Outcome<T>;
  try {
    outcome = await getDb().transaction().execute(async (trx) => {
      const page = await lockLivePage(trx, articleId);
      if (!page) throw new Refused({ form: 'notFound' });
      if (page.kind !== 'live') throw new Refused({ form: 'notLivePage' });
      if (page.coverage_ended_at) throw new Refused({ form: 'coverageEnded' });
      const written = await write(trx);
      if (written.keyEvent) indexNow = await claimIndexNow(trx, articleId);
      return written;
    });
  } catch (error) {
    if (error instanceof Refused) return fail(error.errors);
    throw error;
  }
  if (outcome.forReaders) await changeLiveEntries(articleId, { indexNow });
  return { ok: true, data: outcome.value };
}

/** Whether this key event may ping IndexNow: the page's last ping, by any instance, is a minute old or more. */
async function claimIndexNow(trx: Trx, articleId: number): Promise<boolean> {
  const claimed = await trx
    .updateTable('articles')
    .set({ live_indexnow_at: sql`now()` })
    .where('id', '=', articleId)
    .where((eb) => eb.or([eb('live_indexnow_at', 'is', null), eb('live_indexnow_at', '<', sql<Date>`now() - interval '1 minute'`)]))
    .returning('id')
    .executeTakeFirst();
  return claimed !== undefined;
}

interface EntryRow {
  id: number;
  article_id: number;
  created_by: number | null;
  key_event: boolean;
  pinned: boolean;
  version: number;
}

async function findEntry(db: Trx, entryId: number): Promise<EntryRow | null> {
  const row = await db
    .selectFrom('live_entries')
    .select(['id', 'article_id', 'created_by', 'key_event', 'pinned', 'version'])
    .where('id', '=', entryId)
    .where('deleted_at', 'is', null)
    .executeTakeFirst();
  return row ?? null;
}

async function translationsOf(trx: Trx, entryId: number) {
  return trx.selectFrom('live_entry_translations').select(['locale', 'status', 'version']).where('entry_id', '=', entryId).execute();
}

const publishedLocales = (rows: { locale: Locale; status: string }[]) => rows.filter((row) => row.status === 'published').map((row) => row.locale);

/** Unpins the page's pinned entry (one a page), as a change of that entry for its readers. */
async function unpinOthers(trx: Trx, articleId: number, exceptId: number): Promise<void> {
  const pinned = await trx
    .updateTable('live_entries')
    .set({ pinned: false, version: sql`version + 1`, updated_at: sql`now()` })
    .where('article_id', '=', articleId)
    .where('pinned', '=', true)
    .where('id', '!=', exceptId)
    .where('deleted_at', 'is', null)
    .returning('id')
    .executeTakeFirst();
  if (!pinned) return;
  const rows = await translationsOf(trx, pinned.id);
  await recordLiveChange(trx, articleId, { entryId: pinned.id, locales: rows.map((row) => row.locale), readers: publishedLocales(rows) });
}

export const startCoverageSchema = newArticleSchema;

/** Starts live coverage: an article of the live kind, as a draft in one language, live from now. Editors. */
export async function startCoverage(staff: Staff, input: NewArticleInput): Promise<ActionResult<{ id: number; locale: Locale }>> {
  return createArticle(staff, input, 'live');
}

/** Posts a new entry in one language. Authors' entries are drafts; editors publish at once (or keep a draft). */
export async function postLiveEntry(staff: Staff, input: NewEntryInput): Promise<ActionResult<{ entryId: number; seq: number }>> {
  const editor = hasRole(staff.role, 'editor');
  if (!editor && (input.publish || input.pinned)) return fail({ form: 'forbidden' });
  if (!(await mediaExists(getDb(), input.body))) return fail({ body: 'unknownMedia' });
  const status = input.publish ? 'published' : 'draft';
  return liveWrite(input.articleId, async (trx) => {
    const entry = await trx
      .insertInto('live_entries')
      .values({ article_id: input.articleId, created_by: staff.id, key_event: input.keyEvent, pinned: false })
      .returning('id')
      .executeTakeFirstOrThrow();
    const body = JSON.stringify(input.body);
    await trx
      .insertInto('live_entry_translations')
      .values({ entry_id: entry.id, locale: input.locale, title: input.title, body, status, published_at: input.publish ? new Date() : null })
      .execute();
    await trx.insertInto('live_entry_revisions').values({ entry_id: entry.id, locale: input.locale, title: input.title, body, created_by: staff.id }).execute();
    if (input.pinned) {
      await unpinOthers(trx, input.articleId, entry.id);
      await trx.updateTable('live_entries').set({ pinned: true }).where('id', '=', entry.id).execute();
    }
    await audit(trx, staff.id, { action: 'liveEntry', entity: 'article', entityId: input.articleId, locale: input.locale, details: { entry: entry.id, status, keyEvent: input.keyEvent, pinned: input.pinned } });
    const seq = await recordLiveChange(trx, input.articleId, { entryId: entry.id, locales: [input.locale], readers: input.publish ? [input.locale] : [] });
    return { value: { entryId: entry.id, seq }, forReaders: input.publish, keyEvent: input.publish && input.keyEvent };
  });
}

/**
 * Saves an entry's text in one language: an edit of the version the editor started from (a revision is kept), or a
 * translation added later (version 0). A published text stays published; `publish` publishes a draft (editors).
 */
export async function saveLiveEntryText(staff: Staff, input: EntryTextInput): Promise<ActionResult<{ version: number; seq: number }>> {
  const db = getDb();
  const entry = await findEntry(db, input.entryId);
  if (!entry) return fail({ form: 'notFound' });
  const editor = hasRole(staff.role, 'editor');
  if (!editor && (input.publish || entry.created_by !== staff.id)) return fail({ form: 'forbidden' });
  if (!(await mediaExists(db, input.body))) return fail({ body: 'unknownMedia' });
  return liveWrite(entry.article_id, async (trx) => {
    const before = await translationsOf(trx, entry.id);
    const current = before.find((row) => row.locale === input.locale);
    // Authors may touch only their entries' drafts: what is published is the editors'.
    if (!editor && current?.status === 'published') throw new Refused({ form: 'forbidden' });
    if ((current?.version ?? 0) !== input.version) throw new Refused({ form: 'conflict' });
    const status = input.publish || current?.status === 'published' ? 'published' : 'draft';
    const firstPublication = status === 'published' && publishedLocales(before).length === 0;
    const body = JSON.stringify(input.body);
    const saved = current
      ? await trx
          .updateTable('live_entry_translations')
          .set({
            title: input.title,
            body,
            status,
            published_at: current.status === 'published' ? undefined : status === 'published' ? new Date() : null,
            version: sql`version + 1`,
            updated_at: sql`now()`,
          })
          .where('entry_id', '=', entry.id)
          .where('locale', '=', input.locale)
          .where('version', '=', input.version)
          .returning('version')
          .executeTakeFirst()
      : await trx
          .insertInto('live_entry_translations')
          .values({ entry_id: entry.id, locale: input.locale, title: input.title, body, status, published_at: status === 'published' ? new Date() : null })
          .returning('version')
          .executeTakeFirst();
    if (!saved) throw new Refused({ form: 'conflict' });
    // The entry's time is its first publication in any language; a translation published later keeps it.
    if (firstPublication) await trx.updateTable('live_entries').set({ posted_at: sql`now()` }).where('id', '=', entry.id).execute();
    await trx.insertInto('live_entry_revisions').values({ entry_id: entry.id, locale: input.locale, title: input.title, body, created_by: staff.id }).execute();
    const action: AuditAction = !current ? 'liveEntryTranslate' : current.status !== status ? 'liveEntryPublish' : 'liveEntryEdit';
    await audit(trx, staff.id, { action, entity: 'article', entityId: entry.article_id, locale: input.locale, details: { entry: entry.id, status } });
    const forReaders = status === 'published';
    const seq = await recordLiveChange(trx, entry.article_id, { entryId: entry.id, locales: [input.locale], readers: forReaders ? [input.locale] : [] });
    const newlyPublished = forReaders && current?.status !== 'published';
    return { value: { version: saved.version, seq }, forReaders, keyEvent: entry.key_event && newlyPublished };
  });
}

/** Marks an entry a key event or not, and pins or unpins it (one pinned entry a page). Editors. */
export async function setLiveEntryFlags(staff: Staff, input: EntryFlagsInput): Promise<ActionResult<{ version: number }>> {
  const entry = await findEntry(getDb(), input.entryId);
  if (!entry) return fail({ form: 'notFound' });
  return liveWrite(entry.article_id, async (trx) => {
    if (input.pinned && !entry.pinned) await unpinOthers(trx, entry.article_id, entry.id);
    const saved = await trx
      .updateTable('live_entries')
      .set({ key_event: input.keyEvent, pinned: input.pinned, version: sql`version + 1`, updated_at: sql`now()` })
      .where('id', '=', entry.id)
      .where('version', '=', input.version)
      .where('deleted_at', 'is', null)
      .returning('version')
      .executeTakeFirst();
    if (!saved) throw new Refused({ form: 'conflict' });
    await audit(trx, staff.id, { action: 'liveEntryFlags', entity: 'article', entityId: entry.article_id, details: { entry: entry.id, keyEvent: input.keyEvent, pinned: input.pinned } });
    const rows = await translationsOf(trx, entry.id);
    const readers = publishedLocales(rows);
    await recordLiveChange(trx, entry.article_id, { entryId: entry.id, locales: rows.map((row) => row.locale), readers });
    return { value: { version: saved.version }, forReaders: readers.length > 0, keyEvent: readers.length > 0 && input.keyEvent && !entry.key_event };
  });
}

/**
 * Deletes an entry in every language: readers' pages drop it, its revisions and the audit log keep the record.
 * Editors any entry; authors their own while no language of it is published.
 */
export async function deleteLiveEntry(staff: Staff, input: DeleteEntryInput): Promise<ActionResult<null>> {
  const entry = await findEntry(getDb(), input.entryId);
  if (!entry) return fail({ form: 'notFound' });
  const editor = hasRole(staff.role, 'editor');
  if (!editor && entry.created_by !== staff.id) return fail({ form: 'forbidden' });
  return liveWrite(entry.article_id, async (trx) => {
    const rows = await translationsOf(trx, entry.id);
    const readers = publishedLocales(rows);
    if (!editor && readers.length > 0) throw new Refused({ form: 'forbidden' });
    const deleted = await trx
      .updateTable('live_entries')
      .set({ deleted_at: sql`now()`, pinned: false, version: sql`version + 1`, updated_at: sql`now()` })
      .where('id', '=', entry.id)
      .where('version', '=', input.version)
      .where('deleted_at', 'is', null)
      .returning('id')
      .executeTakeFirst();
    if (!deleted) throw new Refused({ form: 'conflict' });
    await audit(trx, staff.id, { action: 'liveEntryDelete', entity: 'article', entityId: entry.article_id, details: { entry: entry.id } });
    await recordLiveChange(trx, entry.article_id, { entryId: entry.id, locales: rows.map((row) => row.locale), readers });
    return { value: null, forReaders: readers.length > 0, keyEvent: false };
  });
}

/**
 * Ends the coverage (its entries stay, readers' pages stop updating) or resumes it. Editors. The lists' LIVE marks
 * change with it, so the article's every page is refreshed, as for any change of an article.
 */
export async function setCoverage(staff: Staff, input: CoverageInput): Promise<ActionResult<null>> {
  const db = getDb();
  const result = await changeArticle(input.articleId, () =>
    db.transaction().execute(async (trx) => {
      const page = await lockLivePage(trx, input.articleId);
      if (!page) return fail({ form: 'notFound' });
      if (page.kind !== 'live') return fail({ form: 'notLivePage' });
      const ended = page.coverage_ended_at !== null;
      if (ended === (input.state === 'ended')) return { ok: true as const, data: null };
      await trx
        .updateTable('articles')
        .set({ coverage_ended_at: input.state === 'ended' ? sql`now()` : null, updated_at: sql`now()` })
        .where('id', '=', input.articleId)
        .execute();
      await audit(trx, staff.id, { action: input.state === 'ended' ? 'coverageEnded' : 'coverageResumed', entity: 'article', entityId: input.articleId });
      await recordLiveChange(trx, input.articleId, { entryId: null, locales, readers: locales });
      return { ok: true as const, data: null };
    }),
  );
  return result;
}
