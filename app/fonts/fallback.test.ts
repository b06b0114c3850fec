import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

// next/font's own code: what it computes for its Arial and Times New Roman fallbacks from a font file.
const require = createRequire(import.meta.url);
const fontkit = require('next/dist/compiled/@next/font/dist/fontkit').default as (buffer: Buffer) => unknown;
const { getFallbackMetricsFromFontFile } = require('next/dist/compiled/@next/font/dist/local/get-fallback-metrics-from-font-file') as {
  getFallbackMetricsFromFontFile: (font: unknown, category: 'sans-serif' | 'serif') => Record<string, string>;
};

const css = readFileSync(path.join(import.meta.dirname, '..', 'theme.css'), 'utf8');

function declaredFace(family: string): Record<string, string> {
  const block = new RegExp(`@font-face \\{\\s*font-family: '${family}';([^}]*)\\}`).exec(css)?.[1] ?? '';
  return Object.fromEntries([...block.matchAll(/([a-z-]+): ([^;]+);/g)].map((m) => [m[1]!, m[2]!.trim()]));
}

describe('the Linux fallback faces in theme.css', () => {
  for (const [family, file, category] of [
    ['Inter Fallback', 'inter-latin-wght-normal.woff2', 'sans-serif'],
    ['Source Serif Fallback', 'source-serif-4-latin-wght-normal.woff2', 'serif'],
  ] as const) {
    it(`${family} has next/font's metrics for ${file}`, () => {
      const metrics = getFallbackMetricsFromFontFile(fontkit(readFileSync(path.join(import.meta.dirname, file))), category);
      const face = declaredFace(family);
      expect(face['ascent-override']).toBe(metrics.ascentOverride);
      expect(face['descent-override']).toBe(metrics.descentOverride);
      expect(face['size-adjust']).toBe(metrics.sizeAdjust);
    });
  }
});
