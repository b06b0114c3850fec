import { describe, expect, it } from 'vitest';
import { sniffImage } from './sniff';
import { tinyPng } from '@/test/images';

describe('sniffImage', () => {
  it('reads a PNG and its size from the bytes', () => {
    expect(sniffImage(tinyPng(3, 2))).toEqual({ mime: 'image/png', ext: 'png', width: 3, height: 2 });
  });

  it('reads GIF and JPEG sizes', () => {
    const gif = new Uint8Array([...new TextEncoder().encode('GIF89a'), 5, 0, 7, 0, 0, 0, 0]);
    expect(sniffImage(gif)).toMatchObject({ mime: 'image/gif', width: 5, height: 7 });
    // SOI, an APP0 segment, then SOF0 with height 0x0010 and width 0x0020.
    const jpeg = new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 0, 4, 0, 0, 0xff, 0xc0, 0, 11, 8, 0, 0x10, 0, 0x20, 3, 0, 0, 0]);
    expect(sniffImage(jpeg)).toMatchObject({ mime: 'image/jpeg', width: 0x20, height: 0x10 });
  });

  it('refuses SVG, HTML and anything else, whatever it is called', () => {
    for (const text of ['<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"/>', '<html><script>alert(1)</script>', 'GIF8', '']) {
      expect(sniffImage(new TextEncoder().encode(text))).toBeNull();
    }
  });
});
