import { randomUUID } from 'node:crypto';
import { rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import sharp from 'sharp';
import { beforeAll, describe, expect, it } from 'vitest';
import { GET, HEAD } from '@/app/media/[id]/[hash]/[file]/route';
import { GET as getOriginal } from '@/app/media/[id]/route';
import { getDb } from '@/lib/db/client';
import { cameraJpeg, filesIn, noisyPhoto, withTemporaryMediaDir } from '@/test/images';
import { mediaDir } from './files';
import { contentHash } from './process';
import { storeImage } from './store';
import { variantPath, variantWidths } from './variants';

withTemporaryMediaDir();

const get = (id: string, hash: string, file: string, method = 'GET') =>
  (method === 'HEAD' ? HEAD : GET)(new Request(`http://localhost/media/${id}/${hash}/${file}`, { method }), { params: Promise.resolve({ id, hash, file }) });

const photo = async (width: number, height: number) => new Uint8Array(await noisyPhoto(width, height));

async function folderOf(id: number): Promise<string> {
  const row = await getDb().selectFrom('media').select(['storage_key']).where('id', '=', id).executeTakeFirstOrThrow();
  return path.dirname(path.join(mediaDir(), row.storage_key));
}

describe('image variants', () => {
  let image: { id: number; hash: string; width: number; height: number };
  beforeAll(async () => {
    const result = await storeImage(await photo(700, 500), null);
    if (!result.ok) throw new Error(result.error);
    image = { id: result.id, hash: result.hash, width: 700, height: 500 };
  });

  it('are served as immutable, typed and inert, for GET and HEAD', async () => {
    const response = await get(String(image.id), image.hash, '640.webp');
    expect(response.status).toBe(200);
    const bytes = Buffer.from(await response.arrayBuffer());
    expect(Object.fromEntries(response.headers)).toMatchObject({
      'content-type': 'image/webp',
      'content-length': String(bytes.byteLength),
      'cache-control': 'public, max-age=31536000, immutable',
      'x-content-type-options': 'nosniff',
      'content-security-policy': "default-src 'none'; sandbox",
    });
    expect(await sharp(bytes).metadata()).toMatchObject({ format: 'webp', width: 640, height: 457 });
    const head = await get(String(image.id), image.hash, '640.webp', 'HEAD');
    expect(head.status).toBe(200);
    expect(head.headers.get('content-length')).toBe(String(bytes.byteLength));
  });

  it('answer 404 for a wrong hash, a bad id, a width or format the image does not come in, or a strange file name', async () => {
    const id = String(image.id);
    const wrong: [string, string, string][] = [
      [id, '0000000000000000', '640.jpg'],
      [id, image.hash.toUpperCase(), '640.jpg'],
      ['2147483648', image.hash, '640.jpg'],
      ['99999999999', image.hash, '640.jpg'],
      ['0', image.hash, '640.jpg'],
      [`0${id}`, image.hash, '640.jpg'],
      ['-1', image.hash, '640.jpg'],
      ['1e3', image.hash, '640.jpg'],
      [`${id}\0`, image.hash, '640.jpg'],
      ['%00', image.hash, '640.jpg'],
      [id, image.hash, '1920.jpg'],
      [id, image.hash, '641.jpg'],
      [id, image.hash, '640.png'],
      [id, image.hash, 'original.jpg'],
      [id, image.hash, '../original.jpg'],
      [id, image.hash, '640.jpg%00'],
      [id, image.hash, 'share.png'],
    ];
    for (const [badId, hash, file] of wrong) expect((await get(badId, hash, file)).status, `${badId}/${hash}/${file}`).toBe(404);
  });

  it('are derived again, once, when missing, and written whole', async () => {
    const folder = await folderOf(image.id);
    await rm(path.join(folder, '320.avif'));
    await rm(path.join(folder, 'share.jpg'));
    const [first, second] = await Promise.all([get(String(image.id), image.hash, '320.avif'), get(String(image.id), image.hash, '320.avif')]);
    expect([first.status, second.status]).toEqual([200, 200]);
    const bytes = Buffer.from(await first.arrayBuffer());
    expect(Buffer.from(await second.arrayBuffer())).toEqual(bytes);
    expect(await sharp(bytes).metadata()).toMatchObject({ format: 'heif', width: 320, height: 229 });
    const share = await get(String(image.id), image.hash, 'share.jpg');
    expect(await sharp(Buffer.from(await share.arrayBuffer())).metadata()).toMatchObject({ format: 'jpeg', width: 1200, height: 630 });
    expect(filesIn(folder).sort()).toEqual(['320.avif', '320.jpg', '320.webp', '640.avif', '640.jpg', '640.webp', '700.avif', '700.jpg', '700.webp', 'original.jpg', 'share.jpg']);
  });

  it('stored lazily exist only as the original until each is first asked for', async () => {
    const result = await storeImage(await photo(400, 300), null, getDb(), { variants: 'lazy' });
    if (!result.ok) throw new Error(result.error);
    const folder = await folderOf(result.id);
    expect(filesIn(folder)).toEqual(['original.jpg']);
    const lazy = { id: result.id, hash: result.hash, width: 400, height: 300 };
    for (const width of variantWidths(lazy)) {
      const response = await get(String(lazy.id), lazy.hash, variantPath(lazy, width, 'jpg').split('/').pop()!);
      expect(response.status).toBe(200);
    }
    expect(filesIn(folder).sort()).toEqual(['320.jpg', '400.jpg', 'original.jpg']);
  });

  it('are derived for an upload stored before images were cleaned, from its flat file', async () => {
    const key = `${randomUUID()}.jpg`;
    const bytes = await noisyPhoto(500, 400);
    await writeFile(path.join(mediaDir(), key), bytes);
    const hash = contentHash(bytes);
    const row = await getDb()
      .insertInto('media')
      .values({ storage_key: key, content_hash: hash, mime_type: 'image/jpeg', width: 500, height: 400, byte_size: bytes.byteLength })
      .returning('id')
      .executeTakeFirstOrThrow();
    const response = await get(String(row.id), hash, '320.webp');
    expect(response.status).toBe(200);
    expect(filesIn(path.join(mediaDir(), key.replace('.jpg', ''), hash))).toEqual(['320.webp']);
  });

  it('never serve an upload stored before images were cleaned as it was stored: its original comes cleaned and upright', async () => {
    const key = `${randomUUID()}.jpg`;
    const bytes = await cameraJpeg(60, 40);
    await writeFile(path.join(mediaDir(), key), bytes);
    const hash = contentHash(bytes);
    const row = await getDb()
      .insertInto('media')
      .values({ storage_key: key, content_hash: hash, mime_type: 'image/jpeg', width: 60, height: 40, byte_size: bytes.byteLength })
      .returning('id')
      .executeTakeFirstOrThrow();
    for (let round = 0; round < 2; round += 1) {
      const response = await getOriginal(new Request(`http://localhost/media/${row.id}`), { params: Promise.resolve({ id: String(row.id) }) });
      expect(response.status).toBe(200);
      const meta = await sharp(Buffer.from(await response.arrayBuffer())).metadata();
      expect(meta).toMatchObject({ format: 'jpeg', width: 40, height: 60 });
      expect(meta.exif).toBeUndefined();
    }
    // Cleaned once, then read back.
    expect(filesIn(path.join(mediaDir(), key.replace('.jpg', ''), hash))).toEqual(['original.jpg']);
  });

  it('answer 404, not 500, for a row whose files are gone', async () => {
    const result = await storeImage(await photo(400, 300), null, getDb(), { variants: 'lazy' });
    if (!result.ok) throw new Error(result.error);
    await rm(path.dirname(await folderOf(result.id)), { recursive: true });
    expect((await get(String(result.id), result.hash, '320.jpg')).status).toBe(404);
    expect((await get(String(result.id), result.hash, 'share.jpg')).status).toBe(404);
  });
});
