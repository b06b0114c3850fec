import { el, fmt, type Canvas } from './kit';

/** Land for the outdoor covers: jagged mountain ranges with snow, and woods of conifers and round-crowned trees. */

/** A range of peaks of irregular width and height whose bases sit around `base`; snow caps the tallest. */
export function mountainRange(c: Canvas, base: number, height: number, color: string, snow?: string): void {
  let ridge = `M-40 ${base}`;
  let caps = '';
  for (let x = -40; x < c.w + 40; ) {
    const w = c.rand.range(height * 0.7, height * 1.6);
    const peak = base - height * c.rand.range(0.55, 1);
    const saddle = base - height * c.rand.range(0.1, 0.4);
    const tip = x + w * c.rand.range(0.35, 0.65);
    ridge += `L${fmt(tip)} ${fmt(peak)}L${fmt(x + w)} ${fmt(saddle)}`;
    if (snow && base - peak > height * 0.7) {
      const k = (base - peak) * 0.22;
      caps += `M${fmt(tip - k * 0.8)} ${fmt(peak + k)}L${fmt(tip)} ${fmt(peak)}L${fmt(tip + k * 0.9)} ${fmt(peak + k * 1.1)}L${fmt(tip + k * 0.3)} ${fmt(peak + k * 0.7)}L${fmt(tip - k * 0.1)} ${fmt(peak + k * 1.2)}Z`;
    }
    x += w;
  }
  c.add(el('path', { d: `${ridge}L${c.w + 40} ${c.h}H-40Z`, fill: color }));
  if (caps) c.add(el('path', { d: caps, fill: snow }));
}

interface Wood {
  /** The ground line: where a tree at x stands. */
  ground: (x: number) => number;
  size: readonly [number, number];
  /** Trees per 100 px of width. */
  density: number;
  conifer: string;
  crowns: readonly string[];
  trunk: string;
  /** Share of conifers among the trees. */
  conifers: number;
}

/** A wood along a ground line, back to front: dark conifers among round crowns in the crowns' colours. */
export function woods(c: Canvas, wood: Wood): void {
  const count = Math.round((c.w / 100) * wood.density);
  const trees = Array.from({ length: count }, () => ({ x: c.rand.range(-30, c.w + 30), depth: c.rand(), conifer: c.rand.chance(wood.conifers) }));
  trees.sort((a, b) => a.depth - b.depth);
  let pines = '';
  let trunks = '';
  const crowns = wood.crowns.map(() => '');
  for (const t of trees) {
    const s = wood.size[0] + (wood.size[1] - wood.size[0]) * c.rand();
    const y = wood.ground(t.x) + t.depth * s * 0.6;
    if (t.conifer) {
      const w = s * 0.32;
      pines += `M${fmt(t.x)} ${fmt(y - s)}L${fmt(t.x + w * 0.7)} ${fmt(y - s * 0.5)}L${fmt(t.x + w * 0.4)} ${fmt(y - s * 0.5)}L${fmt(t.x + w)} ${fmt(y)}H${fmt(t.x - w)}L${fmt(t.x - w * 0.4)} ${fmt(y - s * 0.5)}L${fmt(t.x - w * 0.7)} ${fmt(y - s * 0.5)}Z`;
    } else {
      const [rx, ry] = [s * 0.3, s * 0.36];
      trunks += `M${fmt(t.x - s * 0.04)} ${fmt(y)}V${fmt(y - s * 0.45)}h${fmt(s * 0.08)}V${fmt(y)}Z`;
      const k = c.rand.int(0, crowns.length - 1);
      crowns[k] += `M${fmt(t.x - rx)} ${fmt(y - s * 0.62)}a${fmt(rx)} ${fmt(ry)} 0 1 0 ${fmt(2 * rx)} 0a${fmt(rx)} ${fmt(ry)} 0 1 0 ${fmt(-2 * rx)} 0`;
    }
  }
  c.add(el('path', { d: trunks, fill: wood.trunk }));
  crowns.forEach((d, k) => c.add(el('path', { d, fill: wood.crowns[k]! })));
  c.add(el('path', { d: pines, fill: wood.conifer }));
}
