import { randomUUID } from 'node:crypto';
import { existsSync, readdirSync } from 'node:fs';
import { describe, expect, it, vi } from 'vitest';
import type { SessionClaims } from '@/lib/auth/sessions';
import { getDb } from '@/lib/db/client';
import { imageFiles } from '@/lib/media/files';
import { storeImage } from '@/lib/media/store';
import { tinyPng, withTemporaryMediaDir } from '@/test/images';
import { form, staffWithSession } from '@/test/staff-session';
import { deleteMediaAction, replaceMediaAction } from '@/lib/editorial/actions';
import { searchLibrary } from '@/lib/editorial/commands/media-library';

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

    const ids = async (query: string) => (await searchLibrary(query, { locale: 'en' })).items.map((m) => m.id);
    expect(await ids(`HARBOUR-${run}`)).toEqual([byName]);
    expect(await ids(`cranes at dawn ${run}`)).toEqual([asCover]);
    const found = (await searchLibrary(`turkmenbashi ${run}`, { locale: 'en' })).items;
    expect(found.map((m) => m.id)).toEqual([inBody]);
    expect(found[0]!.uses).toEqual([{ articleId: article.article_id, kind: 'body', locale: 'en', title: article.title, titleLocale: 'en' }]);
    expect((await ids(`${run}`)).sort()).toEqual([byName, asCover, inBody].sort());
    // A wildcard typed by the editor is a character, not "anything".
    expect(await ids(`%${run}_`)).toEqual([]);
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

  it('replaces a picture under the same id: its uses stay, its variants are new, and the change is audited', async () => {
    const editor = await staffWithSession('editor');
    session.claims = editor.claims;
    const db = getDb();
    const id = await upload('old.png');
    const before = await db.selectFrom('media').select(['content_hash', 'storage_key']).where('id', '=', id).executeTakeFirstOrThrow();
    const article = await db.selectFrom('articles').select('id').orderBy('id').executeTakeFirstOrThrow();
    await db.updateTable('articles').set({ cover_media_id: id }).where('id', '=', article.id).execute();

    const replacement = form({ id: String(id) });
    replacement.append('file', new File([tinyPng(6, 5)], 'new.png', { type: 'image/png' }));
    const result = await replaceMediaAction(null, replacement);
    if (!result.ok) throw new Error(JSON.stringify(result.errors));
    const after = await db.selectFrom('media').select(['content_hash', 'storage_key', 'width', 'height', 'file_name']).where('id', '=', id).executeTakeFirstOrThrow();
    expect(after).toMatchObject({ width: 6, height: 5, file_name: 'new.png', content_hash: result.data.hash });
    expect(after.content_hash).not.toBe(before.content_hash);
    // Same folder, a new hash: every variant URL changes with the picture, and they were derived before the answer.
    expect(after.storage_key.split('/')[0]).toBe(before.storage_key.split('/')[0]);
    const files = imageFiles(after.storage_key, after.content_hash)!;
    expect(existsSync(files.original)).toBe(true);
    expect(readdirSync(files.variants).filter((name) => /\.(avif|webp|jpg)$/.test(name)).length).toBeGreaterThan(0);
    expect((await db.selectFrom('articles').select('cover_media_id').where('id', '=', article.id).executeTakeFirstOrThrow()).cover_media_id).toBe(id);
    const entry = await db.selectFrom('audit_log').select(['action', 'details']).where('entity', '=', 'media').where('entity_id', '=', String(id)).orderBy('id', 'desc').executeTakeFirstOrThrow();
    expect(entry).toEqual({ action: 'replace', details: { from: before.content_hash, to: after.content_hash } });

    const notImage = form({ id: String(id) });
    notImage.append('file', new File([new Uint8Array([1, 2, 3, 4])], 'x.png', { type: 'image/png' }));
    expect(await replaceMediaAction(null, notImage)).toMatchObject({ ok: false, errors: { file: expect.any(String) } });
    expect((await db.selectFrom('media').select('content_hash').where('id', '=', id).executeTakeFirstOrThrow()).content_hash).toBe(after.content_hash);
  });
});
