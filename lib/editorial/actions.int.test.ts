import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { sql } from 'kysely';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import type { SessionClaims } from '@/lib/auth/sessions';
import { documentFromParagraphs } from '@/lib/document/schema';
import { DEFAULT_SETTINGS } from '@/lib/content/settings-defaults';
import { SETTING_KEYS } from '@/lib/content/settings-fields';
import { getDb } from '@/lib/db/client';
import { isPlainText } from '@/lib/http/plain-text';
import { tinyPng, withTemporaryMediaDir } from '@/test/images';
import { form, staffWithSession } from '@/test/staff-session';
import * as actions from '@/lib/editorial/actions';

const session = vi.hoisted(() => ({ claims: null as SessionClaims | null }));
vi.mock('@/lib/auth/auth', () => ({ auth: async () => (session.claims ? { claims: session.claims } : null) }));
vi.mock('next/cache', () => ({ revalidatePath: () => {} }));
vi.mock('next/headers', () => import('@/test/request-headers'));

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
const PUBLIC_ACTION_FILES = ['lib/auth/sign-in-actions.ts', 'lib/auth/password-reset-actions.ts'];

type ActionName = keyof typeof actions;
let settingVersions: Record<string, number> = {};
let article: { id: number; version: number; translationVersion: number; categoryId: number; authorId: number; revisionId: string; mediaId: number };
let live: { id: number; entryId: number };

/** A well-formed form for each action, so a refusal can only come from the guard. */
function validForm(name: ActionName): FormData {
  const a = article;
  const forms: Record<ActionName, Record<string, string | string[]>> = {
    createArticleAction: { locale: 'en', title: 'Guard test', categoryId: String(a.categoryId) },
    saveTranslationAction: { articleId: String(a.id), locale: 'en', version: String(a.translationVersion), title: 'Hacked', slug: '', lead: '', body: JSON.stringify(documentFromParagraphs(['Hacked'])), seoTitle: '', seoDescription: '' },
    saveStoryAction: {
      articleId: String(a.id), locale: 'en', version: String(a.translationVersion), articleVersion: String(a.version), title: 'Hacked', slug: '', lead: '', body: JSON.stringify(documentFromParagraphs(['Hacked'])), seoTitle: '', seoDescription: '',
      coverAlt: 'Hack', coverCaption: '', categoryId: String(a.categoryId), authorId: String(a.authorId), tagIds: [], coverMediaId: String(a.mediaId),
      sharedBase: JSON.stringify({ categoryId: a.categoryId, authorId: a.authorId, tagIds: [], coverMediaId: null }), to: 'unpublished', reason: 'Hacked', publishDate: '', publishTime: '',
    },
    setStatusAction: { articleId: String(a.id), locale: 'en', version: String(a.translationVersion), to: 'unpublished', publishDate: '', publishTime: '' },
    saveDetailsAction: { articleId: String(a.id), version: String(a.version), categoryId: String(a.categoryId), authorId: String(a.authorId), tagIds: [] },
    restoreRevisionAction: { articleId: String(a.id), locale: 'en', version: String(a.translationVersion), revisionId: a.revisionId },
    createUserAction: { email: 'intruder@anews.test', name: 'Intruder', role: 'admin', password: 'intruder-password' },
    setUserRoleAction: { userId: '1', role: 'author' },
    setUserActiveAction: { userId: '1', active: 'false' },
    resetPasswordAction: { userId: '1', password: 'another-password' },
    resetTwoFactorAction: { userId: '1' },
    uploadImageAction: {},
    deleteMediaAction: { id: String(a.mediaId) },
    replaceMediaAction: { id: String(a.mediaId) },
    saveMediaTextAction: { id: String(a.mediaId), alt_ru: 'Взлом', alt_az: 'Sındırma', alt_en: 'Hack', caption_ru: '', caption_az: '', caption_en: '' },
    createTagAction: { locale: 'en', name: 'Guard test tag' },
    saveTermAction: { kind: 'tag', id: '0', version: '0', name_ru: 'Взлом', name_az: 'Sındırma', name_en: 'Hack', slug_ru: '', slug_az: '', slug_en: '' },
    createCategoryAction: { name_ru: 'Взлом', name_az: 'Sındırma', name_en: 'Hack', slug_ru: '', slug_az: '', slug_en: '' },
    moveCategoryAction: { id: String(a.categoryId), version: '1', direction: 'down' },
    deleteCategoryAction: { id: String(a.categoryId), version: '1', moveTo: '' },
    saveCoverAction: { articleId: String(a.id), version: String(a.version), coverMediaId: String(a.mediaId), alt_ru: 'Взлом', alt_az: 'Sındırma', alt_en: 'Hack', caption_ru: '', caption_az: '', caption_en: '' },
    saveRatesAction: { date: '2025-10-20', value_USD: '9.99', nominal_USD: '1', version_USD: '0', value_EUR: '', nominal_EUR: '1', version_EUR: '0', value_RUB: '', nominal_RUB: '100', version_RUB: '0', value_TRY: '', nominal_TRY: '1', version_TRY: '0', value_GBP: '', nominal_GBP: '1', version_GBP: '0' },
    saveBreakingAction: { locale: 'ru', version: '1', text: 'Взлом сайта', link: '', expiresAtDate: '01.01.2099', expiresAtTime: '12:00' },
    clearBreakingAction: { locale: 'ru', version: '1' },
    setTwoFactorRequiredAction: { required: 'on', version: '0' },
    beginTwoFactorAction: {},
    confirmTwoFactorAction: { code: '123456' },
    renewRecoveryCodesAction: { code: '123456' },
    disableTwoFactorAction: { code: '123456' },
    changePasswordAction: { current: 'not-the-current-one', password: 'another-password-1', repeat: 'another-password-1' },
    startCoverageAction: { locale: 'en', title: 'Guard test live', categoryId: String(a.categoryId) },
    postLiveEntryAction: { articleId: String(live.id), locale: 'en', title: '', body: JSON.stringify(documentFromParagraphs(['Hacked'])), publish: 'on' },
    saveLiveEntryTextAction: { entryId: String(live.entryId), locale: 'en', version: '1', title: '', body: JSON.stringify(documentFromParagraphs(['Hacked'])) },
    setLiveEntryFlagsAction: { entryId: String(live.entryId), version: '1', keyEvent: 'on' },
    deleteLiveEntryAction: { entryId: String(live.entryId), version: '1' },
    setCoverageAction: { articleId: String(live.id), state: 'ended' },
    saveSettingsAction: Object.fromEntries(
      SETTING_KEYS.flatMap((key) => [
        [key, key === 'youtube_channel_url' ? 'https://www.youtube.com/@hijacked' : DEFAULT_SETTINGS[key]],
        [`version_${key}`, String(settingVersions[key] ?? 0)],
      ]),
    ),
  };
  const data = form(forms[name]);
  if (name === 'uploadImageAction' || name === 'replaceMediaAction') data.append('file', new File([tinyPng(2, 2)], 'pixel.png', { type: 'image/png' }));
  return data;
}

/** A fingerprint of everything an action could change. */
async function snapshot(): Promise<string> {
  const tables = ['users', 'authors', 'articles', 'article_translations', 'article_tags', 'article_revisions', 'audit_log', 'site_settings', 'categories', 'category_translations', 'tags', 'tag_translations', 'media', 'media_texts', 'currency_rates', 'breaking_news', 'live_entries', 'live_entry_translations', 'live_entry_revisions', 'live_changes'];
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
  const page = await db
    .insertInto('articles')
    .values({ category_id: row.categoryId, author_id: row.authorId, kind: 'live', coverage_started_at: new Date() })
    .returning('id')
    .executeTakeFirstOrThrow();
  const entry = await db.insertInto('live_entries').values({ article_id: page.id, created_by: null }).returning('id').executeTakeFirstOrThrow();
  await db
    .insertInto('live_entry_translations')
    .values({ entry_id: entry.id, locale: 'en', body: JSON.stringify(documentFromParagraphs(['An entry'])), status: 'published', published_at: new Date() })
    .execute();
  live = { id: page.id, entryId: entry.id };
  const settings = await db.selectFrom('site_settings').select(['key', 'version']).execute();
  settingVersions = Object.fromEntries(settings.map((setting) => [setting.key, setting.version]));
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
    if (name === 'createArticleAction' || name === 'uploadImageAction' || name === 'beginTwoFactorAction') {
      // Authors may start their own drafts, upload images and set up their own two-factor sign-in.
      expect(result.ok).toBe(true);
      return;
    }
    if (name === 'confirmTwoFactorAction' || name === 'renewRecoveryCodesAction' || name === 'disableTwoFactorAction' || name === 'changePasswordAction') {
      // Their own account's: refused only because 123456 is not the code (or that is not their password), a wrong
      // guess the audit log keeps.
      expect(result).toEqual({ ok: false, errors: name === 'changePasswordAction' ? { current: 'wrongPassword' } : { code: 'badCode' } });
      const audit = await getDb().selectFrom('audit_log').select(['action', 'details']).where('user_id', '=', session.claims.uid).execute();
      expect(audit).toEqual([{ action: expect.stringMatching(/Failed$/), details: { address: expect.any(String) } }]);
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

/**
 * Forged values for one field of an otherwise valid form, chosen by what the field holds. Each must be refused and
 * change nothing: texts that PostgreSQL cannot store or a person cannot type, numbers past PostgreSQL's integer,
 * calendar dates that do not exist, and bodies whose JSON escapes hide such characters. (A lone surrogate cannot
 * reach a form field: FormData, like the multipart parser, turns it into U+FFFD; it can reach the body's JSON.)
 */
function hostileValues(field: string, valid: string): string[] {
  const forged = [`${valid}\u0000`, `\u0000${valid}`, `${valid}\u0007`, `${valid}\u001b[31m`, `${valid}\u007f`];
  // Revisions are numbered by a bigint: past it, not past int4.
  if (field === 'revisionId') forged.push('99999999999999999999', '-1', '0x10');
  else if (/^\d+$/.test(valid)) forged.push('2147483648', '4294967297', '99999999999999999999999', '-2147483649', '1e400', 'NaN', '0x7fffffff');
  if (/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/.test(valid) || field === 'publishAt' || field === 'startsAt') {
    forged.push('2027-02-30T10:00', '2027-13-01T10:00', '2027-04-31T10:00', '2027-01-01T24:00', '2027-01-01T10:60', '0000-00-00T00:00', '99999-01-01T10:00');
  }
  if (field === 'publishDate') forged.push('30.02.2027', '31.04.2027', '01.13.2027', '2027-03-01');
  if (field === 'publishTime') forged.push('24:00', '10:60', '7 pm');
  if (/^\d{4}-\d{2}-\d{2}$/.test(valid)) forged.push('2025-02-30', '2025-13-01', '2025-00-10', '2025-10-32');
  if (field === 'body') forged.push(JSON.stringify(documentFromParagraphs(['a\u0000b'])), JSON.stringify(documentFromParagraphs(['x\ud800'])), JSON.stringify(documentFromParagraphs(['\udfffy'])));
  if (field === 'tagIds') forged.push('2147483648');
  return forged;
}

describe('hostile input to every action', () => {
  // An admin may call every action: what refuses these values is the input layer, not the role check.
  const names = Object.keys(actions) as ActionName[];

  it.each(names)('%s refuses forged characters, out-of-range numbers and impossible dates in every field, and changes nothing', async (name) => {
    session.claims = (await staffWithSession('admin')).claims;
    const before = await snapshot();
    const fields = [...validForm(name).entries()].filter((entry): entry is [string, string] => typeof entry[1] === 'string');
    // Forms with a file (uploads) are covered by lib/media/media.int.test.ts; a form of no texts still gets a forged field name.
    const cases: [string, string][] = fields.length ? fields : [['alt', 'x']];
    let tried = 0;
    for (const [field, valid] of cases) {
      for (const value of hostileValues(field, valid)) {
        const data = validForm(name);
        data.set(field, value);
        const result = await actions[name](null, data);
        expect(result, `${name}: ${field} = ${JSON.stringify(value)}`).toMatchObject({ ok: false });
        // Refused for this field, and by name when it is a character no one can type.
        const errors = result.ok ? {} : result.errors;
        // The editor's date and time fields are one moment to the schema, refused as `publishAt`.
        const refusedAs = isPlainText(value) && (field === 'publishDate' || field === 'publishTime') ? 'publishAt' : field;
        expect(errors[refusedAs], `${name}: ${field} = ${JSON.stringify(value)} → ${JSON.stringify(errors)}`).toBe(
          isPlainText(value) && field !== 'body' ? (errors[refusedAs] ?? 'refused for this field') : 'invalidCharacters',
        );
        tried += 1;
      }
    }
    const forgedName = validForm(name);
    forgedName.append('x\u0000', 'y');
    expect(await actions[name](null, forgedName)).toEqual({ ok: false, errors: { form: 'invalidCharacters' } });
    expect(tried).toBeGreaterThan(0);
    expect(await snapshot()).toBe(before);
  });

  it('stores text in one Unicode form: a decomposed "ə" typed on a phone is saved as the composed letter', async () => {
    session.claims = (await staffWithSession('editor')).claims;
    const created = await actions.createArticleAction(null, form({ locale: 'az', title: 'Xe\u0301bər və s\u0259hifə', categoryId: String(article.categoryId) }));
    if (!created.ok) throw new Error(JSON.stringify(created.errors));
    const row = await getDb().selectFrom('article_translations').select('title').where('article_id', '=', created.data.id).executeTakeFirstOrThrow();
    expect(row.title).toBe('Xébər və səhifə');
    expect(row.title).toHaveLength(15);
  });
});
