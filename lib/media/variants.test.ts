import { describe, expect, it } from 'vitest';
import { parseMediaId, parseVariant, shareCropPath, srcSet, variantHeight, variantPath, variantWidths, widestSlot, widthsFor } from './variants';

const photo = { id: 7, hash: '0123456789abcdef', width: 2400, height: 1600 };

describe('image variants', () => {
  it('come in the standard widths up to the original, and in its own width when it is narrower than the widest', () => {
    expect(variantWidths(photo)).toEqual([320, 640, 960, 1280, 1920]);
    expect(variantWidths({ width: 1000 })).toEqual([320, 640, 960, 1000]);
    expect(variantWidths({ width: 640 })).toEqual([320, 640]);
    expect(variantWidths({ width: 200 })).toEqual([200]);
  });

  it('keep the aspect ratio', () => {
    expect(variantHeight(photo, 320)).toBe(213);
    expect(variantHeight({ width: 4000, height: 1 }, 320)).toBe(1);
  });

  it('are named by id, content hash, width and format', () => {
    expect(variantPath(photo, 640, 'avif')).toBe('/media/7/0123456789abcdef/640.avif');
    expect(shareCropPath(photo)).toBe('/media/7/0123456789abcdef/share.jpg');
    expect(srcSet({ ...photo, width: 700 }, 'webp')).toBe(
      '/media/7/0123456789abcdef/320.webp 320w, /media/7/0123456789abcdef/640.webp 640w, /media/7/0123456789abcdef/700.webp 700w',
    );
  });

  it('are read back from a URL only for a width the image has and a format it is served in', () => {
    expect(parseVariant(photo, '960.jpg')).toEqual({ kind: 'width', width: 960, format: 'jpg' });
    expect(parseVariant(photo, 'share.jpg')).toEqual({ kind: 'share' });
    for (const file of ['961.jpg', '960.png', '0960.jpg', '960.jpg.', '960', '9999999.avif', '%00.jpg', '960.JPG']) {
      expect(parseVariant(photo, file)).toBeNull();
    }
  });
});

describe('media ids in URLs', () => {
  it('are digits within PostgreSQL integer, with no sign, leading zero or anything else', () => {
    expect(parseMediaId('7')).toBe(7);
    expect(parseMediaId('2147483647')).toBe(2_147_483_647);
    for (const text of ['2147483648', '99999999999', '0', '07', '-1', '+1', '1e3', '1.0', ' 1', '1\0', '%00', '']) expect(parseMediaId(text), text).toBeNull();
  });
});

describe('the widths a picture offers', () => {
  const wide = { width: 3000 };
  it('stop at the first that fills the widest slot twice over', () => {
    expect(widthsFor(wide, '96px')).toEqual([320]);
    expect(widthsFor(wide, '(min-width: 640px) 224px, 112px')).toEqual([320, 640]);
    // 50vw applies only below the 1024 px breakpoint above it: at most 512 px, so 1,024 px of picture.
    expect(widthsFor(wide, '(min-width: 1024px) 360px, (min-width: 640px) 50vw, 112px')).toEqual([320, 640, 960, 1280]);
  });

  it('are all of them when the slot has no bound or cannot be read', () => {
    expect(widthsFor(wide, '(min-width: 1152px) 740px, (min-width: 1024px) 64vw, 100vw')).toEqual(variantWidths(wide));
    expect(widthsFor(wide, 'calc(100vw - 2rem)')).toEqual(variantWidths(wide));
    expect(widestSlot('100vw')).toBeNull();
  });

  it('never exceed what the image has', () => {
    expect(widthsFor({ width: 500 }, '(min-width: 1024px) 360px, 112px')).toEqual([320, 500]);
    expect(widthsFor({ width: 200 }, '96px')).toEqual([200]);
  });
});
