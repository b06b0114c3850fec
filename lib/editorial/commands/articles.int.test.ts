import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { ArticleBody } from '@/components/article/ArticleBody';
import type { SessionClaims } from '@/lib/auth/sessions';
import { documentFromParagraphs, parseDocument, type Block } from '@/lib/document/schema';
import { getDb } from '@/lib/db/client';
import { form, staffWithSession, testCategory } from '@/test/staff-session';
import { createArticleAction, restoreRevisionAction, saveTranslationAction, setStatusAction } from '@/lib/editorial/actions';
import { listRevisions } from '@/lib/editorial/commands/revisions';

const session = vi.hoisted(() => ({ claims: null as SessionClaims | null }));
vi.mock('@/lib/auth/auth', () => ({ auth: async () => (session.claims ? { claims: session.claims } : null) }));
const revalidated = vi.hoisted(() => new Set<string>());
vi.mock('next/cache', () => ({ revalidatePath: (path: string) => revalidated.add(path) }));

let categoryId = '';

async function newDraft(title: string): Promise<string> {
  const created = await createArticleAction(null, form({ locale: 'en', title, categoryId }));
  if (!created.ok) throw new Error(JSON.stringify(created.errors));
  return String(created.data.id);
}

const fields = (id: string, version: number, overrides: Record<string, string>) =>
  form({ articleId: id, locale: 'en', version: String(version), title: 'Title', slug: '', lead: '', body: '', seoTitle: '', seoDescription: '', ...overrides });

/** A body as the rich-text editor sends it. */
const document = (...blocks: Block[]) => JSON.stringify({ version: 1, blocks });
const paragraphs = (...texts: string[]) => JSON.stringify(documentFromParagraphs(texts));

async function stored(id: string) {
  return getDb().selectFrom('article_translations').selectAll().where('article_id', '=', Number(id)).where('locale', '=', 'en').executeTakeFirstOrThrow();
}

beforeAll(async () => {
  session.claims = (await staffWithSession('editor')).claims;
  categoryId = String(await testCategory());
});

describe('editor content cannot run script', () => {
  const payloads = [
    '<script>alert(1)</script>',
    '<img src=x onerror=alert(1)>',
    '<svg onload=alert(1)><script>alert(2)</script></svg>',
    '<a href="javascript:alert(1)">x</a>',
    '"><iframe src=javascript:alert(1)>',
    '<b onmouseover=alert(1)>bold</b>',
  ];

  it('stores HTML payloads as text in every kind of block and renders them inert', async () => {
    const id = await newDraft('XSS probe');
    const body = document(
      ...payloads.map((text): Block => ({ type: 'paragraph', content: [{ text }, { text, bold: true, italic: true }, { text, href: '/en/latest' }] })),
      { type: 'heading', level: 2, content: [{ text: payloads[0]! }] },
      { type: 'quote', content: [{ text: payloads[1]! }] },
      { type: 'list', ordered: false, items: payloads.map((text) => [{ text }]) },
    );
    const saved = await saveTranslationAction(null, fields(id, 1, { title: '<script>alert(1)</script>', lead: '<svg onload=alert(1)>', body }));
    expect(saved.ok).toBe(true);
    const row = await stored(id);
    const html = renderToStaticMarkup(createElement(ArticleBody, { document: parseDocument(row.body), videoTitle: 'video' }));
    // What a reader sees is the payload's characters, escaped; no element or attribute came from it.
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(html).not.toMatch(/<(script|svg|iframe|img)\b/i);
    expect(html).not.toMatch(/<[^>]+\son\w+=/i);
    expect(html).not.toMatch(/href="\s*(javascript|data):/i);
  });

  it('refuses script and data links without saving anything', async () => {
    const id = await newDraft('Link probe');
    const before = await stored(id);
    for (const href of ['javascript:alert(1)', 'JAVASCRIPT:alert(1)', 'data:text/html;base64,PHNjcmlwdD4=', '//evil.example/', '/\\evil.example', '/\t/evil.example/x', '/\n/evil.example/x']) {
      const result = await saveTranslationAction(null, fields(id, 1, { body: document({ type: 'paragraph', content: [{ text: 'Read ' }, { text: 'this', href }] }) }));
      expect(result).toEqual({ ok: false, errors: { body: 'unsafeLink' } });
    }
    expect(await stored(id)).toEqual(before);
  });

  it('keeps nothing of a body but the document: raw HTML blocks are refused, stray properties dropped', async () => {
    const id = await newDraft('Shape probe');
    const before = await stored(id);
    for (const body of [document({ type: 'html', html: '<script>alert(1)</script>' } as unknown as Block), '<p onclick="alert(1)">Hello</p>', '{"version":2,"blocks":[]}']) {
      expect(await saveTranslationAction(null, fields(id, 1, { body }))).toEqual({ ok: false, errors: { body: 'invalid' } });
    }
    expect(await stored(id)).toEqual(before);
    const stray = document({ type: 'paragraph', content: [{ text: 'Hello', onclick: 'alert(1)', style: 'x' } as never], class: 'evil' } as unknown as Block);
    expect(await saveTranslationAction(null, fields(id, 1, { body: stray }))).toMatchObject({ ok: true });
    expect((await stored(id)).body).toEqual({ version: 1, blocks: [{ type: 'paragraph', content: [{ text: 'Hello' }] }] });
  });
});

describe('bad input', () => {
  it('gets a message key per field and leaves the translation, revisions and audit log untouched', async () => {
    const id = await newDraft('Bad input probe');
    const before = await stored(id);
    const revisions = await getDb().selectFrom('article_revisions').select('id').where('article_id', '=', Number(id)).execute();
    const result = await saveTranslationAction(null, fields(id, 1, { title: '   ', slug: 'Not A Slug!', lead: 'x'.repeat(1_001) }));
    expect(result).toEqual({ ok: false, errors: { title: 'required', slug: 'invalidSlug', lead: 'tooLong' } });
    expect(await saveTranslationAction(null, fields(id, 1, { body: document({ type: 'youtube', videoId: 'https://evil.example/<script>' }) }))).toEqual({ ok: false, errors: { body: 'invalidVideo' } });
    expect(await setStatusAction(null, form({ articleId: id, locale: 'en', version: '1', to: 'scheduled', publishDate: '01.01.2001', publishTime: '10:00' }))).toEqual({
      ok: false,
      errors: { publishAt: 'publishAtPast' },
    });
    // A day that does not exist is refused as such, not rolled over into March.
    expect(await setStatusAction(null, form({ articleId: id, locale: 'en', version: '1', to: 'scheduled', publishDate: '31.02.2030', publishTime: '10:00' }))).toEqual({
      ok: false,
      errors: { publishAt: 'invalidDate' },
    });
    expect(await setStatusAction(null, form({ articleId: 'abc', locale: 'xx', version: '1', to: 'live' }))).toMatchObject({ ok: false });
    expect(await stored(id)).toEqual(before);
    expect(await getDb().selectFrom('article_revisions').select('id').where('article_id', '=', Number(id)).execute()).toEqual(revisions);
  });

  it('tells the second of two concurrent editors about the conflict and keeps the first save', async () => {
    const id = await newDraft('Conflict probe');
    const [first, second] = await Promise.all([
      saveTranslationAction(null, fields(id, 1, { title: 'First editor', body: paragraphs('Mine') })),
      saveTranslationAction(null, fields(id, 1, { title: 'Second editor', body: paragraphs('Theirs') })),
    ]);
    const results = [first, second];
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    const winner = first.ok ? 'First editor' : 'Second editor';
    expect((await stored(id)).title).toBe(winner);
    // The one who lost is shown what the other saved, and by whom, so the two can be merged.
    expect(results.filter((r) => !r.ok)).toEqual([
      {
        ok: false,
        errors: { form: 'conflict' },
        conflict: {
          version: 2,
          values: expect.objectContaining({ title: winner, body: paragraphs(first.ok ? 'Mine' : 'Theirs') }),
          savedBy: expect.stringMatching(/\S/),
          savedAt: expect.any(Date),
        },
      },
    ]);
  });

  it('answers a save from an old version with the text as saved now, even when the save is not attempted', async () => {
    const id = await newDraft('Stale probe');
    expect(await saveTranslationAction(null, fields(id, 1, { lead: 'Lead of the first editor' }))).toMatchObject({ ok: true });
    const stale = await saveTranslationAction(null, fields(id, 1, { lead: 'Lead of the second editor' }));
    expect(stale).toMatchObject({ ok: false, errors: { form: 'conflict' }, conflict: { version: 2, values: { lead: 'Lead of the first editor' } } });
    expect((await stored(id)).lead).toBe('Lead of the first editor');
  });

  it('refuses a slug another article uses in the same language', async () => {
    const taken = await getDb().selectFrom('article_translations').select('slug').where('locale', '=', 'en').where('status', '=', 'published').executeTakeFirstOrThrow();
    const id = await newDraft('Slug probe');
    expect(await saveTranslationAction(null, fields(id, 1, { slug: taken.slug }))).toEqual({ ok: false, errors: { slug: 'slugTaken' } });
  });
});

describe('publishing', () => {
  it('revalidates the article, home and latest in its locale', async () => {
    const id = await newDraft('Publishing probe');
    revalidated.clear();
    expect(await setStatusAction(null, form({ articleId: id, locale: 'en', version: '1', to: 'published' }))).toEqual({ ok: true, data: { version: 2 } });
    expect(revalidated).toContain(`/en/news/${id}-publishing-probe`);
    expect(revalidated).toContain('/en');
    expect(revalidated).toContain('/en/latest');
  });
});

describe('scheduling', () => {
  it('a story taken off the schedule and then published is published now, not at the date it was scheduled for', async () => {
    const id = await newDraft('Schedule probe');
    const nextYear = new Date(Date.now() + 365 * 86_400_000);
    const at = `01.06.${nextYear.getFullYear()}`;
    expect(await setStatusAction(null, form({ articleId: id, locale: 'en', version: '1', to: 'scheduled', publishDate: at, publishTime: '10:00' }))).toMatchObject({ ok: true });
    expect((await stored(id)).published_at!.getTime()).toBeGreaterThan(Date.now());

    expect(await setStatusAction(null, form({ articleId: id, locale: 'en', version: '2', to: 'draft' }))).toMatchObject({ ok: true });
    expect((await stored(id)).published_at).toBeNull();
    const before = Date.now();
    expect(await setStatusAction(null, form({ articleId: id, locale: 'en', version: '3', to: 'published' }))).toMatchObject({ ok: true });
    const published = (await stored(id)).published_at!.getTime();
    expect(published).toBeGreaterThanOrEqual(before - 1_000);
    expect(published).toBeLessThanOrEqual(Date.now());
  });

  it('a story published once and republished keeps its first publication time', async () => {
    const id = await newDraft('Republish probe');
    await setStatusAction(null, form({ articleId: id, locale: 'en', version: '1', to: 'published' }));
    const first = (await stored(id)).published_at!.getTime();
    await setStatusAction(null, form({ articleId: id, locale: 'en', version: '2', to: 'unpublished' }));
    await setStatusAction(null, form({ articleId: id, locale: 'en', version: '3', to: 'published' }));
    expect((await stored(id)).published_at!.getTime()).toBe(first);
  });
});

describe('revisions', () => {
  it('keep every save, and restoring one is a save of its own that loses nothing', async () => {
    const id = await newDraft('Revision probe');
    expect(await saveTranslationAction(null, fields(id, 1, { title: 'First wording', body: paragraphs('First body') }))).toMatchObject({ ok: true });
    expect(await saveTranslationAction(null, fields(id, 2, { title: 'Second wording', body: paragraphs('Second body') }))).toMatchObject({ ok: true });
    const revisions = await listRevisions(Number(id), 'en');
    expect(revisions.map((r) => r.title)).toEqual(['Second wording', 'First wording', 'Revision probe']);

    const first = revisions[1]!;
    expect(await restoreRevisionAction(null, form({ articleId: id, locale: 'en', version: '2', revisionId: first.id }))).toMatchObject({ ok: false, errors: { form: 'conflict' } });
    expect(await restoreRevisionAction(null, form({ articleId: id, locale: 'en', version: '3', revisionId: first.id }))).toMatchObject({ ok: true, data: { version: 4 } });
    const row = await stored(id);
    expect(row.title).toBe('First wording');
    expect(row.body).toEqual({ version: 1, blocks: [{ type: 'paragraph', content: [{ text: 'First body' }] }] });
    expect((await listRevisions(Number(id), 'en')).map((r) => r.title)).toEqual(['First wording', 'Second wording', 'First wording', 'Revision probe']);
  });
});
