import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { locales } from '@/lib/i18n/locales';
import { COVER_HEIGHT, COVER_WIDTH, demoCoverText, drawDemoCover, renderDemoCover } from './covers';
import { demoArticles } from './index';

// The limits of the cover form (lib/editorial/commands/cover.ts): an editor must be able to save the seeded text unchanged.
const ALT_LIMIT = 300;
const CAPTION_LIMIT = 500;

describe('demo covers', () => {
  it('draws a valid 1600 × 900 SVG for every article, the same one each time', async () => {
    for (const article of demoArticles) {
      const svg = drawDemoCover(article);
      expect(drawDemoCover(article), article.key).toBe(svg);
      const meta = await sharp(Buffer.from(svg)).metadata();
      expect([meta.format, meta.width, meta.height], article.key).toEqual(['svg', COVER_WIDTH, COVER_HEIGHT]);
    }
  });

  it('gives every article a picture of its own', () => {
    const pictures = new Set(demoArticles.map((article) => drawDemoCover(article)));
    expect(pictures.size).toBe(demoArticles.length);
  });

  it('keeps words out of the pictures: the headline is beside them; at most chart numbers', () => {
    for (const article of demoArticles) {
      const texts = [...drawDemoCover(article).matchAll(/<text[^>]*>([^<]*)<\/text>/g)].map((m) => m[1]);
      for (const text of texts) expect(text, article.key).toMatch(/^[\d.,+×%]+$/);
    }
  });

  it('renders each section to a JPEG of that size, with real detail rather than a flat box', async () => {
    const sample = [...new Map(demoArticles.map((a) => [a.category, a])).values()];
    expect(sample).toHaveLength(7);
    for (const article of sample) {
      const jpeg = await renderDemoCover(article);
      const meta = await sharp(jpeg).metadata();
      expect([meta.format, meta.width, meta.height], article.key).toEqual(['jpeg', COVER_WIDTH, COVER_HEIGHT]);
      const { channels } = await sharp(jpeg).stats();
      const spread = Math.max(...channels.map((c) => c.stdev));
      expect(spread, article.key).toBeGreaterThan(25);
    }
  });

  it('describes every cover and credits it in all three languages, within the form limits', () => {
    for (const article of demoArticles) {
      const text = demoCoverText(article);
      for (const locale of locales) {
        expect(text[locale].alt.length, `${article.key} ${locale}`).toBeLessThanOrEqual(ALT_LIMIT);
        expect(text[locale].caption.length, `${article.key} ${locale}`).toBeLessThanOrEqual(CAPTION_LIMIT);
        expect(text[locale].alt.length, `${article.key} ${locale}`).toBeGreaterThan(40);
      }
      expect(text.ru.alt).toMatch(/^Иллюстрация: [а-яА-ЯёЁ]/);
      expect(text.az.alt).toMatch(/^İllüstrasiya: /);
      expect(text.az.alt).toMatch(/[əğıöüçş]/);
      expect(text.az.alt).not.toMatch(/[а-яё]/i);
      expect(text.en.alt).toMatch(/^Illustration: [A-Za-z]/);
      expect(text.en.caption).toMatch(/^Illustration: Newsroom graphics/);
    }
  });

  it('says so in the caption when a cover plots numbers', () => {
    const chart = demoCoverText(demoArticles.find((a) => a.key === 'central-bank-keeps-refinancing-rate')!);
    expect(chart.en.caption).toBe('Illustration: Newsroom graphics. Chart values are illustrative.');
    const scene = demoCoverText(demoArticles.find((a) => a.category === 'culture')!);
    expect(scene.ru.caption).toBe('Иллюстрация: графика редакции');
  });
});
