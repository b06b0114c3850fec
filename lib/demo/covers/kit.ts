import type { Locale } from '@/lib/i18n/locales';

/** Shared drawing tools of the demo covers: seeded randomness, SVG elements, gradients and finishing touches. */

export const COVER_WIDTH = 1600;
export const COVER_HEIGHT = 900;

export type Point = readonly [number, number];
export interface Box {
  x: number;
  y: number;
  w: number;
  h: number;
}

/** What a section's artist hands back: the picture, and what it shows in each language (for the alt text). */
export interface CoverArt {
  svg: string;
  subject: Record<Locale, string>;
  /** The picture plots numbers; the caption then says they are illustrative. */
  chart?: boolean;
}

export interface Rand {
  (): number;
  range(min: number, max: number): number;
  /** An integer in [min, max], both included. */
  int(min: number, max: number): number;
  pick<T>(items: readonly T[]): T;
  chance(probability: number): boolean;
  /** Standard normal, for random walks. */
  gauss(): number;
}

/** FNV-1a of the key seeding mulberry32: the same article key always draws the same picture. */
export function seededRandom(key: string): Rand {
  let hash = 2166136261;
  for (const ch of key) {
    hash ^= ch.codePointAt(0) ?? 0;
    hash = Math.imul(hash, 16777619);
  }
  let state = hash >>> 0;
  const next = (): number => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const rand = next as Rand;
  rand.range = (min, max) => min + (max - min) * next();
  rand.int = (min, max) => Math.floor(min + (max - min + 1) * next());
  rand.pick = <T>(items: readonly T[]): T => {
    const item = items[Math.floor(next() * items.length)];
    if (item === undefined) throw new Error('pick from an empty list');
    return item;
  };
  rand.chance = (probability) => next() < probability;
  rand.gauss = () => Math.sqrt(-2 * Math.log(1 - next())) * Math.cos(2 * Math.PI * next());
  return rand;
}

/** Numbers to one decimal keep the documents small without visible loss at this size. */
export function fmt(value: number): string {
  return String(Math.round(value * 10) / 10);
}

type Attrs = Record<string, string | number | undefined>;

export function el(name: string, attrs: Attrs, children?: string): string {
  let out = `<${name}`;
  for (const [key, value] of Object.entries(attrs)) {
    if (value === undefined) continue;
    out += ` ${key}="${typeof value === 'number' ? fmt(value) : value}"`;
  }
  return children === undefined ? `${out}/>` : `${out}>${children}</${name}>`;
}

export function polyline(points: readonly Point[], close = false): string {
  const d = points.map(([x, y], i) => `${i === 0 ? 'M' : 'L'}${fmt(x)} ${fmt(y)}`).join('');
  return close ? `${d}Z` : d;
}

/** A Catmull-Rom curve through the points, as cubic Béziers. */
export function smooth(points: readonly Point[], tension = 0.5): string {
  const first = points[0];
  if (!first) return '';
  let d = `M${fmt(first[0])} ${fmt(first[1])}`;
  for (let i = 0; i < points.length - 1; i++) {
    const p0 = points[i - 1] ?? points[i]!;
    const p1 = points[i]!;
    const p2 = points[i + 1]!;
    const p3 = points[i + 2] ?? p2;
    const k = tension / 3;
    d += `C${fmt(p1[0] + (p2[0] - p0[0]) * k)} ${fmt(p1[1] + (p2[1] - p0[1]) * k)} ${fmt(p2[0] - (p3[0] - p1[0]) * k)} ${fmt(
      p2[1] - (p3[1] - p1[1]) * k,
    )} ${fmt(p2[0])} ${fmt(p2[1])}`;
  }
  return d;
}

/** Many discs as one path: librsvg pays for each element, so a thousand dots cost less as one shape than as circles. */
export function discs(list: readonly (readonly [number, number, number])[]): string {
  let d = '';
  for (const [x, y, r] of list) {
    if (r < 7) {
      // Below 7 px an octagon cannot be told from a circle, and has a fraction of the edges of a flattened arc.
      const k = r * 0.414;
      d += `M${fmt(x - r)} ${fmt(y - k)}l0 ${fmt(2 * k)}l${fmt(r - k)} ${fmt(r - k)}h${fmt(2 * k)}l${fmt(r - k)} ${fmt(k - r)}v${fmt(-2 * k)}l${fmt(k - r)} ${fmt(k - r)}h${fmt(-2 * k)}Z`;
    } else d += `M${fmt(x - r)} ${fmt(y)}a${fmt(r)} ${fmt(r)} 0 1 0 ${fmt(2 * r)} 0a${fmt(r)} ${fmt(r)} 0 1 0 ${fmt(-2 * r)} 0`;
  }
  return d;
}

/** A rectangle as path data, so that many can share one path element. */
export function rectPath(x: number, y: number, w: number, h: number): string {
  return `M${fmt(x)} ${fmt(y)}h${fmt(w)}v${fmt(h)}h${fmt(-w)}Z`;
}

/** A gradient stop: offset 0..1, colour, opacity. */
export type Stop = readonly [number, string, number?];

function stops(list: readonly Stop[]): string {
  return list.map(([offset, color, opacity]) => el('stop', { offset, 'stop-color': color, 'stop-opacity': opacity })).join('');
}

/**
 * One picture being drawn. Leaves carry `fill-opacity`/`stroke-opacity` rather than `opacity`: librsvg renders
 * every element or group with `opacity` through an offscreen surface, which made early drafts five times slower.
 */
export class Canvas {
  readonly w = COVER_WIDTH;
  readonly h = COVER_HEIGHT;
  private readonly defs: string[] = [];
  private readonly parts: string[] = [];
  private ids = 0;

  constructor(readonly rand: Rand) {}

  add(...parts: string[]): this {
    this.parts.push(...parts);
    return this;
  }

  define(name: string, attrs: Attrs, children: string): string {
    const id = `d${++this.ids}`;
    this.defs.push(el(name, { id, ...attrs }, children));
    return id;
  }

  /** A linear gradient across the shape's box, from one corner (0..1 units) to another; returns the fill. */
  linear(list: readonly Stop[], from: Point = [0, 0], to: Point = [0, 1]): string {
    return `url(#${this.define('linearGradient', { x1: from[0], y1: from[1], x2: to[0], y2: to[1] }, stops(list))})`;
  }

  /** A linear gradient in picture coordinates, for fills that must line up across several shapes. */
  linearAt(list: readonly Stop[], from: Point, to: Point): string {
    const attrs = { gradientUnits: 'userSpaceOnUse', x1: from[0], y1: from[1], x2: to[0], y2: to[1] };
    return `url(#${this.define('linearGradient', attrs, stops(list))})`;
  }

  radial(list: readonly Stop[], cx = 0.5, cy = 0.5, r = 0.5): string {
    return `url(#${this.define('radialGradient', { cx, cy, r }, stops(list))})`;
  }

  radialAt(list: readonly Stop[], cx: number, cy: number, r: number): string {
    return `url(#${this.define('radialGradient', { gradientUnits: 'userSpaceOnUse', cx, cy, r }, stops(list))})`;
  }

  /** A clip path from raw shapes; returns the attribute value. */
  clip(shapes: string): string {
    return `url(#${this.define('clipPath', {}, shapes)})`;
  }

  /**
   * A tiling pattern of raw shapes in a cell of the given size. Cells must be whole pixels at whole-pixel offsets:
   * librsvg resamples a fractional tile for every repeat, which made one carpet border take 130 ms.
   */
  pattern(width: number, height: number, shapes: string, offset: Point = [0, 0]): string {
    if (![width, height, ...offset].every(Number.isInteger)) throw new Error(`pattern cell ${width}×${height} at ${offset.join(',')} is not whole pixels`);
    const transform = offset[0] || offset[1] ? `translate(${offset[0]} ${offset[1]})` : undefined;
    const attrs = { width, height, patternUnits: 'userSpaceOnUse', patternTransform: transform };
    return `url(#${this.define('pattern', attrs, shapes)})`;
  }

  /** Fills the whole picture. */
  backdrop(fill: string): this {
    return this.add(el('rect', { width: this.w, height: this.h, fill }));
  }

  /**
   * A soft light: a disc fading from its colour to nothing. Radial gradients are the costly fill here (about 15 ns a
   * pixel against nearly nothing for linear ones), so glows stay small and wide light comes from `wash`.
   */
  glow(x: number, y: number, r: number, color: string, strength = 0.6): this {
    const fill = this.radialAt([[0, color, strength], [0.45, color, strength * 0.35], [1, color, 0]], x, y, r);
    return this.add(el('circle', { cx: x, cy: y, r, fill }));
  }

  /**
   * Printed halftone dots around a point, shrinking in steps to nothing at the given radius. Each step is a ring
   * filled with a tiled pattern: cheap, where hundreds of separate dots cost as much as the rest of a cover.
   */
  halftone(color: string, strength: number, centre: Point, radius: number, cell = 18, steps = 4): this {
    const [cx, cy] = centre;
    const h = Math.round(cell * Math.sqrt(3));
    const ring = (r: number) => `M${fmt(cx - r)} ${fmt(cy)}a${fmt(r)} ${fmt(r)} 0 1 0 ${fmt(2 * r)} 0a${fmt(r)} ${fmt(r)} 0 1 0 ${fmt(-2 * r)} 0`;
    for (let k = 0; k < steps; k++) {
      const dot = cell * 0.4 * (1 - (k + 0.5) / steps);
      const hex = discs([[0, 0, dot], [cell, 0, dot], [0, h, dot], [cell, h, dot], [cell / 2, h / 2, dot]]);
      const fill = this.pattern(cell, h, el('path', { d: hex, fill: color }));
      const inner = k ? ring((radius * k) / steps) : '';
      this.add(el('path', { d: ring((radius * (k + 1)) / steps) + inner, fill, 'fill-rule': 'evenodd', 'fill-opacity': strength }));
    }
    return this;
  }

  /** Light falling across the whole picture from one point towards another. */
  wash(color: string, strength: number, from: Point, to: Point): this {
    return this.add(el('rect', { width: this.w, height: this.h, fill: this.linearAt([[0, color, strength], [1, color, 0]], from, to) }));
  }

  /** Darkened edges, as a photograph has: draws the eye to the centre. Four linear bands, cheaper than a radial. */
  vignette(strength = 0.45, color = '#000'): this {
    const fade = (from: Point, to: Point) => this.linearAt([[0, color, strength], [1, color, 0]], from, to);
    return this.add(
      el('rect', { width: this.w, height: this.h * 0.3, fill: fade([0, 0], [0, this.h * 0.3]) }),
      el('rect', { y: this.h * 0.65, width: this.w, height: this.h * 0.35, fill: fade([0, this.h], [0, this.h * 0.65]) }),
      el('rect', { width: this.w * 0.22, height: this.h, fill: fade([0, 0], [this.w * 0.22, 0]) }),
      el('rect', { x: this.w * 0.78, width: this.w * 0.22, height: this.h, fill: fade([this.w, 0], [this.w * 0.78, 0]) }),
    );
  }

  svg(): string {
    const defs = this.defs.length ? `<defs>${this.defs.join('')}</defs>` : '';
    return (
      `<svg xmlns="http://www.w3.org/2000/svg" width="${this.w}" height="${this.h}" viewBox="0 0 ${this.w} ${this.h}">` +
      `${defs}${this.parts.join('')}</svg>`
    );
  }
}

/** Mixes two `#rrggbb` colours; t = 0 gives the first. */
export function mix(a: string, b: string, t: number): string {
  const pa = parseInt(a.slice(1), 16);
  const pb = parseInt(b.slice(1), 16);
  const channel = (shift: number) => Math.round(((pa >> shift) & 255) * (1 - t) + ((pb >> shift) & 255) * t);
  return `#${((channel(16) << 16) | (channel(8) << 8) | channel(0)).toString(16).padStart(6, '0')}`;
}
