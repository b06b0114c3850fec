import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { sql } from 'kysely';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import type { SessionClaims } from '@/lib/auth/sessions';
import { documentFromParagraphs } from '@/lib/content/document';
import { getDb } from '@/lib/db/client';
import { tinyPng, withTemporaryMediaDir } from '@/test/images';
import { form, staffWithSession } from '@/test/staff-session';
import * as actions from './actions';

const session = vi.hoisted(() => ({ claims: null as SessionClaims | null }));
vi.mock('@/lib/auth/auth', () => ({ auth: async () => (session.claims ? { claims: session.claims } : null) }));
vi.mock('next/cache', () => ({ revalidatePath: () => {} }));

const root = path.resolve(import.meta.dirname, '..', '..');
withTemporaryMediaDir();

/** Every file in the app that declares server actions. */
function serverActionFiles(dir = root): string[] {
  return readdirSync(dir).flatMap((name) => {
    if (['node_modules', '.next', '.data', '.git', 'test-results'].includes(name)) return [];
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) return serverActionFiles(full);
    return /\.tsx?$/.test(name) && /^\s*(\/\*[\s\S]*?\*\/\s*)?['"]use server['"]/.test(readFileSync(full, 'utf8')) ? [full] : [];
  });
}

// The only actions a signed-out visitor may call.
const PUBLIC_ACTION_FILES = ['lib/auth/sign-in-actions.ts'];

type ActionName = keyof typeof actions;
let article: { id: number; version: number; translationVersion: number; categoryId: number; authorId: number; revisionId: string; mediaId: number };

/** A well-formed form for each action, so a refusal can only come from the guard. */
function validForm(name: ActionName): FormData {
  const a = article;
  const forms: Record<ActionName, Record<string, string | string[]>> = {
    createArticleAction: { locale: 'en', title: 'Guard test', categoryId: String(a.categoryId) },
    saveTranslationAction: { articleId: String(a.id), locale: 'en', version: String(a.translationVersion), title: 'Hacked', slug: '', lead: '', body: JSON.stringify(documentFromParagraphs(['Hacked'])), seoTitle: '', seoDescription: '' },
    setStatusAction: { articleId: String(a.id), locale: 'en', version: String(a.translationVersion), to: 'unpublished', publishDate: '', publishTime: '' },
    saveDetailsAction: { articleId: String(a.id), version: String(a.version), categoryId: String(a.categoryId), authorId: String(a.authorId), tagIds: [] },
    restoreRevisionAction: { articleId: String(a.id), locale: 'en', version: String(a.translationVersion), revisionId: a.revisionId },
    createUserAction: { email: 'intruder@anews.test', name: 'Intruder', role: 'admin', password: 'intruder-password' },
    setUserRoleAction: { userId: '1', role: 'author' },
    setUserActiveAction: { userId: '1', active: 'false' },
    resetPasswordAction: { userId: '1', password: 'another-password' },
    uploadImageAction: {},
    deleteMediaAction: { id: String(a.mediaId) },
    replaceMediaAction: { id: String(a.mediaId) },
    saveTermAction: { kind: 'tag', id: '0', version: '0', name_ru: 'Взлом', name_az: 'Sındırma', name_en: 'Hack', slug_ru: '', slug_az: '', slug_en: '' },
    createCategoryAction: { name_ru: 'Взлом', name_az: 'Sındırma', name_en: 'Hack', slug_ru: '', slug_az: '', slug_en: '' },
    moveCategoryAction: { id: String(a.categoryId), version: '1', direction: 'down' },
    deleteCategoryAction: { id: String(a.categoryId), version: '1', moveTo: '' },
    saveCoverAction: { articleId: String(a.id), version: String(a.version), coverMediaId: String(a.mediaId), alt_ru: 'Взлом', alt_az: 'Sındırma', alt_en: 'Hack', caption_ru: '', caption_az: '', caption_en: '' },
    saveRatesAction: { date: '2025-10-20', value_USD: '9.99', nominal_USD: '1', version_USD: '0', value_EUR: '', nominal_EUR: '1', version_EUR: '0', value_RUB: '', nominal_RUB: '100', version_RUB: '0', value_TRY: '', nominal_TRY: '1', version_TRY: '0', value_GBP: '', nominal_GBP: '1', version_GBP: '0' },
    saveBreakingAction: { locale: 'ru', version: '1', text: 'Взлом сайта', link: '', startsAt: '', expiresAt: '2099-01-01T12:00' },
    clearBreakingAction: { locale: 'ru', version: '1' },
    saveSettingsAction: { youtube_channel_url: 'https://evil.example/', youtube_channel_name: 'Hijacked', version_youtube_channel_url: '1', version_youtube_channel_name: '1' },
  };
  const data = form(forms[name]);
  if (name === 'uploadImageAction' || name === 'replaceMediaAction') data.append('file', new File([tinyPng(2, 2)], 'pixel.png', { type: 'image/png' }));
  return data;
}

/** A fingerprint of everything an action could change. */
async function snapshot(): Promise<string> {
  const tables = ['users', 'authors', 'articles', 'article_translations', 'article_tags', 'article_revisions', 'audit_log', 'site_settings', 'categories', 'category_translations', 'tags', 'tag_translations', 'media', 'currency_rates', 'breaking_news'];
  const parts = await Promise.all(
    tables.map((table) => sql<{ h: string }>`select md5(coalesce(string_agg(t::text, '|' order by t::text), '')) as h from ${sql.table(table)} t`.execute(getDb())),
  );
  return parts.map((p) => p.rows[0]?.h).join(',');
}

beforeAll(async () => {
  const db = getDb();
  const row = await db
    .selectFrom('articles as a')
    .innerJoin('article_translations as t', 't.article_id', 'a.id')
    .select(['a.id', 'a.version', 't.version as translationVersion', 'a.category_id as categoryId', 'a.author_id as authorId'])
    .where('t.locale', '=', 'en')
    .where('t.status', '=', 'published')
    .orderBy('a.id')
    .executeTakeFirstOrThrow();
  const revision = await db
    .insertInto('article_revisions')
    .values({ article_id: row.id, locale: 'en', title: 'An old title', lead: '', body: JSON.stringify({ version: 1, blocks: [] }) })
    .returning('id')
    .executeTakeFirstOrThrow();
  const media = await db
    .insertInto('media')
    .values({ storage_key: 'guard-test.png', mime_type: 'image/png', width: 2, height: 2, byte_size: 70, content_hash: '0000000000000000' })
    .returning('id')
    .executeTakeFirstOrThrow();
  article = { ...row, revisionId: revision.id, mediaId: media.id };
});

describe('the action guard', () => {
  it('leaves no server action outside the guarded registry', () => {
    const files = serverActionFiles().map((file) => path.relative(root, file)).sort();
    expect(files).toEqual(['lib/editorial/actions.ts', ...PUBLIC_ACTION_FILES].sort());
  });

  it.each(Object.keys(actions) as ActionName[])('%s refuses a signed-out caller and changes nothing', async (name) => {
    session.claims = null;
    const before = await snapshot();
    expect(await actions[name](null, validForm(name))).toEqual({ ok: false, errors: { form: 'signedOut' } });
    expect(await snapshot()).toBe(before);
  });

  it.each(Object.keys(actions) as ActionName[])('%s refuses an author on what is not theirs and changes nothing', async (name) => {
    session.claims = (await staffWithSession('author')).claims;
    const before = await snapshot();
    const result = await actions[name](null, validForm(name));
    if (name === 'createArticleAction' || name === 'uploadImageAction') {
      // Authors may start their own drafts and upload images: the things here they are allowed.
      expect(result.ok).toBe(true);
      return;
    }
    expect(result).toEqual({ ok: false, errors: { form: 'forbidden' } });
    expect(await snapshot()).toBe(before);
  });

  it('refuses a session whose user has been deactivated', async () => {
    const editor = await staffWithSession('editor');
    await getDb().updateTable('users').set({ active: false }).where('id', '=', editor.id).execute();
    session.claims = editor.claims;
    const before = await snapshot();
    expect(await actions.setStatusAction(null, validForm('setStatusAction'))).toEqual({ ok: false, errors: { form: 'signedOut' } });
    expect(await snapshot()).toBe(before);
  });
});

describe('authors', () => {
  it('write and submit their own draft but cannot publish it', async () => {
    const author = await staffWithSession('author');
    session.claims = author.claims;
    const created = await actions.createArticleAction(null, form({ locale: 'az', title: 'Müəllifin qaralaması', categoryId: String(article.categoryId) }));
    if (!created.ok) throw new Error(JSON.stringify(created.errors));
    // The editor opens on the language the draft was written in, whatever the admin's own language.
    expect(created.data.locale).toBe('az');
    const id = String(created.data.id);
    const saved = await actions.saveTranslationAction(null, form({ articleId: id, locale: 'az', version: '1', title: 'Müəllifin qaralaması', slug: '', lead: 'Lead', body: JSON.stringify(documentFromParagraphs(['Body'])), seoTitle: '', seoDescription: '' }));
    expect(saved).toMatchObject({ ok: true, data: { version: 2, slug: 'muellifin-qaralamasi' } });

    expect(await actions.setStatusAction(null, form({ articleId: id, locale: 'az', version: '2', to: 'published' }))).toEqual({ ok: false, errors: { form: 'forbidden' } });
    expect(await actions.setStatusAction(null, form({ articleId: id, locale: 'az', version: '2', to: 'review' }))).toEqual({ ok: true, data: { version: 3 } });
    // In review the text is the editors' now.
    const late = await actions.saveTranslationAction(null, form({ articleId: id, locale: 'az', version: '3', title: 'Changed', slug: '', lead: '', body: '', seoTitle: '', seoDescription: '' }));
    expect(late).toEqual({ ok: false, errors: { form: 'forbidden' } });
    const audit = await getDb().selectFrom('audit_log').select(['action', 'locale']).where('entity', '=', 'article').where('entity_id', '=', id).orderBy('id').execute();
    expect(audit.map((a) => a.action)).toEqual(['create', 'save', 'review']);
  });
});
