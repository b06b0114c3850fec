import { randomUUID } from 'node:crypto';
import { describe, expect, it, vi } from 'vitest';
import type { Staff } from '@/lib/auth/sessions';
import { getDb } from '@/lib/db/client';
import { locales } from '@/lib/i18n/locales';
import { staffWithSession } from '@/test/staff-session';
import { createTag, newTagSchema, suggestTags, tagsForEditor } from './tags';
import { saveTerm, termSchema } from './taxonomy';

// Naming a tag in a new language changes reader pages: every cached page is marked stale, which Next does in a request.
const revalidated = vi.hoisted(() => [] as string[]);
vi.mock('next/cache', () => ({ revalidatePath: (path: string) => revalidated.push(path) }));

async function editor(): Promise<Staff> {
  const { id } = await staffWithSession('editor');
  const user = await getDb().selectFrom('users').select(['id', 'name', 'email', 'role']).where('id', '=', id).executeTakeFirstOrThrow();
  return { ...user, sessionId: '', twoFactor: false };
}

async function tag(names: Partial<Record<(typeof locales)[number], string>>): Promise<number> {
  const db = getDb();
  const { id } = await db.insertInto('tags').values({ key: `t-${randomUUID()}` }).returning('id').executeTakeFirstOrThrow();
  const rows = Object.entries(names).map(([locale, name]) => ({ tag_id: id, locale: locale as (typeof locales)[number], name, slug: `t-${id}-${locale}` }));
  await db.insertInto('tag_translations').values(rows).execute();
  return id;
}

describe('tags typed in a story', () => {
  it('offers tags by the start of a word of their name in any language, the story’s own language first, literally', async () => {
    const run = randomUUID().slice(0, 8);
    const both = await tag({ ru: `Зз${run} нефть`, az: `Zz${run} neft`, en: `Zz${run} oil` });
    const russianOnly = await tag({ ru: `Zz${run} газ` });
    const found = await suggestTags('az', `zz${run}`);
    // Named in Azerbaijani first; the Russian-only tag is found too, by its Russian name, with two names pending.
    expect(found).toEqual([
      { id: both, name: `Zz${run} neft`, pending: [] },
      { id: russianOnly, name: `Zz${run} газ`, pending: ['az', 'en'] },
    ]);
    // A name typed whole, in any language, is that tag's: nothing new is offered to be made.
    expect(await suggestTags('en', `зз${run} нефть`)).toEqual([{ id: both, name: `Zz${run} oil`, pending: [], exact: true }]);
    // The start of a later word finds it; the middle of a word does not.
    expect((await suggestTags('en', 'oil')).map((t) => t.id)).toContain(both);
    expect((await suggestTags('en', 'il')).map((t) => t.id)).not.toContain(both);
    // % and _ are letters, not wildcards.
    expect(await suggestTags('en', '%')).toEqual([]);
    expect(await suggestTags('en', '   ')).toEqual([]);
    expect(await tagsForEditor('en', [russianOnly, both, 2_000_000_000])).toEqual([
      { id: russianOnly, name: `Zz${run} газ`, pending: ['az', 'en'] },
      { id: both, name: `Zz${run} oil`, pending: [] },
    ]);
  });

  it('makes a tag in the story’s language only, answers the same tag for the same name, and never a nameless one', async () => {
    const staff = await editor();
    const run = randomUUID().slice(0, 8);
    const made = await createTag(staff, newTagSchema.parse({ locale: 'ru', name: ` Выборы ${run} ` }));
    expect(made).toEqual({ ok: true, data: { id: expect.any(Number), name: `Выборы ${run}`, pending: ['az', 'en'] } });
    const id = made.ok ? made.data.id : 0;
    const names = await getDb().selectFrom('tag_translations').select(['locale', 'name', 'slug']).where('tag_id', '=', id).execute();
    expect(names).toEqual([{ locale: 'ru', name: `Выборы ${run}`, slug: `vybory-${run}` }]);
    // The same name in other letters' case, or one that makes the same slug, is that tag.
    expect(await createTag(staff, newTagSchema.parse({ locale: 'ru', name: `ВЫБОРЫ ${run}` }))).toMatchObject({ ok: true, data: { id } });
    expect(await createTag(staff, newTagSchema.parse({ locale: 'ru', name: `Выборы, ${run}!` }))).toMatchObject({ ok: true, data: { id } });
    // In another language the same word is another tag's name to make.
    const english = await createTag(staff, newTagSchema.parse({ locale: 'en', name: `Выборы ${run}` }));
    expect(english.ok && english.data.id).not.toBe(id);
    expect(await createTag(staff, newTagSchema.parse({ locale: 'en', name: '!!!' }))).toEqual({ ok: false, errors: { tagName: 'noLetters' } });
    expect(newTagSchema.safeParse({ locale: 'en', name: '   ' }).success).toBe(false);
    expect(newTagSchema.safeParse({ locale: 'xx', name: 'Oil' }).success).toBe(false);
    const audited = await getDb().selectFrom('audit_log').select('action').where('entity', '=', 'tag').where('entity_id', '=', String(id)).execute();
    expect(audited).toEqual([{ action: 'term' }]);

    // Its translations are given later on its page; a name emptied again is pending again; a tag keeps one name.
    const term = (names: Record<string, string>) => termSchema.safeParse({ kind: 'tag', id: String(id), version: '1', slug_ru: '', slug_az: '', slug_en: '', ...names });
    const translated = term({ name_ru: `Выборы ${run}`, name_az: `Seçkilər ${run}`, name_en: '' });
    expect(translated.success).toBe(true);
    expect(await saveTerm(staff, translated.data!)).toEqual({ ok: true, data: { id } });
    expect(revalidated).toContain('/');
    expect(await tagsForEditor('az', [id])).toEqual([{ id, name: `Seçkilər ${run}`, pending: ['en'] }]);
    expect(term({ name_ru: '', name_az: '', name_en: '' }).error?.issues.map((i) => i.message)).toEqual(['required', 'required', 'required']);
    const category = termSchema.safeParse({ kind: 'category', id: '0', version: '0', name_ru: 'Спорт', name_az: '', name_en: 'Sport', slug_ru: '', slug_az: '', slug_en: '' });
    expect(category.error?.issues.map((i) => [i.path.join('.'), i.message])).toEqual([['name_az', 'required']]);
  });
});
