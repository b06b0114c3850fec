import { randomUUID } from 'node:crypto';
import { describe, expect, it, vi } from 'vitest';
import type { SessionClaims } from '@/lib/auth/sessions';
import { getDb } from '@/lib/db/client';
import { storeImage } from '@/lib/media/store';
import { tinyPng, withTemporaryMediaDir } from '@/test/images';
import { form, staffWithSession } from '@/test/staff-session';
import { saveCoverAction, saveMediaTextAction } from '@/lib/editorial/actions';
import { getLibraryItem, searchLibrary } from '@/lib/editorial/commands/media-library';

const session = vi.hoisted(() => ({ claims: null as SessionClaims | null }));
vi.mock('@/lib/auth/auth', () => ({ auth: async () => (session.claims ? { claims: session.claims } : null) }));
vi.mock('next/cache', () => ({ revalidatePath: () => {} }));
withTemporaryMediaDir();

async function upload(name: string): Promise<number> {
  const stored = await storeImage(new File([tinyPng(4, 3)], name, { type: 'image/png' }), null, getDb(), { variants: 'lazy' });
  if (!stored.ok) throw new Error(stored.error);
  return stored.id;
}

const texts = (id: number, values: Partial<Record<'alt_ru' | 'alt_az' | 'alt_en' | 'caption_ru' | 'caption_az' | 'caption_en', string>>) =>
  form({ id: String(id), alt_ru: '', alt_az: '', alt_en: '', caption_ru: '', caption_az: '', caption_en: '', ...values });

describe('an image’s own alt text and caption', () => {
  it('are kept per language, found by a search in the admin’s language only, and refused whole when too long', async () => {
    session.claims = (await staffWithSession('editor')).claims;
    const run = randomUUID().slice(0, 8);
    const id = await upload('IMG_1234.png');
    const saved = await saveMediaTextAction(null, texts(id, { alt_ru: `Паром у причала ${run}`, alt_en: `A ferry at the pier ${run}`, caption_en: 'Photo: Anews' }));
    expect(saved).toEqual({ ok: true, data: { id } });

    const item = await getLibraryItem(id, 'ru');
    expect(item?.text).toEqual({
      ru: { alt: `Паром у причала ${run}`, caption: '' },
      az: { alt: '', caption: '' },
      en: { alt: `A ferry at the pier ${run}`, caption: 'Photo: Anews' },
    });
    const found = async (query: string, locale: 'ru' | 'az' | 'en') => (await searchLibrary(query, { locale })).items.map((m) => m.id);
    expect(await found(`паром у ПРИЧАЛА ${run}`, 'ru')).toEqual([id]);
    expect(await found(`паром у причала ${run}`, 'en')).toEqual([]);
    expect(await found(`ferry at the pier ${run}`, 'en')).toEqual([id]);
    expect(await found(`ferry at the pier ${run}`, 'az')).toEqual([]);

    // Too long in one language: nothing changes in any.
    const long = await saveMediaTextAction(null, texts(id, { alt_ru: 'x', alt_az: 'ş'.repeat(301) }));
    expect(long).toEqual({ ok: false, errors: { alt_az: 'tooLong' } });
    expect((await getLibraryItem(id, 'ru'))?.text.ru.alt).toBe(`Паром у причала ${run}`);

    // Emptied, a language has no text again.
    await saveMediaTextAction(null, texts(id, { alt_en: `A ferry at the pier ${run}` }));
    expect((await getLibraryItem(id, 'en'))?.text.ru).toEqual({ alt: '', caption: '' });
    expect(await getDb().selectFrom('media_texts').select('locale').where('media_id', '=', id).execute()).toEqual([{ locale: 'en' }]);

    expect(await saveMediaTextAction(null, texts(2_000_000_000, { alt_en: 'Nothing' }))).toEqual({ ok: false, errors: { form: 'notFound' } });
  });

  it('may be changed by editors only', async () => {
    const id = await upload('author.png');
    session.claims = (await staffWithSession('author')).claims;
    expect(await saveMediaTextAction(null, texts(id, { alt_en: 'Mine' }))).toEqual({ ok: false, errors: { form: 'forbidden' } });
    expect((await getLibraryItem(id, 'en'))?.text.en.alt).toBe('');
  });

  it('describe a cover by default in every language the article leaves empty; the article’s own text overrides them', async () => {
    session.claims = (await staffWithSession('editor')).claims;
    const db = getDb();
    const id = await upload('square.png');
    await saveMediaTextAction(null, texts(id, { alt_ru: 'Площадь', alt_az: 'Meydan', alt_en: 'The square', caption_en: 'Photo: Anews' }));
    const article = await db.selectFrom('articles').select(['id', 'version']).orderBy('id', 'desc').executeTakeFirstOrThrow();
    const result = await saveCoverAction(
      null,
      form({ articleId: String(article.id), version: String(article.version), coverMediaId: String(id), alt_ru: '', alt_az: 'Bakıda meydan', alt_en: '', caption_ru: '', caption_az: '', caption_en: '' }),
    );
    expect(result).toMatchObject({ ok: true, data: { mediaId: id } });
    const rows = await db.selectFrom('article_translations').select(['locale', 'cover_alt', 'cover_caption']).where('article_id', '=', article.id).orderBy('locale').execute();
    const expected = { ru: ['Площадь', null], az: ['Bakıda meydan', null], en: ['The square', 'Photo: Anews'] } as const;
    expect(rows.length).toBeGreaterThan(0);
    for (const row of rows) expect([row.cover_alt, row.cover_caption]).toEqual(expected[row.locale]);
  });

  it('of a cover uploaded with the article’s alt text are that text, so the next article that picks it gets it', async () => {
    session.claims = (await staffWithSession('editor')).claims;
    const db = getDb();
    const article = await db.selectFrom('articles').select(['id', 'version']).orderBy('id', 'desc').executeTakeFirstOrThrow();
    const data = form({ articleId: String(article.id), version: String(article.version), coverMediaId: '', alt_ru: 'Берег моря', alt_az: 'Dəniz kənarı', alt_en: 'The seaside', caption_ru: '', caption_az: '', caption_en: 'Photo: Anews' });
    data.append('file', new File([tinyPng(5, 4)], 'seaside.png', { type: 'image/png' }));
    const result = await saveCoverAction(null, data);
    if (!result.ok) throw new Error(JSON.stringify(result.errors));
    expect((await getLibraryItem(result.data.mediaId!, 'en'))?.text).toEqual({
      ru: { alt: 'Берег моря', caption: '' },
      az: { alt: 'Dəniz kənarı', caption: '' },
      en: { alt: 'The seaside', caption: 'Photo: Anews' },
    });
  });

  it('list where an image is used with the headline in the admin’s language, or another marked with its language', async () => {
    const db = getDb();
    const id = await upload('uses.png');
    const both = await db
      .selectFrom('article_translations as t')
      .select('t.article_id')
      .where('t.locale', '=', 'ru')
      .where((eb) => eb.exists(eb.selectFrom('article_translations as e').select('e.article_id').whereRef('e.article_id', '=', 't.article_id').where('e.locale', '=', 'en')))
      .orderBy('t.article_id')
      .executeTakeFirstOrThrow();
    await db.updateTable('articles').set({ cover_media_id: id }).where('id', '=', both.article_id).execute();
    const titles = await db.selectFrom('article_translations').select(['locale', 'title']).where('article_id', '=', both.article_id).execute();
    const title = (locale: string) => titles.find((t) => t.locale === locale)!.title;
    expect((await getLibraryItem(id, 'ru'))?.uses).toEqual([{ articleId: both.article_id, kind: 'cover', locale: null, title: title('ru'), titleLocale: 'ru' }]);
    expect((await getLibraryItem(id, 'en'))?.uses).toEqual([{ articleId: both.article_id, kind: 'cover', locale: null, title: title('en'), titleLocale: 'en' }]);
  });

  it('come in pages of the library, newest first, each page below the last', async () => {
    const run = randomUUID().slice(0, 8);
    const ids: number[] = [];
    for (let i = 0; i < 5; i++) ids.push(await upload(`page-${run}-${i}.png`));
    const first = await searchLibrary(`page-${run}`, { locale: 'en', limit: 2 });
    expect(first.items.map((m) => m.id)).toEqual([ids[4], ids[3]]);
    const second = await searchLibrary(`page-${run}`, { locale: 'en', limit: 2, before: first.next });
    expect(second.items.map((m) => m.id)).toEqual([ids[2], ids[1]]);
    const last = await searchLibrary(`page-${run}`, { locale: 'en', limit: 2, before: second.next });
    expect(last).toMatchObject({ items: [{ id: ids[0] }], next: null });
  });
});
