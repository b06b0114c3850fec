import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { garbageAfterHeader, noisyPhoto, pngClaiming } from '@/test/images';
import { allVariants, cleanImage, contentHash, renderVariant, type CleanImage } from './process';
import { sniffImage } from './sniff';

async function clean(bytes: Uint8Array): Promise<CleanImage> {
  const image = await cleanImage(bytes);
  if (typeof image === 'string') throw new Error(image);
  return image;
}

describe('cleaning an upload', () => {
  it('refuses files whose header is fine and whose pixels are not, as the decoder finds them', async () => {
    const [jpeg, png] = await Promise.all([noisyPhoto(300, 200), noisyPhoto(300, 200, 'png')]);
    const broken = [garbageAfterHeader(png, 33), garbageAfterHeader(jpeg, 700), jpeg.subarray(0, jpeg.length / 2), png.subarray(0, png.length - 40)];
    for (const bytes of broken) {
      expect(sniffImage(bytes)).not.toBeNull();
      expect(await cleanImage(bytes)).toBe('notImage');
    }
  });

  it('refuses too many pixels from the header alone', async () => {
    expect(await cleanImage(pngClaiming(65_536, 32_768))).toBe('tooManyPixels');
    expect(await cleanImage(pngClaiming(12_001, 1))).toBe('tooManyPixels');
    expect(await cleanImage(pngClaiming(7_072, 7_072))).toBe('tooManyPixels');
  });

  it('keeps PNG, turns a GIF into a PNG of its first frame, keeps WebP lossless or lossy, and JPEG as JPEG', async () => {
    const transparent = { width: 20, height: 10, channels: 4 as const, background: { r: 200, g: 0, b: 0, alpha: 0.5 } };
    const png = await clean(await sharp({ create: transparent }).png().toBuffer());
    expect(png).toMatchObject({ ext: 'png', mime: 'image/png', width: 20, height: 10 });
    expect(await sharp(png.bytes).metadata()).toMatchObject({ format: 'png', hasAlpha: true });

    const gif = await clean(await sharp({ create: transparent }).gif().toBuffer());
    expect(gif).toMatchObject({ ext: 'png', width: 20, height: 10 });

    const lossless = await sharp({ create: transparent }).webp({ lossless: true }).toBuffer();
    const lossy = await sharp({ create: transparent }).webp({ quality: 60 }).toBuffer();
    for (const webp of [lossless, lossy]) expect(await clean(webp)).toMatchObject({ ext: 'webp', mime: 'image/webp' });
    expect((await clean(lossless)).bytes.includes('VP8L')).toBe(true);
    expect((await clean(lossy)).bytes.includes('VP8L')).toBe(false);

    const jpeg = await clean(await noisyPhoto(64, 48));
    expect(jpeg).toMatchObject({ ext: 'jpg', mime: 'image/jpeg', width: 64, height: 48, hash: contentHash(jpeg.bytes) });
  });

  it('converts a wide-gamut image to sRGB and drops its profile', async () => {
    const p3 = await sharp({ create: { width: 8, height: 8, channels: 3, background: '#00ff00' } }).withIccProfile('p3').jpeg().toBuffer();
    expect((await sharp(p3).metadata()).icc).toBeDefined();
    const { bytes } = await clean(p3);
    const meta = await sharp(bytes).metadata();
    expect(meta.icc).toBeUndefined();
    expect(meta.space).toBe('srgb');
  });
});

describe('deriving variants', () => {
  it('makes each width in each format and the share crop, JPEG without transparency', async () => {
    const original = await clean(await sharp({ create: { width: 700, height: 350, channels: 4, background: { r: 0, g: 0, b: 0, alpha: 0 } } }).png().toBuffer());
    const variants = allVariants(original);
    expect(variants).toHaveLength(3 * 3 + 1);
    for (const variant of variants) {
      const meta = await sharp(await renderVariant(original.bytes, variant)).metadata();
      if (variant.kind === 'share') expect(meta).toMatchObject({ format: 'jpeg', width: 1200, height: 630 });
      else expect(meta).toMatchObject({ format: variant.format === 'avif' ? 'heif' : variant.format === 'jpg' ? 'jpeg' : 'webp', width: variant.width });
      if (variant.kind === 'share' || variant.format === 'jpg') expect(meta.hasAlpha).toBe(false);
    }
    const white = await sharp(await renderVariant(original.bytes, { kind: 'width', width: 320, format: 'jpg' })).stats();
    expect(white.channels[0]!.mean).toBeGreaterThan(250);
  });
});
