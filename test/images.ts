import { mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { deflateSync } from 'node:zlib';
import sharp from 'sharp';

function crc32(bytes: Uint8Array): number {
  let crc = ~0;
  for (const byte of bytes) {
    crc ^= byte;
    for (let k = 0; k < 8; k += 1) crc = (crc >>> 1) ^ (0xedb88320 & -(crc & 1));
  }
  return ~crc >>> 0;
}

function chunk(type: string, data: Uint8Array): Uint8Array {
  const out = new Uint8Array(12 + data.length);
  const view = new DataView(out.buffer);
  view.setUint32(0, data.length);
  out.set(new TextEncoder().encode(type), 4);
  out.set(data, 8);
  view.setUint32(8 + data.length, crc32(out.subarray(4, 8 + data.length)));
  return out;
}

function png(header: Uint8Array, idat: Uint8Array): Uint8Array<ArrayBuffer> {
  const parts = [new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), chunk('IHDR', header), chunk('IDAT', idat), chunk('IEND', new Uint8Array())];
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const part of parts) {
    out.set(part, at);
    at += part.length;
  }
  return out;
}

function pngHeader(width: number, height: number): Uint8Array {
  const header = new Uint8Array(13);
  const view = new DataView(header.buffer);
  view.setUint32(0, width);
  view.setUint32(4, height);
  header.set([8, 0, 0, 0, 0], 8);
  return header;
}

/** A real, valid grey PNG of the given size, for tests of uploads. */
export function tinyPng(width: number, height: number): Uint8Array<ArrayBuffer> {
  const rows = new Uint8Array((width + 1) * height).fill(128);
  for (let y = 0; y < height; y += 1) rows[y * (width + 1)] = 0;
  return png(pngHeader(width, height), deflateSync(rows));
}

/** A small PNG file whose header claims `width`×`height`: decoding it would need the memory of that many pixels. */
export function pngClaiming(width: number, height: number): Uint8Array<ArrayBuffer> {
  return png(pngHeader(width, height), deflateSync(new Uint8Array(1024)));
}

/** The first bytes of a real image (its header, so the type is recognized), then junk where the pixels should be. */
export function garbageAfterHeader(image: Uint8Array, keep: number): Uint8Array<ArrayBuffer> {
  const out = new Uint8Array(keep + 4096).fill(0x41);
  out.set(image.subarray(0, keep));
  return out;
}

/**
 * A photo as a phone stores it: `width`×`height` pixels as the sensor read them, EXIF orientation 6 (turn 90° clockwise
 * to show it, so it shows `height` wide and `width` tall), GPS coordinates, a camera model and an XMP packet. The
 * stored top-left quarter is red, the rest blue: shown upright, red is at the top right.
 */
export async function cameraJpeg(width: number, height: number): Promise<Buffer> {
  const corner = await sharp({ create: { width: Math.ceil(width / 2), height: Math.ceil(height / 2), channels: 3, background: '#d01010' } }).png().toBuffer();
  return sharp({ create: { width, height, channels: 3, background: '#1040d0' } })
    .composite([{ input: corner, left: 0, top: 0 }])
    .withExif({
      IFD0: { Make: 'PhoneMaker', Model: 'Phone 12' },
      IFD3: { GPSLatitudeRef: 'N', GPSLatitude: '40/1 22/1 0/1', GPSLongitudeRef: 'E', GPSLongitude: '49/1 50/1 0/1' },
    })
    .withMetadata({ orientation: 6 })
    .withXmp('<x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#"/></x:xmpmeta>')
    .jpeg({ quality: 90 })
    .toBuffer();
}

/** A photo-like image (grey with noise, which compresses as badly as a photo), as a JPEG or a PNG. */
export function noisyPhoto(width: number, height: number, format: 'jpeg' | 'png' = 'jpeg'): Promise<Buffer> {
  return sharp({ create: { width, height, channels: 3, background: '#808080', noise: { type: 'gaussian', mean: 128, sigma: 40 } } })
    .toFormat(format)
    .toBuffer();
}

/** The tags of an EXIF block's first directory (sharp's `metadata().exif`: "Exif\0\0", then a TIFF header). */
export function exifTags(exif: Uint8Array): number[] {
  const tiff = 6;
  const view = new DataView(exif.buffer, exif.byteOffset, exif.byteLength);
  const little = exif[tiff] === 0x49;
  const directory = tiff + view.getUint32(tiff + 4, little);
  return Array.from({ length: view.getUint16(directory, little) }, (_, i) => view.getUint16(directory + 2 + i * 12, little));
}

/** The EXIF tag that points to the GPS directory. */
export const GPS_IFD_TAG = 0x8825;

/** Every file under a folder, as paths relative to it (none when it does not exist). */
export function filesIn(folder: string): string[] {
  try {
    return readdirSync(folder, { recursive: true, withFileTypes: true })
      .filter((entry) => entry.isFile())
      .map((entry) => path.relative(folder, path.join(entry.parentPath, entry.name)));
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw error;
  }
}

/** Uploads made by a test go to a folder of their own, not the project's `.data/media`. */
export function withTemporaryMediaDir(): void {
  process.env.NEWSROOM_MEDIA_DIR ??= mkdtempSync(path.join(tmpdir(), 'newsroom-media-'));
}
