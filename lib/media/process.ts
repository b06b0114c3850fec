import { createHash } from 'node:crypto';
import sharp, { type Sharp, type SharpOptions } from 'sharp';
import { sniffImage } from './sniff';
import { IMAGE_FORMATS, SHARE_CROP, variantWidths, type parseVariant } from './variants';

/**
 * Turns an upload into the cleaned original that is stored and served, and derives its variants from that original.
 * Nothing of the upload survives but its pixels: the file is decoded in full and re-encoded, oriented as its EXIF
 * said, in sRGB, with no EXIF, GPS, XMP, IPTC or ICC block left (sharp writes none unless asked to keep them).
 */

/** Beyond these an upload is refused before it is decoded: a 50 MP RGBA image already needs 200 MB of memory. */
export const MAX_IMAGE_SIDE = 12_000;
export const MAX_IMAGE_PIXELS = 50_000_000;

export type ImageRefusal = 'notImage' | 'tooManyPixels';

export interface CleanImage {
  bytes: Buffer;
  ext: 'png' | 'jpg' | 'webp';
  mime: 'image/png' | 'image/jpeg' | 'image/webp';
  width: number;
  height: number;
  /** Hex prefix of the SHA-256 of `bytes`: what variant URLs carry. */
  hash: string;
}

// 'error' refuses truncated files and broken pixel data; the stricter 'warning' would also refuse the many camera and
// phone JPEGs with harmless libjpeg warnings (extraneous bytes before a marker). The pixel limit rests on the header,
// which is checked against the same limit before any pixel is decoded.
const decoding: SharpOptions = { failOn: 'error', limitInputPixels: MAX_IMAGE_PIXELS, autoOrient: true };

// The formats libvips may decode an upload as, each only when our sniffer read the same one from its first bytes.
const DECODED = { jpeg: 'jpg', png: 'png', gif: 'gif', webp: 'webp' } as const;
const isDecoded = (format: string | undefined): format is keyof typeof DECODED => format !== undefined && Object.hasOwn(DECODED, format);

const tooManyPixels = (width: number, height: number) => width > MAX_IMAGE_SIDE || height > MAX_IMAGE_SIDE || width * height > MAX_IMAGE_PIXELS;

export function contentHash(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex').slice(0, 16);
}

/** A lossless WebP (a screenshot or a graphic) has a VP8L chunk; a lossy one a VP8 chunk. */
function isLosslessWebp(bytes: Uint8Array): boolean {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  for (let at = 12; at + 8 <= bytes.length; at += 8 + view.getUint32(at + 4, true) + (view.getUint32(at + 4, true) % 2)) {
    const chunk = String.fromCharCode(...bytes.subarray(at, at + 4));
    if (chunk === 'VP8L') return true;
    if (chunk === 'VP8 ') return false;
  }
  return false;
}

/**
 * The cleaned original, in the format that loses least of what the upload was:
 * - PNG stays PNG (screenshots, graphics, transparency: lossless, and JPEG would smear text);
 * - GIF becomes PNG, its first frame only (an animation is not kept): palette graphics and transparency survive
 *   losslessly, which a JPEG would not;
 * - WebP stays WebP, lossless if it was (alpha kept either way), so no second lossy codec is stacked on the first;
 *   an animated WebP keeps its first frame, like a GIF;
 * - JPEG stays JPEG, mozjpeg at quality 85: a photo re-encoded once, close to what the camera gave.
 */
function encodeOriginal(image: Sharp, format: keyof typeof DECODED, bytes: Uint8Array): { image: Sharp; ext: CleanImage['ext']; mime: CleanImage['mime'] } {
  if (format === 'png' || format === 'gif') return { image: image.png(), ext: 'png', mime: 'image/png' };
  if (format === 'webp') {
    const lossless = isLosslessWebp(bytes);
    return { image: image.webp(lossless ? { lossless: true } : { quality: 85 }), ext: 'webp', mime: 'image/webp' };
  }
  return { image: image.jpeg({ quality: 85, mozjpeg: true }), ext: 'jpg', mime: 'image/jpeg' };
}

/**
 * Whether a JPEG's scan is followed by its end marker (FF D9; scan data cannot contain it, 0xFF is stuffed there).
 * Without it the file was cut short or its scan is garbage, which libjpeg only warns about ("premature end of data
 * segment"); about one noisy photo in 300 with garbage after its first scan bytes decoded with no error at all.
 * Phones may append data after the end marker: only its presence after the first scan counts.
 */
function jpegEnds(bytes: Uint8Array): boolean {
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const scan = buffer.indexOf(Buffer.from([0xff, 0xda]));
  return scan >= 0 && buffer.lastIndexOf(Buffer.from([0xff, 0xd9])) > scan;
}

/** Decodes an upload in full and re-encodes it clean, or says why it cannot be stored. */
export async function cleanImage(bytes: Uint8Array): Promise<CleanImage | ImageRefusal> {
  // The header is read twice before any pixel: by our own sniffer (PNG, JPEG, GIF, WebP only, whatever the name says)
  // and by libvips, whose reading of the size is the one the decoder will use.
  const sniffed = sniffImage(bytes);
  if (!sniffed) return 'notImage';
  if (tooManyPixels(sniffed.width, sniffed.height)) return 'tooManyPixels';
  try {
    const header = await sharp(bytes, decoding).metadata();
    if (!isDecoded(header.format) || DECODED[header.format] !== sniffed.ext || !header.width || !header.height) return 'notImage';
    if (header.format === 'jpeg' && !jpegEnds(bytes)) return 'notImage';
    if (tooManyPixels(header.width, header.height)) return 'tooManyPixels';
    const encoded = encodeOriginal(sharp(bytes, decoding), header.format, bytes);
    const { data, info } = await encoded.image.toBuffer({ resolveWithObject: true });
    return { bytes: data, ext: encoded.ext, mime: encoded.mime, width: info.width, height: info.height, hash: contentHash(data) };
  } catch (error) {
    if (error instanceof Error && /pixel limit/i.test(error.message)) return 'tooManyPixels';
    // Anything libvips cannot decode in full (a truncated file, garbage after a valid header) is not an image to us.
    return 'notImage';
  }
}

/** What a variant URL's file name names (lib/media/variants.ts parseVariant). */
export type Variant = NonNullable<ReturnType<typeof parseVariant>>;

export function variantFileName(variant: Variant): string {
  return variant.kind === 'share' ? 'share.jpg' : `${variant.width}.${variant.format}`;
}

/** Every variant an image of this width is served in: each width in each format, and the share crop. */
export function allVariants(image: { width: number }): Variant[] {
  const sized = variantWidths(image).flatMap((width) => IMAGE_FORMATS.map((format): Variant => ({ kind: 'width', width, format })));
  return [...sized, { kind: 'share' }];
}

// JPEG has no alpha: transparent parts of a PNG or WebP become white, as on the site's pages, rather than black.
const JPEG_BACKGROUND = '#ffffff';

/**
 * One variant's bytes, from the stored original. AVIF at effort 2: at 1920 px effort 3 took ~25% longer here for
 * ~2% fewer bytes, and effort 4 ~8 times longer. The original is decoded with auto-orientation too, for originals
 * stored before uploads were cleaned; a cleaned one has no orientation left to apply.
 */
export async function renderVariant(original: Uint8Array, variant: Variant): Promise<Buffer> {
  const image = sharp(original, decoding);
  if (variant.kind === 'share') {
    return image
      .resize({ ...SHARE_CROP, fit: 'cover', position: 'attention' })
      .flatten({ background: JPEG_BACKGROUND })
      .jpeg({ quality: 78, mozjpeg: true, progressive: true })
      .toBuffer();
  }
  const resized = image.resize({ width: variant.width, withoutEnlargement: true });
  if (variant.format === 'avif') return resized.avif({ quality: 50, effort: 2 }).toBuffer();
  if (variant.format === 'webp') return resized.webp({ quality: 75 }).toBuffer();
  return resized.flatten({ background: JPEG_BACKGROUND }).jpeg({ quality: 78, mozjpeg: true, progressive: true }).toBuffer();
}
