/**
 * Recognizes an uploaded image from its bytes, never from its name or the browser's claim, and reads its size.
 * Only raster formats a browser shows as an image: no SVG (it can carry script) and nothing else.
 */
export interface SniffedImage {
  mime: 'image/png' | 'image/jpeg' | 'image/gif' | 'image/webp';
  ext: 'png' | 'jpg' | 'gif' | 'webp';
  width: number;
  height: number;
}

const ascii = (bytes: Uint8Array, start: number, end: number) => String.fromCharCode(...bytes.subarray(start, end));

function png(b: Uint8Array, view: DataView): SniffedImage | null {
  const signature = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
  if (b.length < 24 || signature.some((byte, i) => b[i] !== byte) || ascii(b, 12, 16) !== 'IHDR') return null;
  return { mime: 'image/png', ext: 'png', width: view.getUint32(16), height: view.getUint32(20) };
}

function gif(b: Uint8Array, view: DataView): SniffedImage | null {
  if (b.length < 10 || !['GIF87a', 'GIF89a'].includes(ascii(b, 0, 6))) return null;
  return { mime: 'image/gif', ext: 'gif', width: view.getUint16(6, true), height: view.getUint16(8, true) };
}

function webp(b: Uint8Array, view: DataView): SniffedImage | null {
  if (b.length < 30 || ascii(b, 0, 4) !== 'RIFF' || ascii(b, 8, 12) !== 'WEBP') return null;
  const chunk = ascii(b, 12, 16);
  const image = (width: number, height: number): SniffedImage => ({ mime: 'image/webp', ext: 'webp', width, height });
  if (chunk === 'VP8 ') return image(view.getUint16(26, true) & 0x3fff, view.getUint16(28, true) & 0x3fff);
  if (chunk === 'VP8L') {
    const bits = view.getUint32(21, true);
    return image((bits & 0x3fff) + 1, ((bits >> 14) & 0x3fff) + 1);
  }
  if (chunk === 'VP8X') {
    const read24 = (at: number) => b[at]! | (b[at + 1]! << 8) | (b[at + 2]! << 16);
    return image(read24(24) + 1, read24(27) + 1);
  }
  return null;
}

// JPEG start-of-frame markers carry the size; the others (DHT 0xC4, JPG 0xC8, DAC 0xCC) do not.
const SOF = new Set([0xc0, 0xc1, 0xc2, 0xc3, 0xc5, 0xc6, 0xc7, 0xc9, 0xca, 0xcb, 0xcd, 0xce, 0xcf]);

function jpeg(b: Uint8Array, view: DataView): SniffedImage | null {
  if (b.length < 4 || b[0] !== 0xff || b[1] !== 0xd8 || b[2] !== 0xff) return null;
  let at = 2;
  while (at + 9 < b.length) {
    if (b[at] !== 0xff) return null;
    const marker = b[at + 1]!;
    const length = view.getUint16(at + 2);
    if (SOF.has(marker)) return { mime: 'image/jpeg', ext: 'jpg', width: view.getUint16(at + 7), height: view.getUint16(at + 5) };
    at += 2 + length;
  }
  return null;
}

export function sniffImage(bytes: Uint8Array): SniffedImage | null {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const found = png(bytes, view) ?? gif(bytes, view) ?? webp(bytes, view) ?? jpeg(bytes, view);
  return found && found.width > 0 && found.height > 0 ? found : null;
}
