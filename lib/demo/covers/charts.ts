import { el, fmt, polyline, smooth, type Box, type Canvas, type Point, type Rand } from './kit';

/** Market-chart building blocks for the economy covers: series, axes, lines, candles and bars. */

/** A random walk of n points from start to end (a Brownian bridge), so a story's last value is the one it quotes. */
export function bridge(rand: Rand, n: number, start: number, end: number, volatility: number): number[] {
  const walk = [0];
  for (let i = 1; i < n; i++) walk.push(walk[i - 1]! + rand.gauss() * volatility);
  const drift = walk[n - 1]! - (end - start);
  return walk.map((w, i) => start + w - (drift * i) / (n - 1));
}

export interface Candle {
  open: number;
  high: number;
  low: number;
  close: number;
}

export function candlesFrom(rand: Rand, closes: readonly number[], wick: number): Candle[] {
  return closes.map((close, i) => {
    const open = closes[i - 1] ?? close - wick;
    return {
      open,
      close,
      high: Math.max(open, close) + Math.abs(rand.gauss()) * wick,
      low: Math.min(open, close) - Math.abs(rand.gauss()) * wick,
    };
  });
}

export interface Scale {
  x(i: number): number;
  y(v: number): number;
  ticks: number[];
}

/** Round tick values (1, 2, 2.5 or 5 times a power of ten) around the data, with the plot's vertical mapping. */
export function scaleFor(values: readonly number[], box: Box, count: number, length: number, headroom = 0.12): Scale {
  const lo = Math.min(...values);
  const hi = Math.max(...values);
  const pad = (hi - lo || Math.abs(hi) * 0.01 || 1) * headroom;
  const raw = (hi - lo + 2 * pad) / count;
  const power = 10 ** Math.floor(Math.log10(raw));
  const step = ([1, 2, 2.5, 5, 10].find((m) => m * power >= raw) ?? 10) * power;
  const min = Math.floor((lo - pad) / step) * step;
  const max = Math.ceil((hi + pad) / step) * step;
  const ticks: number[] = [];
  for (let v = min; v <= max + step / 2; v += step) ticks.push(Number(v.toFixed(6)));
  return {
    x: (i) => box.x + (box.w * i) / Math.max(1, length - 1),
    y: (v) => box.y + box.h - ((v - min) / (max - min)) * box.h,
    ticks,
  };
}

/** Horizontal grid lines with their values on the right, and faint vertical lines. */
export function grid(c: Canvas, box: Box, scale: Scale, decimals: number, color = '#ffffff'): void {
  let lines = '';
  let labels = '';
  for (const tick of scale.ticks) {
    const y = scale.y(tick);
    lines += el('line', { x1: box.x, x2: box.x + box.w, y1: y, y2: y });
    labels += el('text', { x: box.x + box.w + 22, y: y + 8 }, tick.toFixed(decimals));
  }
  for (let i = 1; i < 8; i++) {
    const x = box.x + (box.w * i) / 8;
    lines += el('line', { x1: x, x2: x, y1: box.y, y2: box.y + box.h, 'stroke-dasharray': '2 10' });
  }
  c.add(el('g', { stroke: color, 'stroke-opacity': 0.1, 'stroke-width': 1.5 }, lines));
  c.add(el('g', { fill: color, 'fill-opacity': 0.55, 'font-family': 'sans-serif', 'font-size': 24 }, labels));
}

/** The last value, highlighted: rings, a dashed guide to the axis and a marker there with the value. */
export function lastPoint(c: Canvas, point: Point, box: Box, accent: string, ink: string, label?: string): void {
  const [x, y] = point;
  const left = box.x + box.w + 8;
  c.glow(x, y, 140, accent, 0.35);
  if (label) {
    const width = 26 + label.length * 15;
    c.add(
      el('line', { x1: x, x2: left, y1: y, y2: y, stroke: accent, 'stroke-width': 2, 'stroke-dasharray': '6 8' }),
      el('path', { d: `M${fmt(left)} ${fmt(y)}l16 -20h${width}a8 8 0 0 1 8 8v24a8 8 0 0 1 -8 8h-${width}z`, fill: accent }),
      el('text', { x: left + 22, y: y + 9, fill: ink, 'font-family': 'sans-serif', 'font-size': 25, 'font-weight': 'bold' }, label),
    );
  }
  c.add(
    el('circle', { cx: x, cy: y, r: 44, fill: 'none', stroke: accent, 'stroke-opacity': 0.18, 'stroke-width': 2 }),
    el('circle', { cx: x, cy: y, r: 24, fill: 'none', stroke: accent, 'stroke-opacity': 0.45, 'stroke-width': 3 }),
    el('circle', { cx: x, cy: y, r: 11, fill: accent, stroke: ink, 'stroke-width': 4 }),
  );
}

/** A line with a soft under-glow and a gradient area down to the plot's floor. */
export function lineChart(c: Canvas, values: readonly number[], box: Box, scale: Scale, accent: string, curved = true): Point[] {
  const points = values.map((v, i): Point => [scale.x(i), scale.y(v)]);
  const d = curved ? smooth(points, 0.35) : polyline(points);
  const last = points[points.length - 1]!;
  const floor = box.y + box.h;
  c.add(
    el('path', {
      d: `${d}L${fmt(last[0])} ${fmt(floor)}L${fmt(box.x)} ${fmt(floor)}Z`,
      fill: c.linear([[0, accent, 0.42], [0.6, accent, 0.1], [1, accent, 0]]),
    }),
    el('path', { d, fill: 'none', stroke: accent, 'stroke-opacity': 0.18, 'stroke-width': 18, 'stroke-linejoin': 'round' }),
    el('path', { d, fill: 'none', stroke: accent, 'stroke-width': 5, 'stroke-linejoin': 'round', 'stroke-linecap': 'round' }),
  );
  return points;
}

export function candleChart(c: Canvas, candles: readonly Candle[], scale: Scale, up: string, down: string): Point {
  const width = (scale.x(1) - scale.x(0)) * 0.62;
  let rising = '';
  let falling = '';
  for (const [i, k] of candles.entries()) {
    const x = scale.x(i);
    const top = scale.y(Math.max(k.open, k.close));
    const height = Math.max(3, scale.y(Math.min(k.open, k.close)) - top);
    const shape =
      el('line', { x1: x, x2: x, y1: scale.y(k.high), y2: scale.y(k.low) }) +
      el('rect', { x: x - width / 2, y: top, width, height, rx: 2 });
    if (k.close >= k.open) rising += shape;
    else falling += shape;
  }
  c.add(
    el('g', { fill: up, stroke: up, 'stroke-width': 3 }, rising),
    el('g', { fill: down, stroke: down, 'stroke-width': 3 }, falling),
  );
  const last = candles[candles.length - 1]!;
  return [scale.x(candles.length - 1), scale.y(last.close)];
}

/** Rounded columns from zero in a vertical gradient; the last one is lit in the accent colour. Returns its top. */
export function barChart(c: Canvas, values: readonly number[], box: Box, scale: Scale, color: string, accent: string, baseline = '#ffffff'): Point {
  const slot = box.w / values.length;
  const width = slot * 0.58;
  const body = c.linear([[0, color, 0.95], [1, color, 0.35]]);
  const lit = c.linear([[0, accent], [1, accent, 0.55]]);
  const floor = scale.y(0);
  let top: Point = [box.x, box.y];
  for (const [i, v] of values.entries()) {
    const y = scale.y(v);
    const x = box.x + slot * i + (slot - width) / 2;
    const isLast = i === values.length - 1;
    c.add(el('rect', { x, y, width, height: floor - y, rx: Math.min(10, width / 4), fill: isLast ? lit : body }));
    if (isLast) top = [x + width / 2, y];
  }
  c.add(el('line', { x1: box.x - 10, x2: box.x + box.w + 10, y1: floor, y2: floor, stroke: baseline, 'stroke-opacity': 0.35, 'stroke-width': 3 }));
  return top;
}

/** A scale for columns: from zero to a round number above the tallest. */
export function barScale(values: readonly number[], box: Box, count: number): Scale {
  return scaleFor([0, Math.max(...values) * 1.05], box, count, values.length, 0);
}
