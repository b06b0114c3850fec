import { randomUUID } from 'node:crypto';
import { describe, expect, it, vi } from 'vitest';
import type { SessionClaims } from '@/lib/auth/sessions';
import { getDb } from '@/lib/db/client';
import { storeImage } from '@/lib/media/store';
import { tinyPng, withTemporaryMediaDir } from '@/test/images';
import { form, staffWithSession } from '@/test/staff-session';
import { deleteMediaAction } from './actions';
import { searchLibrary } from './media-library';

const session = vi.hoisted(() => ({ claims: null as SessionClaims | null }));
vi.mock('@/lib/auth/auth', () => ({ auth: async () => (session.claims ? { claims: session.claims } : null) }));
vi.mock('next/cache', () => ({ revalidatePath: () => {} }));
withTemporaryMediaDir();

async function upload(name: string): Promise<number> {
  const stored = await storeImage(new File([tinyPng(4, 3)], name, { type: 'image/png' }), null, getDb(), { variants: 'lazy' });
  if (!stored.ok) throw new Error(stored.error);
  return stored.id;
}

describe('the media library', () => {
  it('finds images by file name, cover alt text and body caption, and says where each is used', async () => {
    const run = randomUUID().slice(0, 8);
    const byName = await upload(`harbour-${run}.png`);
    const asCover = await upload('IMG_0001.png');
    const inBody = await upload('IMG_0002.png');
    const db = getDb();
    const article = await db.selectFrom('article_translations').select(['article_id', 'locale', 'title', 'body']).where('locale', '=', 'en').orderBy('article_id').executeTakeFirstOrThrow();
    await db.updateTable('articles').set({ cover_media_id: asCover }).where('id', '=', article.article_id).execute();
    await db.updateTable('article_translations').set({ cover_alt: `Cranes at dawn ${run}` }).where('article_id', '=', article.article_id).where('locale', '=', 'en').execute();
    const body = { ...article.body, blocks: [...article.body.blocks, { type: 'image' as const, mediaId: inBody, alt: 'A ferry', caption: `Ferry to Turkmenbashi ${run}` }] };
    await db.updateTable('article_translations').set({ body: JSON.stringify(body) }).where('article_id', '=', article.article_id).where('locale', '=', 'en').execute();

    expect((await searchLibrary(`HARBOUR-${run}`)).map((m) => m.id)).toEqual([byName]);
    expect((await searchLibrary(`cranes at dawn ${run}`)).map((m) => m.id)).toEqual([asCover]);
    const found = await searchLibrary(`turkmenbashi ${run}`);
    expect(found.map((m) => m.id)).toEqual([inBody]);
    expect(found[0]!.uses).toEqual([{ articleId: article.article_id, kind: 'body', locale: 'en', title: article.title }]);
    expect((await searchLibrary(`${run}`)).map((m) => m.id).sort()).toEqual([byName, asCover, inBody].sort());
    // A wildcard typed by the editor is a character, not "anything".
    expect(await searchLibrary(`%${run}_`)).toEqual([]);
  });

  it('refuses to delete an image in use, and deletes an unused one with an audit entry', async () => {
    const editor = await staffWithSession('editor');
    session.claims = editor.claims;
    const db = getDb();
    const used = await upload('used.png');
    const unused = await upload('unused.png');
    const article = await db.selectFrom('articles').select('id').orderBy('id', 'desc').executeTakeFirstOrThrow();
    await db.updateTable('articles').set({ cover_media_id: used }).where('id', '=', article.id).execute();

    expect(await deleteMediaAction(null, form({ id: String(used) }))).toEqual({ ok: false, errors: { form: 'mediaInUse' } });
    expect(await db.selectFrom('media').select('id').where('id', '=', used).executeTakeFirst()).toEqual({ id: used });

    expect(await deleteMediaAction(null, form({ id: String(unused) }))).toEqual({ ok: true, data: { id: unused } });
    expect(await db.selectFrom('media').select('id').where('id', '=', unused).executeTakeFirst()).toBeUndefined();
    const entry = await db.selectFrom('audit_log').select(['action', 'user_id']).where('entity', '=', 'media').where('entity_id', '=', String(unused)).executeTakeFirstOrThrow();
    expect(entry).toEqual({ action: 'delete', user_id: editor.id });
    expect(await deleteMediaAction(null, form({ id: String(unused) }))).toEqual({ ok: false, errors: { form: 'notFound' } });
  });
});
