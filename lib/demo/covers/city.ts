import { el, fmt, mix, type Canvas } from './kit';

/** Baku and its people for the society, politics and sport covers: skyline, Flame Towers, figures. */

/** One flame-shaped tower: curved flanks rising to an off-centre point. */
function flameTower(x: number, base: number, w: number, h: number, lean: number): string {
  const tip = x + w * (0.5 + lean);
  return (
    `M${fmt(x)} ${fmt(base)}` +
    `C${fmt(x - w * 0.08)} ${fmt(base - h * 0.45)} ${fmt(tip - w * 0.55)} ${fmt(base - h * 0.8)} ${fmt(tip)} ${fmt(base - h)}` +
    `C${fmt(tip + w * 0.3)} ${fmt(base - h * 0.75)} ${fmt(x + w * 1.06)} ${fmt(base - h * 0.45)} ${fmt(x + w)} ${fmt(base)}Z`
  );
}

/**
 * The three Flame Towers on their hill, centred on x; `lit` gives them the fire colours of their evening facades.
 * Returns nothing: draws into the canvas.
 */
export function flameTowers(c: Canvas, x: number, base: number, scale: number, lit: boolean): void {
  const tones = lit
    ? [['#ffe08a', '#ff8c3a', '#c0281f'], ['#ffd36b', '#ff6f2c', '#a81c1c'], ['#fff0a8', '#ff9a3c', '#d23a22']]
    : [['#dcefff', '#6c9fd6', '#284a78'], ['#c4e0ff', '#5284bd', '#1f3c66'], ['#e8f4ff', '#7aaee2', '#2d5385']];
  const floors = c.pattern(20, Math.round(14 * scale), el('rect', { width: 20, height: 2, fill: lit ? '#fff3c4' : '#ffffff', 'fill-opacity': lit ? 0.35 : 0.25 }));
  const towers = [
    flameTower(x - 210 * scale, base, 115 * scale, 350 * scale, 0.12),
    flameTower(x + 95 * scale, base, 115 * scale, 320 * scale, -0.12),
    flameTower(x - 65 * scale, base, 130 * scale, 430 * scale, 0.04),
  ];
  for (const [i, d] of towers.entries()) {
    const [light, mid, dark] = tones[i]!;
    const glass = c.linear([[0, light!], [0.5, mid!], [1, dark!]], [0, 0], [1, 1]);
    c.add(el('path', { d, fill: glass, stroke: lit ? '#5a1410' : '#10223d', 'stroke-opacity': 0.6, 'stroke-width': 3 }), el('path', { d, fill: floors }));
  }
}

/** A row of city blocks along y, with lit windows; returns nothing. */
export function skyline(c: Canvas, y: number, from: number, to: number, heights: readonly [number, number], color: string, windows?: string): void {
  let x = from;
  let blocks = '';
  let lights = '';
  while (x < to) {
    const w = c.rand.range(50, 130);
    const h = c.rand.range(heights[0], heights[1]);
    blocks += el('rect', { x, y: y - h, width: w + 1, height: h + 2, fill: color });
    if (c.rand.chance(0.25)) blocks += el('rect', { x: x + w * 0.3, y: y - h - 24, width: w * 0.4, height: 26, fill: color });
    if (windows) {
      for (let wy = y - h + 16; wy < y - 12; wy += 22) {
        for (let wx = x + 10; wx < x + w - 14; wx += 18) {
          if (c.rand.chance(0.32)) lights += el('rect', { x: wx, y: wy, width: 8, height: 11 });
        }
      }
    }
    x += w;
  }
  c.add(blocks);
  if (windows) c.add(el('g', { fill: windows, 'fill-opacity': 0.75 }, lights));
}

/** A person as a rounded figure: a head and shoulders, standing on y. */
export function figure(x: number, y: number, height: number, body: string, head: string): string {
  const w = height * 0.34;
  const top = y - height * 0.72;
  return (
    el('path', {
      d: `M${fmt(x - w / 2)} ${fmt(y)}V${fmt(top + w * 0.5)}A${fmt(w / 2)} ${fmt(w / 2)} 0 0 1 ${fmt(x + w / 2)} ${fmt(top + w * 0.5)}V${fmt(y)}Z`,
      fill: body,
    }) + el('circle', { cx: x, cy: top - height * 0.13, r: height * 0.12, fill: head })
  );
}

/** A crowd of rounded figures in depth: smaller and paler towards the back. */
export function crowd(c: Canvas, ground: number, count: number, colors: readonly string[], haze: string, size: readonly [number, number]): void {
  const people = Array.from({ length: count }, () => ({ x: c.rand.range(-40, c.w + 40), depth: c.rand() }));
  people.sort((a, b) => a.depth - b.depth);
  for (const p of people) {
    const height = size[0] + (size[1] - size[0]) * p.depth;
    const fade = 0.6 * (1 - p.depth);
    const body = mix(c.rand.pick(colors), haze, fade);
    c.add(figure(p.x, ground + 40 * p.depth, height, body, mix('#e0b48f', haze, fade)));
  }
}
