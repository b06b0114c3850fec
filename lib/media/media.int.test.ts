import sharp from 'sharp';
import { describe, expect, it, vi } from 'vitest';
import { GET } from '@/app/media/[id]/route';
import { GET as getVariant } from '@/app/media/[id]/[hash]/[file]/route';
import type { SessionClaims } from '@/lib/auth/sessions';
import { getDb } from '@/lib/db/client';
import { uploadImageAction } from '@/lib/editorial/actions';
import type { ErrorKey } from '@/lib/editorial/shared/result';
import az from '@/messages/az.json';
import en from '@/messages/en.json';
import ru from '@/messages/ru.json';
import { cameraJpeg, exifTags, filesIn, garbageAfterHeader, GPS_IFD_TAG, noisyPhoto, pngClaiming, tinyPng, withTemporaryMediaDir } from '@/test/images';
import { form, staffWithSession } from '@/test/staff-session';
import { mediaDir } from './files';
import { listMedia, MAX_UPLOAD_BYTES, storeImage } from './store';
import { IMAGE_FORMATS, IMAGE_MIME, shareCropPath, variantPath, variantWidths } from './variants';

withTemporaryMediaDir();
const session = vi.hoisted(() => ({ claims: null as SessionClaims | null }));
vi.mock('@/lib/auth/auth', () => ({ auth: async () => (session.claims ? { claims: session.claims } : null) }));

function upload(bytes: Uint8Array<ArrayBuffer>, name: string, type: string) {
  const data = form({});
  data.append('file', new File([bytes], name, { type }));
  return uploadImageAction(null, data);
}

const serve = (id: number | string) => GET(new Request(`http://localhost/media/${id}`), { params: Promise.resolve({ id: String(id) }) });

function fetchPath(url: string): Promise<Response> {
  const [id, hash, file] = url.split('/').slice(2);
  if (file === undefined) return serve(id!);
  return getVariant(new Request(`http://localhost${url}`), { params: Promise.resolve({ id: id!, hash: hash!, file }) });
}

const mediaRows = async () => (await getDb().selectFrom('media').select((eb) => eb.fn.countAll<string>().as('n')).executeTakeFirstOrThrow()).n;

/** What an editor reads for a refusal: the key, and a message for it in every language. */
function expectRefusal(result: Awaited<ReturnType<typeof upload>>, key: ErrorKey) {
  expect(result).toEqual({ ok: false, errors: { file: key } });
  for (const messages of [ru, az, en]) expect((messages.Admin.errors as Record<string, string>)[key]).toBeTruthy();
}

describe('media uploads', () => {
  it('store an image of the type read from its bytes, re-encoded with the same pixels, and serve it with that type, inert', async () => {
    session.claims = (await staffWithSession('author')).claims;
    const png = tinyPng(4, 3);
    const result = await upload(png, 'photo.jpg', 'image/jpeg');
    if (!result.ok) throw new Error(JSON.stringify(result.errors));
    expect((await listMedia()).find((m) => m.id === result.data.id)).toMatchObject({ width: 4, height: 3, hash: expect.stringMatching(/^[0-9a-f]{16}$/) });

    const response = await serve(result.data.id);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('image/png');
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(response.headers.get('content-security-policy')).toContain('sandbox');
    expect(response.headers.get('cache-control')).toBe('public, max-age=86400');
    const served = Buffer.from(await response.arrayBuffer());
    expect(response.headers.get('content-length')).toBe(String(served.byteLength));
    expect(await sharp(served).metadata()).toMatchObject({ format: 'png', width: 4, height: 3 });
    expect(await sharp(served).raw().toBuffer()).toEqual(await sharp(png).raw().toBuffer());
  });

  it('serve a phone photo upright, in every size and format, with no EXIF, GPS or XMP left', async () => {
    session.claims = (await staffWithSession('author')).claims;
    // 700×400 as stored, orientation 6: 400 wide and 700 tall as shown, red in the top-right quarter.
    const photo = await cameraJpeg(700, 400);
    const before = await sharp(photo).metadata();
    expect(before).toMatchObject({ width: 700, height: 400, orientation: 6 });
    expect(exifTags(before.exif!)).toContain(GPS_IFD_TAG);
    expect(before.xmp).toBeDefined();

    const result = await upload(new Uint8Array(photo), 'IMG_0001.jpg', 'image/jpeg');
    if (!result.ok) throw new Error(JSON.stringify(result.errors));
    const item = (await listMedia()).find((m) => m.id === result.data.id)!;
    expect(item).toMatchObject({ width: 400, height: 700 });

    const image = { id: item.id, hash: item.hash, width: item.width, height: item.height };
    const urls = [...variantWidths(image).flatMap((width) => IMAGE_FORMATS.map((format) => variantPath(image, width, format))), shareCropPath(image), `/media/${item.id}`];
    expect(urls).toHaveLength(variantWidths(image).length * 3 + 2);
    for (const url of urls) {
      const response = await fetchPath(url);
      expect(response.status, url).toBe(200);
      const bytes = Buffer.from(await response.arrayBuffer());
      const meta = await sharp(bytes).metadata();
      expect({ exif: meta.exif, xmp: meta.xmp, iptc: meta.iptc, icc: meta.icc, orientation: meta.orientation ?? 1 }, url).toEqual({ exif: undefined, xmp: undefined, iptc: undefined, icc: undefined, orientation: 1 });
      const format = url.endsWith('.avif') ? 'avif' : url.endsWith('.webp') ? 'webp' : 'jpg';
      expect(response.headers.get('content-type'), url).toBe(IMAGE_MIME[format]);
      if (url.endsWith('share.jpg')) {
        expect([meta.width, meta.height]).toEqual([1200, 630]);
        continue;
      }
      expect(meta.height!, url).toBeGreaterThan(meta.width!);
      const { data, info } = await sharp(bytes).removeAlpha().raw().toBuffer({ resolveWithObject: true });
      const pixel = (x: number, y: number) => Array.from(data.subarray((y * info.width + x) * 3, (y * info.width + x) * 3 + 3));
      expect(pixel(info.width - 2, 1)[0], `${url} red at the top right`).toBeGreaterThan(150);
      expect(pixel(1, 1)[2], `${url} blue at the top left`).toBeGreaterThan(150);
    }
  });

  it('refuse what is not an image or is too large, whatever its name says, storing nothing', async () => {
    session.claims = (await staffWithSession('author')).claims;
    const before = await mediaRows();
    const files = filesIn(mediaDir());
    const encode = (text: string) => new Uint8Array(new TextEncoder().encode(text));
    expectRefusal(await upload(encode('<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>'), 'logo.svg', 'image/svg+xml'), 'notImage');
    expectRefusal(await upload(encode('<html><script>alert(1)</script></html>'), 'photo.png', 'image/png'), 'notImage');
    const huge = new Uint8Array(MAX_UPLOAD_BYTES + 1);
    huge.set(tinyPng(1, 1));
    expectRefusal(await upload(huge, 'huge.png', 'image/png'), 'tooLarge');
    expect(await upload(new Uint8Array(0), 'empty.png', 'image/png')).toEqual({ ok: false, errors: { file: 'required' } });
    expect(await mediaRows()).toBe(before);
    expect(filesIn(mediaDir())).toEqual(files);
    expect((await serve('999999')).status).toBe(404);
    expect((await serve('../../etc/passwd')).status).toBe(404);
  });

  it('refuse a file with a valid header and junk after it, or cut short, storing nothing', async () => {
    session.claims = (await staffWithSession('author')).claims;
    const before = await mediaRows();
    const files = filesIn(mediaDir());
    const [jpeg, png] = await Promise.all([noisyPhoto(300, 200), noisyPhoto(300, 200, 'png')]);
    // The PNG keeps its signature and IHDR (33 bytes); the JPEG its markers up to the scan.
    expectRefusal(await upload(garbageAfterHeader(png, 33), 'chart.png', 'image/png'), 'notImage');
    expectRefusal(await upload(garbageAfterHeader(jpeg, 700), 'photo.jpg', 'image/jpeg'), 'notImage');
    expectRefusal(await upload(new Uint8Array(jpeg.subarray(0, jpeg.length / 2)), 'cut.jpg', 'image/jpeg'), 'notImage');
    // Garbage from a few bytes into the scan, which libjpeg decodes with a warning only: a drawn picture where it does.
    const drawn = await sharp(Buffer.from(
      '<svg xmlns="http://www.w3.org/2000/svg" width="300" height="200"><defs><linearGradient id="g"><stop offset="0" stop-color="#c33"/>' +
        '<stop offset="1" stop-color="#33c"/></linearGradient></defs><rect width="300" height="200" fill="url(#g)"/><circle cx="150" cy="100" r="60" fill="#ee3"/></svg>',
    )).jpeg().toBuffer();
    const scan = drawn.indexOf(Buffer.from([0xff, 0xda]));
    expectRefusal(await upload(garbageAfterHeader(drawn, scan + 20), 'scan.jpg', 'image/jpeg'), 'notImage');
    expectRefusal(await upload(new Uint8Array(png.subarray(0, png.length - 40)), 'cut.png', 'image/png'), 'notImage');
    expect(await mediaRows()).toBe(before);
    expect(filesIn(mediaDir())).toEqual(files);
  });

  it('refuse a header that claims too many pixels without decoding it, storing nothing', async () => {
    session.claims = (await staffWithSession('author')).claims;
    const before = await mediaRows();
    const files = filesIn(mediaDir());
    for (const [width, height] of [
      [65_536, 32_768],
      [13_000, 10],
      [10, 13_000],
      [8_000, 7_000],
    ] as const) {
      const started = performance.now();
      expectRefusal(await upload(pngClaiming(width, height), 'bomb.png', 'image/png'), 'tooManyPixels');
      expect(performance.now() - started, `${width}×${height}`).toBeLessThan(500);
    }
    expect(await mediaRows()).toBe(before);
    expect(filesIn(mediaDir())).toEqual(files);
  });

  it('leave no file behind when the row cannot be inserted', async () => {
    const files = filesIn(mediaDir());
    const noSuchUser = 2_147_483_647;
    await expect(storeImage(tinyPng(8, 8), noSuchUser)).rejects.toThrow(/foreign key/);
    await expect(getDb().transaction().execute((trx) => storeImage(tinyPng(8, 8), noSuchUser, trx))).rejects.toThrow(/foreign key/);
    expect(filesIn(mediaDir())).toEqual(files);
  });

  it('answer 404 for an image whose transaction was rolled back after it was stored', async () => {
    class Rollback extends Error {}
    let stored: { id: number; hash: string } | null = null;
    await expect(
      getDb()
        .transaction()
        .execute(async (trx) => {
          const result = await storeImage(tinyPng(8, 8), null, trx);
          if (result.ok) stored = result;
          throw new Rollback();
        }),
    ).rejects.toThrow(Rollback);
    const { id, hash } = stored!;
    expect((await serve(id)).status).toBe(404);
    expect((await fetchPath(variantPath({ id, hash }, 8, 'avif'))).status).toBe(404);
  });
});
