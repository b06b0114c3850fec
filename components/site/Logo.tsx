import { LOGO_WIDTH, MARK_SIZE } from '@/lib/brand/logo';

/**
 * The wordmark (public/brand/, drawn by scripts/icons.ts from lib/brand/logo.ts): dark for the header, `inverse`
 * (white "news") for the footer. An SVG file, sharp at any size and kept by the browser, rather than paths repeated
 * in every page's HTML and script payload. The footer's is lazy: React preloads every eager image of the page's shell,
 * and the footer's would compete with the header's and the fonts for the first paint.
 */
export function Logo({ alt, inverse = false, className }: { alt: string; inverse?: boolean; className?: string }) {
  return (
    // eslint-disable-next-line @next/next/no-img-element -- a vector file: nothing for the image optimiser to do
    <img
      src={inverse ? '/brand/logo-inverse.svg' : '/brand/logo.svg'}
      alt={alt}
      width={LOGO_WIDTH}
      height={MARK_SIZE}
      loading={inverse ? 'lazy' : undefined}
      className={className}
    />
  );
}
