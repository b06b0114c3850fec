import { beforeAll, describe, expect, it, onTestFinished, vi } from 'vitest';
import type { SessionClaims } from '@/lib/auth/sessions';
import { getDb } from '@/lib/db/client';
import { documentFromParagraphs } from '@/lib/document/schema';
import {
  createArticleAction,
  deleteLiveEntryAction,
  postLiveEntryAction,
  saveLiveEntryTextAction,
  setCoverageAction,
  setLiveEntryFlagsAction,
  startCoverageAction,
} from '@/lib/editorial/actions';
import { LIVE_CHANGES_CHANNEL, parseLiveNotice } from '@/lib/live/changes';
import { readerFeed } from '@/lib/live/feed';
import { listenForSiteChanges } from '@/test/notifications';
import { form, staffWithSession, testCategory } from '@/test/staff-session';

const session = vi.hoisted(() => ({ claims: null as SessionClaims | null }));
vi.mock('@/lib/auth/auth', () => ({ auth: async () => (session.claims ? { claims: session.claims } : null) }));
const revalidated = vi.hoisted(() => new Set<string>());
vi.mock('next/cache', () => ({ revalidatePath: (path: string) => revalidated.add(path) }));

let editor: SessionClaims;
let author: SessionClaims;
let authorId = 0;
let categoryId = '';

const body = (...texts: string[]) => JSON.stringify(documentFromParagraphs(texts));

async function newLivePage(): Promise<string> {
  session.claims = editor;
  const started = await startCoverageAction(null, form({ locale: 'en', title: 'Storm over the Caspian', categoryId }));
  if (!started.ok) throw new Error(JSON.stringify(started.errors));
  return String(started.data.id);
}

async function post(articleId: string, fields: Record<string, string> = {}) {
  const result = await postLiveEntryAction(null, form({ articleId, locale: 'en', title: '', body: body('Winds reach 90 km/h.'), publish: 'on', ...fields }));
  if (!result.ok) throw new Error(JSON.stringify(result.errors));
  return result.data;
}

const changes = (articleId: string) =>
  getDb()
    .selectFrom('live_changes')
    .select(['seq', 'locale', 'entry_id as entryId', 'for_readers as forReaders'])
    .where('article_id', '=', Number(articleId))
    .orderBy('seq')
    .orderBy('locale')
    .execute();

const entryRow = (entryId: number) => getDb().selectFrom('live_entries').selectAll().where('id', '=', entryId).executeTakeFirstOrThrow();
const textRow = (entryId: number, locale: 'ru' | 'az' | 'en') =>
  getDb().selectFrom('live_entry_translations').selectAll().where('entry_id', '=', entryId).where('locale', '=', locale).executeTakeFirst();

beforeAll(async () => {
  editor = (await staffWithSession('editor')).claims;
  const authorSession = await staffWithSession('author');
  author = authorSession.claims;
  authorId = authorSession.id;
  categoryId = String(await testCategory());
});

describe('live coverage', () => {
  it('starts as an article of the live kind, live from now, and is audited', async () => {
    const id = await newLivePage();
    const row = await getDb().selectFrom('articles').select(['kind', 'coverage_started_at', 'coverage_ended_at', 'live_seq']).where('id', '=', Number(id)).executeTakeFirstOrThrow();
    expect(row).toMatchObject({ kind: 'live', coverage_ended_at: null, live_seq: '0' });
    expect(row.coverage_started_at).toBeInstanceOf(Date);
    const audit = await getDb().selectFrom('audit_log').select(['action', 'details']).where('entity', '=', 'article').where('entity_id', '=', id).execute();
    expect(audit).toEqual([{ action: 'create', details: { kind: 'live' } }]);
  });

  it('numbers every change, keeps a revision and an audit entry, and announces it to the instances', async () => {
    const id = await newLivePage();
    const listener = await listenForSiteChanges(LIVE_CHANGES_CHANNEL);
    try {
      const first = await post(id, { title: 'Storm makes landfall', keyEvent: 'on' });
      const second = await post(id);
      expect([first.seq, second.seq]).toEqual([1, 2]);
      await listener.settle();
      const notices = listener.received.map(parseLiveNotice).filter((notice) => notice?.articleId === Number(id));
      expect(notices).toEqual([
        { articleId: Number(id), seq: 1, readers: ['en'] },
        { articleId: Number(id), seq: 2, readers: ['en'] },
      ]);
    } finally {
      await listener.close();
    }
    expect(await changes(id)).toEqual([
      { seq: '1', locale: 'en', entryId: expect.any(Number), forReaders: true },
      { seq: '2', locale: 'en', entryId: expect.any(Number), forReaders: true },
    ]);
    const audit = await getDb().selectFrom('audit_log').select(['action', 'locale']).where('entity', '=', 'article').where('entity_id', '=', id).orderBy('id').execute();
    expect(audit.map((a) => a.action)).toEqual(['create', 'liveEntry', 'liveEntry']);
    // The live page in English is refreshed for its readers, as any article's page is.
    expect([...revalidated].some((path) => path.startsWith(`/en/news/${id}-`))).toBe(true);
  });

  it('orders concurrent posts by their numbers, with no gap and no repeat', async () => {
    const id = await newLivePage();
    const posted = await Promise.all(Array.from({ length: 8 }, (_, i) => post(id, { body: body(`Update ${i}`) })));
    expect(posted.map((p) => p.seq).sort((a, b) => a - b)).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
    const { live_seq } = await getDb().selectFrom('articles').select('live_seq').where('id', '=', Number(id)).executeTakeFirstOrThrow();
    expect(live_seq).toBe('8');
  });

  it('lets authors draft entries that editors publish, and translate them later', async () => {
    const id = await newLivePage();
    session.claims = author;
    expect(await postLiveEntryAction(null, form({ articleId: id, locale: 'en', title: '', body: body('Draft'), publish: 'on' }))).toEqual({ ok: false, errors: { form: 'forbidden' } });
    const draft = await postLiveEntryAction(null, form({ articleId: id, locale: 'en', title: '', body: body('Ferries stay in port.') }));
    if (!draft.ok) throw new Error(JSON.stringify(draft.errors));
    const { entryId } = draft.data;
    expect(await textRow(entryId, 'en')).toMatchObject({ status: 'draft', published_at: null });
    // A draft is the newsroom's: its change is for the desk, not for readers.
    expect(await changes(id)).toEqual([{ seq: '1', locale: 'en', entryId, forReaders: false }]);
    expect((await entryRow(entryId)).created_by).not.toBeNull();

    // The author corrects their draft; the editor publishes it.
    expect(await saveLiveEntryTextAction(null, form({ entryId: String(entryId), locale: 'en', version: '1', title: '', body: body('Ferries stay in port today.') }))).toMatchObject({ ok: true, data: { version: 2 } });
    session.claims = editor;
    const beforePublish = (await entryRow(entryId)).posted_at;
    const published = await saveLiveEntryTextAction(null, form({ entryId: String(entryId), locale: 'en', version: '2', title: '', body: body('Ferries stay in port today.'), publish: 'on' }));
    expect(published).toMatchObject({ ok: true, data: { version: 3 } });
    expect(await textRow(entryId, 'en')).toMatchObject({ status: 'published', published_at: expect.any(Date) });
    // The entry's time is its first publication.
    expect((await entryRow(entryId)).posted_at.getTime()).toBeGreaterThanOrEqual(beforePublish.getTime());

    // Published, it is the editors': the author can no longer touch it.
    session.claims = author;
    expect(await saveLiveEntryTextAction(null, form({ entryId: String(entryId), locale: 'en', version: '3', title: '', body: body('x') }))).toEqual({ ok: false, errors: { form: 'forbidden' } });
    expect(await deleteLiveEntryAction(null, form({ entryId: String(entryId), version: '1' }))).toEqual({ ok: false, errors: { form: 'forbidden' } });

    // The Russian translation comes later, as its own version 1, and only Russian readers hear of it.
    session.claims = editor;
    const ru = await saveLiveEntryTextAction(null, form({ entryId: String(entryId), locale: 'ru', version: '0', title: '', body: body('Паромы сегодня стоят в порту.'), publish: 'on' }));
    expect(ru).toMatchObject({ ok: true, data: { version: 1 } });
    expect((await changes(id)).at(-1)).toEqual({ seq: expect.any(String), locale: 'ru', entryId, forReaders: true });
    const revisions = await getDb().selectFrom('live_entry_revisions').select(['locale', 'created_by']).where('entry_id', '=', entryId).orderBy('id').execute();
    expect(revisions.map((r) => r.locale)).toEqual(['en', 'en', 'en', 'ru']);
    const audit = await getDb().selectFrom('audit_log').select('action').where('entity', '=', 'article').where('entity_id', '=', id).orderBy('id').execute();
    expect(audit.map((a) => a.action)).toEqual(['create', 'liveEntry', 'liveEntryEdit', 'liveEntryPublish', 'liveEntryTranslate']);
    expect(authorId).toBeGreaterThan(0);
  });

  it('refuses a stale edit, an empty entry and forged input, changing nothing', async () => {
    const id = await newLivePage();
    const { entryId } = await post(id);
    const before = await textRow(entryId, 'en');
    const stale = await saveLiveEntryTextAction(null, form({ entryId: String(entryId), locale: 'en', version: '0', title: '', body: body('Mine') }));
    expect(stale).toEqual({ ok: false, errors: { form: 'conflict' } });
    expect(await saveLiveEntryTextAction(null, form({ entryId: String(entryId), locale: 'en', version: '1', title: '', body: '' }))).toEqual({ ok: false, errors: { body: 'required' } });
    expect(await saveLiveEntryTextAction(null, form({ entryId: String(entryId), locale: 'en', version: '1', title: 'x'.repeat(121), body: body('a') }))).toEqual({ ok: false, errors: { title: 'tooLong' } });
    expect(await saveLiveEntryTextAction(null, form({ entryId: '99999999', locale: 'en', version: '1', title: '', body: body('a') }))).toEqual({ ok: false, errors: { form: 'notFound' } });
    expect(await postLiveEntryAction(null, form({ articleId: id, locale: 'xx', title: '', body: body('a') }))).toEqual({ ok: false, errors: { locale: 'invalid' } });
    expect(await textRow(entryId, 'en')).toEqual(before);
    expect(await changes(id)).toHaveLength(1);
  });

  it('refuses entries on an ordinary article', async () => {
    session.claims = editor;
    const created = await createArticleAction(null, form({ locale: 'en', title: 'Not live', categoryId }));
    if (!created.ok) throw new Error('no article');
    expect(await postLiveEntryAction(null, form({ articleId: String(created.data.id), locale: 'en', title: '', body: body('a'), publish: 'on' }))).toEqual({ ok: false, errors: { form: 'notLivePage' } });
    expect(await setCoverageAction(null, form({ articleId: String(created.data.id), state: 'ended' }))).toEqual({ ok: false, errors: { form: 'notLivePage' } });
  });

  it('keeps one pinned entry a page, and tells readers of the one unpinned', async () => {
    const id = await newLivePage();
    const first = await post(id, { pinned: 'on' });
    const second = await post(id);
    expect((await entryRow(first.entryId)).pinned).toBe(true);
    const flagged = await setLiveEntryFlagsAction(null, form({ entryId: String(second.entryId), version: '1', keyEvent: 'on', pinned: 'on' }));
    expect(flagged).toEqual({ ok: true, data: { version: 2 } });
    expect(await entryRow(first.entryId)).toMatchObject({ pinned: false });
    expect(await entryRow(second.entryId)).toMatchObject({ pinned: true, key_event: true });
    const last = (await changes(id)).slice(-2);
    expect(last.map((c) => c.entryId)).toEqual([first.entryId, second.entryId]);
    // A stale flag change is refused.
    expect(await setLiveEntryFlagsAction(null, form({ entryId: String(second.entryId), version: '1' }))).toEqual({ ok: false, errors: { form: 'conflict' } });
  });

  it('pings search engines for a key event at most once a minute a page', async () => {
    const id = await newLivePage();
    await post(id, { title: 'Airport closed', keyEvent: 'on' });
    const first = await getDb().selectFrom('articles').select('live_indexnow_at').where('id', '=', Number(id)).executeTakeFirstOrThrow();
    expect(first.live_indexnow_at).toBeInstanceOf(Date);
    await post(id, { title: 'Airport reopens', keyEvent: 'on' });
    const second = await getDb().selectFrom('articles').select('live_indexnow_at').where('id', '=', Number(id)).executeTakeFirstOrThrow();
    expect(second.live_indexnow_at).toEqual(first.live_indexnow_at);
  });

  it('tells readers of a language the changes after their number, in that language only, and a number never reached to start again', async () => {
    const id = await newLivePage();
    // Published for the test's readers only while it runs: other tests count the live pages readers see.
    const english = () => getDb().updateTable('article_translations').where('article_id', '=', Number(id)).where('locale', '=', 'en');
    await english().set({ status: 'published', published_at: new Date(Date.now() - 1_000) }).execute();
    onTestFinished(async () => {
      await english().set({ status: 'draft', published_at: null }).execute();
    });
    const first = await post(id, { title: 'Storm makes landfall', keyEvent: 'on' });
    const second = await post(id);
    const all = await readerFeed(Number(id), 'en', 0);
    expect(all).toMatchObject({ seq: 2, state: 'live', entries: [{ id: first.entryId, keyEvent: true, title: 'Storm makes landfall' }, { id: second.entryId }] });
    expect(all!.reset).toBeUndefined();
    expect(await readerFeed(Number(id), 'en', 2)).toMatchObject({ seq: 2, entries: [] });
    expect(await readerFeed(Number(id), 'en', 3)).toEqual({ seq: 2, state: 'live', updated: null, entries: [], reset: true });
    expect(await readerFeed(Number(id), 'en', 999_999_999_999)).toMatchObject({ reset: true });
    // No Russian page is published: nothing for its readers.
    expect(await readerFeed(Number(id), 'ru', 0)).toBeNull();
  });

  it('deletes an entry for readers, keeping its revisions', async () => {
    const id = await newLivePage();
    const { entryId } = await post(id);
    expect(await deleteLiveEntryAction(null, form({ entryId: String(entryId), version: '1' }))).toEqual({ ok: true, data: null });
    expect((await entryRow(entryId)).deleted_at).toBeInstanceOf(Date);
    expect(await deleteLiveEntryAction(null, form({ entryId: String(entryId), version: '2' }))).toEqual({ ok: false, errors: { form: 'notFound' } });
    expect((await changes(id)).at(-1)).toEqual({ seq: '2', locale: 'en', entryId, forReaders: true });
    const revisions = await getDb().selectFrom('live_entry_revisions').select('id').where('entry_id', '=', entryId).execute();
    expect(revisions).toHaveLength(1);
  });

  it('stops taking entries once ended, and takes them again when resumed', async () => {
    const id = await newLivePage();
    const { entryId } = await post(id);
    expect(await setCoverageAction(null, form({ articleId: id, state: 'ended' }))).toEqual({ ok: true, data: null });
    expect(await postLiveEntryAction(null, form({ articleId: id, locale: 'en', title: '', body: body('Late'), publish: 'on' }))).toEqual({ ok: false, errors: { form: 'coverageEnded' } });
    expect(await saveLiveEntryTextAction(null, form({ entryId: String(entryId), locale: 'en', version: '1', title: '', body: body('Late') }))).toEqual({ ok: false, errors: { form: 'coverageEnded' } });
    // Ending is a change every language's readers hear of: their pages stop updating.
    const ended = (await changes(id)).filter((c) => c.entryId === null);
    expect(ended.map((c) => c.locale).sort()).toEqual(['az', 'en', 'ru']);
    expect(await setCoverageAction(null, form({ articleId: id, state: 'live' }))).toEqual({ ok: true, data: null });
    await post(id);
    const audit = await getDb().selectFrom('audit_log').select('action').where('entity', '=', 'article').where('entity_id', '=', id).orderBy('id').execute();
    expect(audit.map((a) => a.action)).toEqual(['create', 'liveEntry', 'coverageEnded', 'coverageResumed', 'liveEntry']);
  });
});
