import { star } from './flags';
import { el, fmt, rectPath, type Box, type Canvas } from './kit';

/** An Azerbaijani carpet after the Caucasian pile-carpet tradition: stepped medallions, a starred field, borders. */

export interface CarpetPalette {
  field: string;
  border: string;
  ivory: string;
  accent: string;
  dark: string;
}

export const MADDER: CarpetPalette = { field: '#9e1b1b', border: '#1f2a5a', ivory: '#efe3c8', accent: '#d9a441', dark: '#2a0e0e' };
export const INDIGO: CarpetPalette = { field: '#1f2a5a', border: '#9e1b1b', ivory: '#efe3c8', accent: '#d9a441', dark: '#0d1230' };

/** A diamond with stepped edges, as knotted pile draws diagonals. */
export function steppedDiamond(cx: number, cy: number, rx: number, ry: number, steps: number): string {
  const [sx, sy] = [rx / steps, ry / steps];
  const pts: string[] = [];
  for (let i = 0; i < steps; i++) pts.push(`${fmt(cx + i * sx)} ${fmt(cy - ry + i * sy)}`, `${fmt(cx + (i + 1) * sx)} ${fmt(cy - ry + i * sy)}`);
  for (let i = 0; i < steps; i++) pts.push(`${fmt(cx + rx - i * sx)} ${fmt(cy + i * sy)}`, `${fmt(cx + rx - i * sx)} ${fmt(cy + (i + 1) * sy)}`);
  for (let i = 0; i < steps; i++) pts.push(`${fmt(cx - i * sx)} ${fmt(cy + ry - i * sy)}`, `${fmt(cx - (i + 1) * sx)} ${fmt(cy + ry - i * sy)}`);
  for (let i = 0; i < steps; i++) pts.push(`${fmt(cx - rx + i * sx)} ${fmt(cy - i * sy)}`, `${fmt(cx - rx + i * sx)} ${fmt(cy - (i + 1) * sy)}`);
  return `M${pts.join('L')}Z`;
}

/** The hooked medallion: nested stepped diamonds, hooks at the tips, an eight-pointed star at the heart. */
function medallion(cx: number, cy: number, rx: number, ry: number, p: CarpetPalette): string {
  let hooks = '';
  for (const [dx, dy] of [[0, -1], [0, 1], [-1, 0], [1, 0]] as const) {
    const [x, y] = [cx + dx * rx, cy + dy * ry];
    const k = Math.min(rx, ry) * 0.12;
    hooks += dy
      ? `M${fmt(x)} ${fmt(y)}V${fmt(y + dy * k * 1.6)}M${fmt(x - k)} ${fmt(y + dy * k * 2.4)}h${fmt(k * 2)}M${fmt(x - k)} ${fmt(y + dy * k * 2.4)}v${fmt(-dy * k)}M${fmt(x + k)} ${fmt(y + dy * k * 2.4)}v${fmt(-dy * k)}`
      : `M${fmt(x)} ${fmt(y)}H${fmt(x + dx * k * 1.6)}M${fmt(x + dx * k * 2.4)} ${fmt(y - k)}v${fmt(k * 2)}M${fmt(x + dx * k * 2.4)} ${fmt(y - k)}h${fmt(-dx * k)}M${fmt(x + dx * k * 2.4)} ${fmt(y + k)}h${fmt(-dx * k)}`;
  }
  return (
    el('path', { d: hooks, stroke: p.ivory, 'stroke-width': Math.min(rx, ry) * 0.06, fill: 'none' }) +
    el('path', { d: steppedDiamond(cx, cy, rx, ry, 9), fill: p.ivory }) +
    el('path', { d: steppedDiamond(cx, cy, rx * 0.86, ry * 0.86, 8), fill: p.border }) +
    el('path', { d: steppedDiamond(cx, cy, rx * 0.64, ry * 0.64, 6), fill: p.accent }) +
    el('path', { d: steppedDiamond(cx, cy, rx * 0.5, ry * 0.5, 5), fill: p.field }) +
    el('path', { d: star(cx, cy, 8, Math.min(rx, ry) * 0.36, Math.min(rx, ry) * 0.2, 0), fill: p.ivory }) +
    el('path', { d: star(cx, cy, 8, Math.min(rx, ry) * 0.2, Math.min(rx, ry) * 0.1, Math.PI / 8), fill: p.border })
  );
}

/** A band of running motifs (alternating stepped diamonds and bars) along a rectangle's edges. */
function border(c: Canvas, box: Box, width: number, p: CarpetPalette): void {
  const cell = Math.round(width * 1.4);
  const motif =
    el('rect', { width: cell, height: cell, fill: p.border }) +
    el('path', { d: steppedDiamond(cell / 2, cell / 2, cell * 0.36, cell * 0.36, 3), fill: p.accent }) +
    el('path', { d: steppedDiamond(cell / 2, cell / 2, cell * 0.16, cell * 0.16, 2), fill: p.field }) +
    el('path', { d: rectPath(0, 0, cell * 0.08, cell), fill: p.ivory });
  const fill = c.pattern(cell, cell, motif, [Math.round(box.x), Math.round(box.y)]);
  const { x, y, w, h } = box;
  c.add(
    el('path', { d: `${rectPath(x, y, w, h)}${rectPath(x + width, y + width, w - 2 * width, h - 2 * width)}`, fill, 'fill-rule': 'evenodd' }),
    el('path', { d: `${rectPath(x, y, w, h)}${rectPath(x + width, y + width, w - 2 * width, h - 2 * width)}`, fill: 'none', stroke: p.ivory, 'stroke-width': 4 }),
  );
}

/** The whole carpet in the box: border, guard stripes, a field of small stars and one to three medallions. */
export function carpet(c: Canvas, box: Box, p: CarpetPalette, medallions: number): void {
  const { x, y, w, h } = box;
  c.add(el('rect', { x, y, width: w, height: h, fill: p.dark }));
  const bw = Math.round(Math.min(w, h) * 0.09);
  border(c, box, bw, p);
  const inner = { x: x + bw + 10, y: y + bw + 10, w: w - 2 * bw - 20, h: h - 2 * bw - 20 };
  c.add(el('rect', { x: inner.x - 6, y: inner.y - 6, width: inner.w + 12, height: inner.h + 12, fill: 'none', stroke: p.accent, 'stroke-width': 6 }));
  const cell = Math.round(Math.min(inner.w, inner.h) / 7);
  const field = c.pattern(
    cell,
    cell,
    el('rect', { width: cell, height: cell, fill: p.field }) +
      el('path', { d: star(cell / 2, cell / 2, 8, cell * 0.16, cell * 0.08), fill: p.ivory, 'fill-opacity': 0.7 }) +
      el('path', { d: steppedDiamond(0, 0, cell * 0.14, cell * 0.14, 2) + steppedDiamond(cell, cell, cell * 0.14, cell * 0.14, 2), fill: p.accent, 'fill-opacity': 0.8 }),
    [Math.round(inner.x), Math.round(inner.y)],
  );
  c.add(el('rect', { x: inner.x, y: inner.y, width: inner.w, height: inner.h, fill: field }));
  const corner = Math.min(inner.w, inner.h) * 0.22;
  let corners = '';
  for (const [cx, cy, sx, sy] of [[inner.x, inner.y, 1, 1], [inner.x + inner.w, inner.y, -1, 1], [inner.x, inner.y + inner.h, 1, -1], [inner.x + inner.w, inner.y + inner.h, -1, -1]] as const) {
    corners += `M${fmt(cx)} ${fmt(cy)}h${fmt(sx * corner)}l${fmt(-sx * corner)} ${fmt(sy * corner)}Z`;
  }
  c.add(el('path', { d: corners, fill: p.border }));
  const horizontal = inner.w > inner.h;
  for (let i = 0; i < medallions; i++) {
    const t = (i + 0.5) / medallions;
    const [mx, my] = horizontal ? [inner.x + inner.w * t, inner.y + inner.h / 2] : [inner.x + inner.w / 2, inner.y + inner.h * t];
    const size = (horizontal ? inner.w / medallions : inner.h / medallions) * 0.42;
    c.add(medallion(mx, my, horizontal ? size : inner.w * 0.36, horizontal ? inner.h * 0.36 : size, p));
  }
}
