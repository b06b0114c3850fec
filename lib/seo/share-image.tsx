import 'server-only';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { ImageResponse } from 'next/og';
import { ACCENT, LOGO_WIDTH, MARK_A_PATH, MARK_RADIUS, MARK_SIZE, WORDMARK_PATH } from '@/lib/brand/logo';
import { SHARE_IMAGE_SIZE } from './share-image-size';
const FONT_FAMILY = '"Noto Sans latin", "Noto Sans latin-ext", "Noto Sans cyrillic"';

type Font = { name: string; data: Buffer; weight: 400 | 700; style: 'normal' };
let fonts: Promise<Font[]> | undefined;

/**
 * Noto Sans in the subsets the three languages need: Latin, Latin Extended (ə ğ ı ş) and Cyrillic. Each subset is its
 * own family, listed in FONT_FAMILY, so the renderer falls back from one to the next glyph by glyph.
 */
function loadFonts(): Promise<Font[]> {
  // The six files are copied into the standalone server by next.config.ts (outputFileTracingIncludes), not the folder.
  const dir = path.join(/* turbopackIgnore: true */ process.cwd(), 'node_modules', '@fontsource', 'noto-sans', 'files');
  fonts ??= Promise.all(
    (['latin', 'latin-ext', 'cyrillic'] as const).flatMap((subset) =>
      ([400, 700] as const).map(async (weight) => ({
        name: `Noto Sans ${subset}`,
        data: await readFile(path.join(dir, `noto-sans-${subset}-${weight}-normal.woff`)),
        weight,
        style: 'normal' as const,
      })),
    ),
  );
  return fonts;
}

/** The site header's wordmark (lib/brand/logo.ts), `height` px tall, dark on a light ground. */
function Wordmark({ height }: { height: number }) {
  return (
    <svg width={(LOGO_WIDTH * height) / MARK_SIZE} height={height} viewBox={`0 0 ${LOGO_WIDTH} ${MARK_SIZE}`}>
      <rect width={MARK_SIZE} height={MARK_SIZE} rx={MARK_RADIUS} fill={ACCENT} />
      <path d={MARK_A_PATH} fill="#ffffff" />
      <path d={WORDMARK_PATH} fill="#171717" />
    </svg>
  );
}

/** The share card of an article without a cover: its headline, section and date on the newsroom's colours. */
export async function articleShareImage(card: { title: string; section: string; date: string }): Promise<ImageResponse> {
  return new ImageResponse(
    (
      <div style={{ display: 'flex', flexDirection: 'column', justifyContent: 'space-between', width: '100%', height: '100%', padding: 64, background: '#ffffff', fontFamily: FONT_FAMILY, borderTop: `24px solid ${ACCENT}` }}>
        <div style={{ display: 'flex', fontSize: 30, fontWeight: 700, color: ACCENT }}>{card.section}</div>
        <div style={{ display: 'flex', fontSize: card.title.length > 90 ? 48 : 60, fontWeight: 700, lineHeight: 1.2, color: '#111111' }}>{card.title}</div>
        <div style={{ display: 'flex', justifyContent: 'space-between', alignItems: 'center', fontSize: 28, color: '#404040' }}>
          <Wordmark height={56} />
          <span>{card.date}</span>
        </div>
      </div>
    ),
    { ...SHARE_IMAGE_SIZE, fonts: await loadFonts() },
  );
}

/**
 * The publisher's logo for structured data: the wordmark of the site header (lib/brand/logo.ts), 600×60 as news
 * publishers' logos are expected to be, on white.
 */
export async function logoImage(): Promise<ImageResponse> {
  return new ImageResponse(
    (
      <div style={{ display: 'flex', alignItems: 'center', width: '100%', height: '100%', background: '#ffffff' }}>
        <Wordmark height={48} />
      </div>
    ),
    { width: 600, height: 60 },
  );
}
