import sharp from 'sharp';
import type { Locale } from '@/lib/i18n/locales';
import { drawCulture } from './covers/culture';
import { drawEconomy } from './covers/economy';
import { Canvas, seededRandom, type CoverArt } from './covers/kit';
import { drawPolitics } from './covers/politics';
import { drawSociety } from './covers/society';
import { drawSport } from './covers/sport';
import { drawTechnology } from './covers/technology';
import { drawWorld } from './covers/world';
import type { DemoArticle, DemoCategoryKey } from './types';

/**
 * Cover pictures of the demo articles, drawn rather than photographed: photos cannot be fetched when seeding and
 * must not be copied. Each section has its own designs and palette; the article's tags pick the motif and its key
 * seeds the variations, so an article always gets the same picture and its neighbours get different ones.
 */

export { COVER_HEIGHT, COVER_WIDTH } from './covers/kit';

const ARTISTS: Record<DemoCategoryKey, (c: Canvas, article: DemoArticle) => CoverArt> = {
  economy: drawEconomy,
  politics: drawPolitics,
  society: drawSociety,
  world: drawWorld,
  sport: drawSport,
  technology: drawTechnology,
  culture: drawCulture,
};

function drawArt(article: DemoArticle): CoverArt {
  return ARTISTS[article.category](new Canvas(seededRandom(article.key)), article);
}

/** The cover as an SVG document, 1600 × 900. */
export function drawDemoCover(article: DemoArticle): string {
  return drawArt(article).svg;
}

export interface DemoCoverText {
  /** What the picture shows, for readers who cannot see it. */
  alt: string;
  caption: string;
}

const ILLUSTRATION: Record<Locale, string> = { ru: 'Иллюстрация', az: 'İllüstrasiya', en: 'Illustration' };

const CAPTION: Record<Locale, string> = {
  ru: 'Иллюстрация: графика редакции',
  az: 'İllüstrasiya: redaksiyanın qrafikası',
  en: 'Illustration: Newsroom graphics',
};

// The series are plausible, not quotes: a reader must not take a cover for market data.
const CHART_NOTE: Record<Locale, string> = {
  ru: 'Значения на графике условные.',
  az: 'Qrafikdəki göstəricilər şərtidir.',
  en: 'Chart values are illustrative.',
};

/** Alt text and caption of the cover in every language. */
export function demoCoverText(article: DemoArticle): Record<Locale, DemoCoverText> {
  const { subject, chart } = drawArt(article);
  const text = (locale: Locale): DemoCoverText => ({
    alt: `${ILLUSTRATION[locale]}: ${subject[locale]}`,
    caption: chart ? `${CAPTION[locale]}. ${CHART_NOTE[locale]}` : CAPTION[locale],
  });
  return { ru: text('ru'), az: text('az'), en: text('en') };
}

/**
 * The cover as JPEG bytes for the media library. libjpeg-turbo rather than mozjpeg: mozjpeg took ~90 ms a cover here,
 * more than drawing and rasterizing it, and the library re-encodes every upload with mozjpeg anyway
 * (lib/media/process.ts); quality 90 keeps that second generation from stacking visible loss on the first.
 */
export async function renderDemoCover(article: DemoArticle): Promise<Buffer> {
  return sharp(Buffer.from(drawDemoCover(article))).jpeg({ quality: 90, optimiseCoding: true }).toBuffer();
}
