import { el, fmt, type Canvas } from './kit';

/** Objects set beside the charts and globes: pumpjacks, platforms, barrels, bullion, banks, freight. */

/** A pumpjack silhouette standing on y, about 620 × 400 at scale 1. */
export function pumpjack(x: number, y: number, scale: number, color: string, alpha: number): string {
  const t = `translate(${fmt(x)} ${fmt(y)}) scale(${scale})`;
  const beam = 'rotate(-6 250 -300)';
  return el(
    'g',
    { transform: t, fill: color, 'fill-opacity': alpha, stroke: color, 'stroke-opacity': alpha, 'stroke-linecap': 'round' },
    el('rect', { x: -60, y: -22, width: 660, height: 22, stroke: 'none' }) +
      el('path', { d: 'M170 -22L250 -300L330 -22', fill: 'none', 'stroke-width': 22 }) +
      el('path', { d: 'M205 -150H295', 'stroke-width': 12 }) +
      el(
        'g',
        { transform: beam },
        el('rect', { x: 40, y: -318, width: 470, height: 30, rx: 6, stroke: 'none' }) +
          el('path', { d: 'M40 -340C-10 -330 -20 -260 10 -200L40 -200L60 -300Z', stroke: 'none' }) +
          el('path', { d: 'M500 -303L480 -130', fill: 'none', 'stroke-width': 14 }),
      ) +
      el('path', { d: 'M8 -205V-22', fill: 'none', 'stroke-width': 5 }) +
      el('rect', { x: -20, y: -70, width: 56, height: 48, rx: 6, stroke: 'none' }) +
      el('rect', { x: 420, y: -120, width: 120, height: 98, rx: 8, stroke: 'none' }) +
      el('circle', { cx: 480, cy: -130, r: 62, stroke: 'none' }),
  );
}

/** An offshore platform on its legs, with a derrick and a flare; the water line is y. */
export function platform(c: Canvas, x: number, y: number, scale: number, color: string, flame: string): void {
  const t = `translate(${fmt(x)} ${fmt(y)}) scale(${scale})`;
  let lattice = '';
  for (let i = 0; i < 6; i++) {
    const a = -170 - i * 45;
    const half = 70 - i * 10;
    lattice += `M${-half} ${a}L${half - 10} ${a - 45}M${half} ${a}L${-half + 10} ${a - 45}`;
  }
  c.add(
    el(
      'g',
      { transform: t, fill: color, stroke: color },
      el('path', { d: 'M-230 160L-200 0M230 160L200 0M-80 160L-70 0M80 160L70 0', 'stroke-width': 16, fill: 'none' }) +
        el('path', { d: 'M-215 90H215M-205 40H205', 'stroke-width': 7, fill: 'none' }) +
        el('rect', { x: -260, y: -40, width: 520, height: 44, stroke: 'none' }) +
        el('rect', { x: -240, y: -110, width: 200, height: 72, stroke: 'none' }) +
        el('rect', { x: 60, y: -90, width: 150, height: 52, stroke: 'none' }) +
        el('path', { d: 'M-70 -40L-8 -460L8 -460L70 -40', 'stroke-width': 10, fill: 'none' }) +
        el('path', { d: lattice, 'stroke-width': 4, fill: 'none' }) +
        el('path', { d: 'M200 -90L300 -300L420 -380', 'stroke-width': 9, fill: 'none' }) +
        el('path', { d: 'M130 -90L190 -220', 'stroke-width': 9, fill: 'none' }),
    ),
  );
  const fx = x + 420 * scale;
  const fy = y - 380 * scale;
  c.glow(fx, fy - 30 * scale, 220 * scale, flame, 0.55);
  c.add(
    el('path', {
      d: `M${fmt(fx)} ${fmt(fy)}c${fmt(-30 * scale)} ${fmt(-30 * scale)} ${fmt(-10 * scale)} ${fmt(-70 * scale)} ${fmt(10 * scale)} ${fmt(-100 * scale)}c${fmt(0)} ${fmt(40 * scale)} ${fmt(40 * scale)} ${fmt(50 * scale)} ${fmt(-10 * scale)} ${fmt(100 * scale)}z`,
      fill: flame,
    }),
  );
}

/** An oil drum seen slightly from above, lit from the left. */
export function barrel(c: Canvas, x: number, y: number, w: number, body: string, dark: string): void {
  const h = w * 1.35;
  const ry = w * 0.16;
  const side = c.linear([[0, dark], [0.3, body], [0.45, '#ffffff', 0.9], [0.55, body], [1, dark]], [0, 0], [1, 0]);
  const rib = (yy: number) => `M${fmt(x)} ${fmt(yy)}A${fmt(w / 2)} ${fmt(ry)} 0 0 0 ${fmt(x + w)} ${fmt(yy)}`;
  c.add(
    el('path', { d: `M${fmt(x)} ${fmt(y - h)}V${fmt(y)}A${fmt(w / 2)} ${fmt(ry)} 0 0 0 ${fmt(x + w)} ${fmt(y)}V${fmt(y - h)}Z`, fill: side }),
    el('path', { d: rib(y - h * 0.33) + rib(y - h * 0.66), fill: 'none', stroke: dark, 'stroke-width': w * 0.03, 'stroke-opacity': 0.8 }),
    el('ellipse', { cx: x + w / 2, cy: y - h, rx: w / 2, ry, fill: dark }),
    el('ellipse', { cx: x + w / 2, cy: y - h, rx: w / 2 - w * 0.04, ry: ry * 0.8, fill: body }),
    el('circle', { cx: x + w * 0.7, cy: y - h, r: w * 0.05, fill: dark }),
  );
}

/** A bullion bar: a trapezoid prism lit from above. */
export function ingot(c: Canvas, x: number, y: number, w: number, tone: 'gold' | 'silver'): void {
  const h = w * 0.3;
  const inset = w * 0.1;
  const [dx, dy] = [w * 0.28, w * 0.2];
  const palette =
    tone === 'gold'
      ? { top: ['#fff1b8', '#f4c54d'], front: ['#e7b13a', '#a8700f'], side: ['#b7801a', '#6d4506'] }
      : { top: ['#ffffff', '#cfd6de'], front: ['#c5ccd4', '#7d8791'], side: ['#8c96a0', '#4c555e'] };
  const face = (pts: string, colors: string[]) => el('path', { d: `M${pts}Z`, fill: c.linear([[0, colors[0]!], [1, colors[1]!]]) });
  c.add(
    face(`${fmt(x)} ${fmt(y)}L${fmt(x + w)} ${fmt(y)}L${fmt(x + w - inset)} ${fmt(y - h)}L${fmt(x + inset)} ${fmt(y - h)}`, palette.front),
    face(
      `${fmt(x + w)} ${fmt(y)}L${fmt(x + w + dx)} ${fmt(y - dy)}L${fmt(x + w - inset + dx * 0.8)} ${fmt(y - h - dy)}L${fmt(x + w - inset)} ${fmt(y - h)}`,
      palette.side,
    ),
    face(
      `${fmt(x + inset)} ${fmt(y - h)}L${fmt(x + w - inset)} ${fmt(y - h)}L${fmt(x + w - inset + dx * 0.8)} ${fmt(y - h - dy)}L${fmt(x + inset + dx * 0.8)} ${fmt(y - h - dy)}`,
      palette.top,
    ),
  );
}

/** A pyramid of bullion bars, bottom row first. */
export function ingotStack(c: Canvas, x: number, y: number, w: number, rows: number, tone: 'gold' | 'silver'): void {
  for (let row = 0; row < rows; row++) {
    const count = rows - row;
    const offset = (row * w * 1.08) / 2 + row * w * 0.1;
    for (let i = count - 1; i >= 0; i--) ingot(c, x + offset + i * w * 1.08, y - row * w * 0.36 - row * w * 0.05, w, tone);
  }
}

/** A stack of coins seen from the side, with a face-up coin on top. */
export function coinStack(c: Canvas, x: number, y: number, r: number, count: number, tone: 'gold' | 'silver'): void {
  const [light, mid, dark] = tone === 'gold' ? ['#ffe9a3', '#e2ad35', '#8a5b0b'] : ['#ffffff', '#c3cad2', '#5f6973'];
  const edge = c.linear([[0, dark], [0.35, mid], [0.5, light], [0.7, mid], [1, dark]], [0, 0], [1, 0]);
  const face = c.radial([[0, light], [0.7, mid], [1, dark]], 0.4, 0.35, 0.7);
  const ry = r * 0.32;
  const step = r * 0.16;
  for (let i = 0; i < count; i++) {
    const cy = y - i * step;
    const jitter = Math.sin(i * 2.3) * r * 0.05;
    c.add(
      el('path', {
        d: `M${fmt(x - r + jitter)} ${fmt(cy - step)}V${fmt(cy)}A${fmt(r)} ${fmt(ry)} 0 0 0 ${fmt(x + r + jitter)} ${fmt(cy)}V${fmt(cy - step)}Z`,
        fill: edge,
        stroke: dark,
        'stroke-width': 1.5,
      }),
    );
  }
  const top = y - count * step;
  c.add(
    el('ellipse', { cx: x, cy: top, rx: r, ry, fill: face, stroke: dark, 'stroke-width': 2 }),
    el('ellipse', { cx: x, cy: top, rx: r * 0.78, ry: ry * 0.78, fill: 'none', stroke: dark, 'stroke-opacity': 0.5, 'stroke-width': 3 }),
  );
}

/** A classical bank front: steps, six columns, entablature and pediment, centred on x, standing on y. */
export function bankFacade(c: Canvas, x: number, y: number, w: number, stone: string, shade: string): void {
  const column = c.linear([[0, shade], [0.35, stone], [0.55, '#ffffff'], [1, shade]], [0, 0], [1, 0]);
  const flat = c.linear([[0, stone], [1, shade]]);
  const left = x - w / 2;
  let parts = '';
  for (let i = 0; i < 3; i++) parts += el('rect', { x: left - 30 - i * 22, y: y - 22 * (i + 1), width: w + 60 + i * 44, height: 22, fill: i % 2 ? shade : stone });
  const base = y - 66;
  const colH = w * 0.5;
  const colW = w * 0.075;
  for (let i = 0; i < 6; i++) {
    const cx = left + w * 0.08 + (i * (w * 0.84 - colW)) / 5;
    parts += el('rect', { x: cx, y: base - colH, width: colW, height: colH, fill: column });
    parts += el('rect', { x: cx - colW * 0.18, y: base - colH - 16, width: colW * 1.36, height: 16, fill: stone });
    parts += el('rect', { x: cx - colW * 0.18, y: base - 12, width: colW * 1.36, height: 12, fill: shade });
  }
  const top = base - colH - 16;
  parts += el('rect', { x: left, y: top - 60, width: w, height: 60, fill: flat });
  parts += el('rect', { x: left - 14, y: top - 74, width: w + 28, height: 16, fill: stone });
  parts += el('path', { d: `M${fmt(left - 24)} ${fmt(top - 74)}L${fmt(x)} ${fmt(top - 74 - w * 0.2)}L${fmt(left + w + 24)} ${fmt(top - 74)}Z`, fill: stone });
  parts += el('path', { d: `M${fmt(left + 40)} ${fmt(top - 86)}L${fmt(x)} ${fmt(top - 74 - w * 0.2 + 26)}L${fmt(left + w - 40)} ${fmt(top - 86)}Z`, fill: shade });
  parts += el('circle', { cx: x, cy: top - 74 - w * 0.07, r: w * 0.035, fill: stone });
  c.add(parts);
}

/** Shipping containers: corrugated boxes in a stack of rows. */
export function containers(c: Canvas, x: number, y: number, cw: number, layout: readonly (readonly string[])[]): void {
  const ch = cw * 0.42;
  const ribs = c.pattern(14, 20, el('rect', { width: 6, height: 20, fill: '#000', 'fill-opacity': 0.16 }));
  for (const [row, colors] of layout.entries()) {
    const shift = (row % 2) * cw * 0.35;
    for (const [i, color] of colors.entries()) {
      const bx = x + shift + i * (cw + 8);
      const by = y - (row + 1) * (ch + 6);
      c.add(
        el('rect', { x: bx, y: by, width: cw, height: ch, rx: 3, fill: color }),
        el('rect', { x: bx, y: by, width: cw, height: ch, rx: 3, fill: ribs }),
        el('rect', { x: bx, y: by, width: cw, height: ch * 0.12, fill: '#ffffff', 'fill-opacity': 0.18 }),
        el('path', { d: `M${fmt(bx + cw * 0.82)} ${fmt(by + ch * 0.15)}V${fmt(by + ch * 0.88)}`, stroke: '#000', 'stroke-opacity': 0.3, 'stroke-width': 4 }),
      );
    }
  }
}

/** A train of tank wagons on a track at y, running to the right from x: cylinders with domes, walkways and bogies. */
export function tankTrain(c: Canvas, x: number, y: number, cars: number, length: number, body: string, stripe: string): void {
  const h = length * 0.27;
  const shell = c.linear([[0, '#ffffff', 0.85], [0.12, body], [0.55, body], [0.85, '#05070a'], [1, '#05070a']]);
  const cap = c.linear([[0, '#ffffff', 0.5], [0.3, body], [1, '#05070a']]);
  let track = el('rect', { x: 0, y: y + 4, width: c.w, height: 10, fill: '#7b8794' });
  for (let sx = 0; sx < c.w; sx += 30) track += el('rect', { x: sx, y: y + 14, width: 18, height: 9, fill: '#2b2118' });
  c.add(el('rect', { x: 0, y: y + 20, width: c.w, height: c.h - y - 20, fill: '#1a1410' }), track);
  for (let i = 0; i < cars; i++) {
    const left = x + i * (length + 30);
    const top = y - 58 - h;
    let car = el('rect', { x: left + 8, y: y - 60, width: length - 16, height: 16, fill: '#15181c' });
    for (const bx of [0.18, 0.82]) {
      const cx = left + length * bx;
      car += el('rect', { x: cx - 62, y: y - 46, width: 124, height: 18, rx: 4, fill: '#22272e' });
      for (const dx of [-34, 34]) {
        car += el('circle', { cx: cx + dx, cy: y - 18, r: 22, fill: '#0d0f12', stroke: '#9aa4ae', 'stroke-width': 5 });
        car += el('circle', { cx: cx + dx, cy: y - 18, r: 6, fill: '#9aa4ae' });
      }
    }
    car += el('rect', { x: left, y: top, width: length, height: h, rx: h * 0.42, fill: shell });
    car += el('ellipse', { cx: left + h * 0.3, cy: top + h / 2, rx: h * 0.2, ry: h * 0.48, fill: cap, 'fill-opacity': 0.6 });
    car += el('rect', { x: left + h * 0.5, y: top + h * 0.58, width: length - h, height: h * 0.09, fill: stripe });
    car += el('rect', { x: left + length / 2 - 34, y: top - 20, width: 68, height: 24, rx: 8, fill: c.linear([[0, '#6b7480'], [1, '#1c2026']]) });
    car += el('path', { d: `M${fmt(left + 40)} ${fmt(top - 2)}H${fmt(left + length - 40)}M${fmt(left + 40)} ${fmt(top - 16)}H${fmt(left + length - 40)}`, stroke: '#aab4be', 'stroke-width': 3 });
    car += el('path', { d: `M${fmt(left + length / 2 + 60)} ${fmt(top - 16)}V${fmt(y - 60)}M${fmt(left + length / 2 + 80)} ${fmt(top - 16)}V${fmt(y - 60)}`, stroke: '#aab4be', 'stroke-width': 3 });
    if (i < cars - 1) car += el('rect', { x: left + length - 6, y: y - 56, width: 42, height: 8, fill: '#15181c' });
    c.add(car);
  }
}

/** A four-pointed glint, as light catches metal. */
export function glint(x: number, y: number, r: number, color: string): string {
  const k = r * 0.18;
  return el('path', {
    d: `M${fmt(x)} ${fmt(y - r)}Q${fmt(x + k)} ${fmt(y - k)} ${fmt(x + r)} ${fmt(y)}Q${fmt(x + k)} ${fmt(y + k)} ${fmt(x)} ${fmt(y + r)}Q${fmt(x - k)} ${fmt(y + k)} ${fmt(x - r)} ${fmt(y)}Q${fmt(x - k)} ${fmt(y - k)} ${fmt(x)} ${fmt(y - r)}Z`,
    fill: color,
  });
}
