import { beforeAll, describe, expect, it, vi } from 'vitest';
import type { SessionClaims } from '@/lib/auth/sessions';
import { getPublishedArticle } from '@/lib/content/articles';
import { documentFromParagraphs } from '@/lib/document/schema';
import { getDb } from '@/lib/db/client';
import { form, staffWithSession, testCategory } from '@/test/staff-session';
import { createArticleAction, saveStoryAction } from '@/lib/editorial/actions';
import { getCoverForEditor } from '@/lib/editorial/commands/cover';

const session = vi.hoisted(() => ({ claims: null as SessionClaims | null }));
vi.mock('@/lib/auth/auth', () => ({ auth: async () => (session.claims ? { claims: session.claims } : null) }));
vi.mock('next/cache', () => ({ revalidatePath: () => {} }));

let categoryId = 0;
let authorId = 0;
let mediaId = 0;
const db = () => getDb();
const paragraph = (text: string) => JSON.stringify(documentFromParagraphs([text]));

async function versions(articleId: number, locale = 'en') {
  const article = await db().selectFrom('articles').select('version').where('id', '=', articleId).executeTakeFirstOrThrow();
  const translation = await db().selectFrom('article_translations').select(['version', 'status', 'lead']).where('article_id', '=', articleId).where('locale', '=', locale as 'en').executeTakeFirst();
  return { articleVersion: article.version, version: translation?.version ?? 0, status: translation?.status ?? null, lead: translation?.lead ?? null };
}

/** The editor's form as the browser sends it, at the versions it was loaded at. */
function story(articleId: number, at: { articleVersion: number; version: number }, fields: Record<string, string | string[]>, locale = 'en') {
  return form({
    articleId: String(articleId),
    locale,
    version: String(at.version),
    articleVersion: String(at.articleVersion),
    title: 'A story',
    slug: '',
    lead: '',
    body: paragraph('Body.'),
    seoTitle: '',
    seoDescription: '',
    coverAlt: '',
    coverCaption: '',
    categoryId: String(categoryId),
    authorId: String(authorId),
    coverMediaId: '',
    sharedBase: JSON.stringify({ categoryId, authorId, tagIds: [], coverMediaId: null }),
    ...fields,
  });
}

async function newDraft(title: string): Promise<number> {
  const created = await createArticleAction(null, form({ locale: 'en', title, categoryId: String(categoryId) }));
  if (!created.ok) throw new Error(JSON.stringify(created.errors));
  return created.data.id;
}

beforeAll(async () => {
  const editor = await staffWithSession('editor');
  session.claims = editor.claims;
  categoryId = await testCategory();
  authorId = (await db().selectFrom('authors').select('id').where('user_id', '=', editor.id).executeTakeFirstOrThrow()).id;
  mediaId = (
    await db()
      .insertInto('media')
      .values({ storage_key: 'story-test.png', mime_type: 'image/png', width: 1600, height: 900, byte_size: 100, content_hash: '0000000000000000' })
      .returning('id')
      .executeTakeFirstOrThrow()
  ).id;
});

describe('one save for the story', () => {
  it('publishes the text on the screen: the save and the move are one write', async () => {
    const id = await newDraft('Publish what you see');
    const at = await versions(id);
    const result = await saveStoryAction(null, story(id, at, { title: 'Publish what you see', lead: 'The lead typed just now.', to: 'published' }));
    expect(result).toMatchObject({ ok: true, data: { moved: 'published', version: at.version + 2 } });
    expect(await versions(id)).toMatchObject({ status: 'published', lead: 'The lead typed just now.' });
    expect((await getPublishedArticle(id, 'en'))?.lead).toBe('The lead typed just now.');
    const audit = await db().selectFrom('audit_log').select('action').where('entity', '=', 'article').where('entity_id', '=', String(id)).orderBy('id').execute();
    expect(audit.map((a) => a.action)).toEqual(['create', 'save', 'published']);
  });

  it('publishes nothing when the text needs a merge, and answers with the text saved meanwhile', async () => {
    const id = await newDraft('Two editors');
    const loaded = await versions(id);
    expect(await saveStoryAction(null, story(id, loaded, { title: 'Two editors', lead: 'The first editor’s lead.' }))).toMatchObject({ ok: true });
    const stale = await saveStoryAction(null, story(id, loaded, { title: 'Two editors', lead: 'The second editor’s lead.', to: 'published', tagIds: [] }));
    expect(stale).toMatchObject({ ok: false, errors: { form: 'conflict' }, conflict: { values: { lead: 'The first editor’s lead.' } } });
    expect(await versions(id)).toMatchObject({ status: 'draft', lead: 'The first editor’s lead.' });
    expect(await getPublishedArticle(id, 'en')).toBeNull();
  });

  it('saves text, tags and cover together, and rolls all of it back when the move is refused', async () => {
    const id = await newDraft('Together');
    const tag = await db().selectFrom('tags').select('id').orderBy('id').executeTakeFirstOrThrow();
    const at = await versions(id);
    // Publishing with a cover but no alt text is refused, and nothing of the form is written.
    const refused = await saveStoryAction(null, story(id, at, { title: 'Together', lead: 'Kept?', tagIds: [String(tag.id)], coverMediaId: String(mediaId), to: 'published' }));
    expect(refused).toEqual({ ok: false, errors: { coverAlt: 'altRequired' } });
    expect(await versions(id)).toMatchObject({ ...at, lead: '' });
    expect(await db().selectFrom('article_tags').select('tag_id').where('article_id', '=', id).execute()).toEqual([]);

    const saved = await saveStoryAction(null, story(id, at, { title: 'Together', lead: 'Kept.', tagIds: [String(tag.id)], coverMediaId: String(mediaId), coverAlt: 'A harbour at dawn' }));
    expect(saved).toMatchObject({ ok: true, data: { mediaId, articleVersion: at.articleVersion + 1 } });
    expect(await db().selectFrom('article_tags').select('tag_id').where('article_id', '=', id).execute()).toEqual([{ tag_id: tag.id }]);
    expect((await getCoverForEditor(id))?.text.en.alt).toBe('A harbour at dawn');

    // Another editor's form, loaded before: its text save must not undo the tags and cover it never touched.
    const other = await saveStoryAction(null, story(id, { ...at, version: (await versions(id)).version }, { title: 'Together', lead: 'Kept, and edited.', coverAlt: 'A harbour at dawn' }));
    expect(other).toMatchObject({ ok: true });
    expect(await db().selectFrom('article_tags').select('tag_id').where('article_id', '=', id).execute()).toEqual([{ tag_id: tag.id }]);
    // …while changing a shared field on a stale form is refused.
    const stale = await saveStoryAction(null, story(id, { ...at, version: (await versions(id)).version }, { title: 'Together', lead: 'Kept, and edited.', coverAlt: 'A harbour at dawn', tagIds: [], sharedBase: JSON.stringify({ categoryId, authorId, tagIds: [tag.id], coverMediaId: mediaId }), coverMediaId: String(mediaId) }));
    expect(stale).toEqual({ ok: false, errors: { form: 'sharedConflict' } });
  });

  it('keeps the cover text of a language without a translation, and publishing that language later finds it', async () => {
    const id = await newDraft('Alt before translation');
    const en = await versions(id);
    expect(await saveStoryAction(null, story(id, en, { title: 'Alt before translation', coverMediaId: String(mediaId), coverAlt: 'Harbour' }))).toMatchObject({ ok: true });
    const shared = JSON.stringify({ categoryId, authorId, tagIds: [], coverMediaId: mediaId });
    const az = { articleVersion: (await versions(id)).articleVersion, version: 0 };
    // The Azerbaijani tab, with no text yet: only the cover's alt text and caption are typed, and they are kept.
    const kept = await saveStoryAction(null, story(id, az, { title: '', body: '', coverMediaId: String(mediaId), sharedBase: shared, coverAlt: 'Liman səhər', coverCaption: 'Foto: Anews' }, 'az'));
    expect(kept).toMatchObject({ ok: true, data: { version: 0 } });
    expect((await getCoverForEditor(id))?.text.az).toEqual({ alt: 'Liman səhər', caption: 'Foto: Anews' });
    // A lead with no headline is not silently dropped.
    expect(await saveStoryAction(null, story(id, az, { title: '', lead: 'Lead only', coverMediaId: String(mediaId), sharedBase: shared, coverAlt: 'Liman səhər' }, 'az'))).toEqual({ ok: false, errors: { title: 'required' } });
    // Later the text is written and published at once: the alt text typed before is there.
    const published = await saveStoryAction(null, story(id, az, { title: 'Liman', coverMediaId: String(mediaId), sharedBase: shared, coverAlt: 'Liman səhər', coverCaption: 'Foto: Anews', to: 'published' }, 'az'));
    expect(published).toMatchObject({ ok: true, data: { moved: 'published' } });
    expect(await db().selectFrom('article_cover_texts').selectAll().where('article_id', '=', id).execute()).toEqual([]);
    expect((await getPublishedArticle(id, 'az'))?.cover).toMatchObject({ alt: 'Liman səhər' });
  });

  it('asks for a reason to unpublish and keeps it in the audit log; refuses an over-long headline by its field', async () => {
    const id = await newDraft('Withdrawn');
    let at = await versions(id);
    await saveStoryAction(null, story(id, at, { title: 'Withdrawn', to: 'published' }));
    at = await versions(id);
    expect(await saveStoryAction(null, story(id, at, { title: 'Withdrawn', to: 'unpublished' }))).toEqual({ ok: false, errors: { reason: 'required' } });
    expect(await saveStoryAction(null, story(id, at, { title: 'Withdrawn', to: 'unpublished', reason: 'Legal request' }))).toMatchObject({ ok: true, data: { moved: 'unpublished' } });
    const entry = await db().selectFrom('audit_log').select('details').where('entity_id', '=', String(id)).where('action', '=', 'unpublished').executeTakeFirstOrThrow();
    expect(entry.details).toMatchObject({ from: 'published', reason: 'Legal request' });
    expect(await saveStoryAction(null, story(id, await versions(id), { title: 'x'.repeat(301) }))).toEqual({ ok: false, errors: { title: 'tooLong' } });
  });

  it('autosaves drafts only, folding an editor’s autosaves into one revision', async () => {
    const id = await newDraft('Autosaved');
    const revisions = async () => (await db().selectFrom('article_revisions').select('id').where('article_id', '=', id).execute()).length;
    const before = await revisions();
    let at = await versions(id);
    expect(await saveStoryAction(null, story(id, at, { title: 'Autosaved', lead: 'One', autosave: '1' }))).toMatchObject({ ok: true });
    at = await versions(id);
    expect(await saveStoryAction(null, story(id, at, { title: 'Autosaved', lead: 'Two', autosave: '1' }))).toMatchObject({ ok: true });
    // Both fold into the newest revision, this editor's own of a moment ago.
    expect(await revisions()).toBe(before);
    at = await versions(id);
    expect(await saveStoryAction(null, story(id, at, { title: 'Autosaved', lead: 'Two', autosave: '1', to: 'published' }))).toEqual({ ok: false, errors: { form: 'invalid' } });
    await saveStoryAction(null, story(id, at, { title: 'Autosaved', lead: 'Two', to: 'published' }));
    at = await versions(id);
    expect(await saveStoryAction(null, story(id, at, { title: 'Autosaved', lead: 'Three', autosave: '1' }))).toEqual({ ok: false, errors: { form: 'invalid' } });
    expect((await versions(id)).lead).toBe('Two');
  });
});

describe('the byline list', () => {
  it('offers no deactivated account, unless it is the article’s byline already', async () => {
    const { listEditorOptions } = await import('@/lib/editorial/reads/articles');
    const gone = await staffWithSession('author');
    await db().updateTable('users').set({ active: false }).where('id', '=', gone.id).execute();
    const byline = (await db().selectFrom('authors').select('id').where('user_id', '=', gone.id).executeTakeFirstOrThrow()).id;
    expect((await listEditorOptions('en')).authors.map((a) => a.id)).not.toContain(byline);
    expect((await listEditorOptions('en', byline)).authors.map((a) => a.id)).toContain(byline);
    const id = await newDraft('A new byline');
    expect(await saveStoryAction(null, story(id, await versions(id), { title: 'A new byline', authorId: String(byline) }))).toEqual({ ok: false, errors: { authorId: 'inactiveAuthor' } });
  });
});
