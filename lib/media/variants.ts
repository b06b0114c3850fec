/**
 * The sizes and formats an uploaded image is served in, and their URLs. Pure: used by pages (srcset), by the media
 * route (which file a URL names) and by the store (what to derive). Every URL carries the hash of the cleaned
 * original, so a URL names one set of bytes forever and is cached as immutable.
 */

/** Widths derived from every image (only those narrower than the original, plus the original's own when smaller). */
export const IMAGE_WIDTHS = [320, 640, 960, 1280, 1920] as const;
/** Best first: a `<picture>` lists them in this order. */
export const IMAGE_FORMATS = ['avif', 'webp', 'jpg'] as const;
export type ImageFormat = (typeof IMAGE_FORMATS)[number];

export const IMAGE_MIME: Record<ImageFormat, string> = { avif: 'image/avif', webp: 'image/webp', jpg: 'image/jpeg' };

/** The size of the crop that articles are shared with (Open Graph, JSON-LD). */
export const SHARE_CROP = { width: 1200, height: 630 } as const;

/** What a page needs to know about a stored image to point at its variants. */
export interface ImageRef {
  id: number;
  /** Hex prefix of the SHA-256 of the cleaned original. */
  hash: string;
  width: number;
  height: number;
}

/** The widths this image exists in, narrowest first. */
export function variantWidths(image: Pick<ImageRef, 'width'>): number[] {
  const widths: number[] = IMAGE_WIDTHS.filter((w) => w < image.width);
  const largest = Math.min(image.width, IMAGE_WIDTHS[IMAGE_WIDTHS.length - 1]!);
  if (!widths.includes(largest)) widths.push(largest);
  return widths;
}

/** The height of the variant `width` wide, as the encoder rounds it. */
export function variantHeight(image: Pick<ImageRef, 'width' | 'height'>, width: number): number {
  return Math.max(1, Math.round((image.height * width) / image.width));
}

export function variantPath(image: Pick<ImageRef, 'id' | 'hash'>, width: number, format: ImageFormat): string {
  return `/media/${image.id}/${image.hash}/${width}.${format}`;
}

/** Screens denser than this get the width of this density: the eye does not tell 3× from 2× in a news picture. */
const MAX_DENSITY = 2;

/**
 * The widest the picture is ever shown, in CSS pixels, read from its `sizes` list (`(min-width: Npx) slot, …,
 * default`), or null when that has no bound. A slot in `vw` is bounded by the breakpoint above it: the list is read
 * in order, so a later slot applies only to viewports narrower than every earlier `min-width`.
 */
export function widestSlot(sizes: string): number | null {
  let viewportBelow = Infinity;
  let widest = 0;
  for (const entry of sizes.split(',')) {
    const match = /^\s*(?:\(min-width:\s*(\d+)px\)\s*)?(\d+(?:\.\d+)?)(px|vw)\s*$/.exec(entry);
    if (!match) return null;
    const [, minWidth, amount, unit] = match;
    const slot = unit === 'px' ? Number(amount) : (Number(amount) / 100) * viewportBelow;
    if (!Number.isFinite(slot)) return null;
    widest = Math.max(widest, slot);
    if (minWidth) viewportBelow = Math.min(viewportBelow, Number(minWidth));
  }
  return widest;
}

/** The widths worth offering for a picture shown at `sizes`: up to the first that fills its widest slot at 2×. */
export function widthsFor(image: Pick<ImageRef, 'width'>, sizes: string): number[] {
  const widths = variantWidths(image);
  const widest = widestSlot(sizes);
  if (widest === null) return widths;
  const enough = widths.findIndex((w) => w >= widest * MAX_DENSITY);
  return enough === -1 ? widths : widths.slice(0, enough + 1);
}

export function srcSet(image: ImageRef, format: ImageFormat, widths: number[] = variantWidths(image)): string {
  return widths.map((width) => `${variantPath(image, width, format)} ${width}w`).join(', ');
}

/** The 1200×630 JPEG crop of the image (centred on its most interesting part), for sharing. */
export function shareCropPath(image: Pick<ImageRef, 'id' | 'hash'>): string {
  return `/media/${image.id}/${image.hash}/share.jpg`;
}

/** Reads a variant's file name from a URL: `{width}.{format}` for a width the image has, or `share.jpg`. */
export function parseVariant(image: Pick<ImageRef, 'width'>, file: string): { kind: 'share' } | { kind: 'width'; width: number; format: ImageFormat } | null {
  if (file === 'share.jpg') return { kind: 'share' };
  const match = /^([1-9]\d{0,4})\.(avif|webp|jpg)$/.exec(file);
  if (!match) return null;
  const width = Number(match[1]);
  return variantWidths(image).includes(width) ? { kind: 'width', width, format: match[2] as ImageFormat } : null;
}

/** PostgreSQL's `integer`, which media ids are. */
const MAX_MEDIA_ID = 2_147_483_647;

/** Reads a media id from a URL: digits only, no leading zero, within `integer`; anything else names no image. */
export function parseMediaId(text: string): number | null {
  if (!/^[1-9]\d{0,9}$/.test(text)) return null;
  const id = Number(text);
  return id <= MAX_MEDIA_ID ? id : null;
}
