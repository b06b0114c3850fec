import { IMAGE_FORMATS, srcSet, variantPath, widthsFor, type ImageRef } from '@/lib/media/variants';

const TYPES = { avif: 'image/avif', webp: 'image/webp' } as const;

/**
 * A stored image in the formats and widths it is served in (lib/media/variants.ts): AVIF, then WebP, then JPEG for
 * the rest, each width-described so the browser picks by `sizes` and its pixel density. Width and height are always
 * set, so the box is reserved before a byte arrives. Lazy unless it is the page's main picture, which alone asks for
 * high priority (the LCP image).
 */
export function Picture({
  image,
  alt,
  sizes,
  priority = false,
  className,
}: {
  image: ImageRef;
  alt: string;
  /** The width the picture takes on the page, as a `sizes` list. */
  sizes: string;
  priority?: boolean;
  /** Classes of the img, which fills the picture. */
  className?: string;
}) {
  // Only the widths its layout can use: a 96 px thumbnail needs one, a full-width picture all of them.
  const widths = widthsFor(image, sizes);
  // The fallback src for browsers without srcset: a middle width is enough for any of our layouts.
  const fallback = widths.find((w) => w >= 640) ?? widths[widths.length - 1]!;
  return (
    <picture>
      {IMAGE_FORMATS.filter((format) => format !== 'jpg').map((format) => (
        <source key={format} type={TYPES[format as keyof typeof TYPES]} srcSet={srcSet(image, format, widths)} sizes={sizes} />
      ))}
      <img
        src={variantPath(image, fallback, 'jpg')}
        srcSet={srcSet(image, 'jpg', widths)}
        sizes={sizes}
        alt={alt}
        width={image.width}
        height={image.height}
        loading={priority ? 'eager' : 'lazy'}
        fetchPriority={priority ? 'high' : undefined}
        decoding={priority ? undefined : 'async'}
        className={className}
      />
    </picture>
  );
}
