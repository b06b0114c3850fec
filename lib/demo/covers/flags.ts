import { el, fmt, type Canvas, type Point } from './kit';

/** National flags of the stories' countries, drawn waving: horizontal edges follow a sine, folds are shaded. */

export type FlagKind = 'azerbaijan' | 'turkey' | 'kazakhstan' | 'georgia' | 'eu';

export const AZ_BLUE = '#00b5e2';
export const AZ_RED = '#ef3340';
export const AZ_GREEN = '#509e2f';

interface Wave {
  x: number;
  y: number;
  w: number;
  h: number;
  amplitude: number;
  phase: number;
}

/** The flag cloth's vertical offset at a distance along it: the hoist is held still, the fly moves most. */
function sway(wave: Wave, dx: number): number {
  const t = dx / wave.w;
  return wave.amplitude * t * Math.sin(t * Math.PI * 2.2 + wave.phase);
}

/** A horizontal band of the cloth between two heights (0..1 of its height), following the wave. */
function band(wave: Wave, from: number, to: number, fill: string): string {
  const steps = 24;
  const edge = (v: number, reverse: boolean) => {
    const out: string[] = [];
    for (let i = 0; i <= steps; i++) {
      const k = reverse ? steps - i : i;
      const dx = (wave.w * k) / steps;
      out.push(`${fmt(wave.x + dx)} ${fmt(wave.y + v * wave.h + sway(wave, dx))}`);
    }
    return out;
  };
  return el('path', { d: `M${edge(from, false).join('L')}L${edge(to, true).join('L')}Z`, fill });
}

export function star(cx: number, cy: number, points: number, outer: number, inner: number, rotation = -Math.PI / 2): string {
  const d: string[] = [];
  for (let i = 0; i < points * 2; i++) {
    const r = i % 2 ? inner : outer;
    const a = rotation + (i * Math.PI) / points;
    d.push(`${fmt(cx + r * Math.cos(a))} ${fmt(cy + r * Math.sin(a))}`);
  }
  return `M${d.join('L')}Z`;
}

/** A crescent opening to the right, as on the Azerbaijani and Turkish flags. */
function crescent(cx: number, cy: number, r: number, cut: number, shift: number, fill: string, ground: string): string {
  return el('circle', { cx, cy, r, fill }) + el('circle', { cx: cx + shift, cy, r: cut, fill: ground });
}

function emblem(kind: FlagKind, wave: Wave): string {
  const at = (u: number, v: number): Point => [wave.x + u * wave.w, wave.y + v * wave.h + sway(wave, u * wave.w)];
  const h = wave.h;
  switch (kind) {
    case 'azerbaijan': {
      const [cx, cy] = at(0.47, 0.5);
      return crescent(cx, cy, h * 0.15, h * 0.125, h * 0.04, '#ffffff', AZ_RED) + el('path', { d: star(cx + h * 0.13, cy, 8, h * 0.065, h * 0.03), fill: '#ffffff' });
    }
    case 'turkey': {
      const [cx, cy] = at(0.36, 0.5);
      return crescent(cx, cy, h * 0.25, h * 0.2, h * 0.0625, '#ffffff', '#e30a17') + el('path', { d: star(cx + h * 0.25, cy, 5, h * 0.125, h * 0.05, Math.PI), fill: '#ffffff' });
    }
    case 'kazakhstan': {
      const [cx, cy] = at(0.52, 0.42);
      let rays = '';
      for (let i = 0; i < 32; i++) {
        const a = (i * Math.PI) / 16;
        rays += `M${fmt(cx + Math.cos(a) * h * 0.17)} ${fmt(cy + Math.sin(a) * h * 0.17)}L${fmt(cx + Math.cos(a + 0.05) * h * 0.24)} ${fmt(cy + Math.sin(a + 0.05) * h * 0.24)}`;
      }
      const [ox, oy] = at(0.06, 0.5);
      return (
        el('path', { d: rays, stroke: '#fec50c', 'stroke-width': h * 0.025 }) +
        el('circle', { cx, cy, r: h * 0.14, fill: '#fec50c' }) +
        el('path', { d: `M${fmt(ox)} ${fmt(oy - h * 0.45)}V${fmt(oy + h * 0.45)}`, stroke: '#fec50c', 'stroke-width': h * 0.05, 'stroke-dasharray': `${fmt(h * 0.06)} ${fmt(h * 0.03)}` })
      );
    }
    case 'georgia': {
      let out = '';
      for (const [u, v] of [[0.2, 0.2], [0.8, 0.2], [0.2, 0.8], [0.8, 0.8]] as const) {
        const [cx, cy] = at(u, v);
        out += el('path', { d: `M${fmt(cx - h * 0.09)} ${fmt(cy)}H${fmt(cx + h * 0.09)}M${fmt(cx)} ${fmt(cy - h * 0.09)}V${fmt(cy + h * 0.09)}`, stroke: '#ff0000', 'stroke-width': h * 0.05 });
      }
      const [x0, top] = at(0.45, 0);
      const [x1] = at(0.55, 0);
      const [, bottom] = at(0.5, 1);
      return out + el('path', { d: `M${fmt(x0)} ${fmt(top)}H${fmt(x1)}V${fmt(bottom)}H${fmt(x0)}Z`, fill: '#ff0000' });
    }
    case 'eu': {
      let out = '';
      const [cx, cy] = at(0.5, 0.5);
      for (let i = 0; i < 12; i++) {
        const a = (i * Math.PI) / 6;
        out += el('path', { d: star(cx + Math.cos(a) * h * 0.33, cy + Math.sin(a) * h * 0.33, 5, h * 0.055, h * 0.022), fill: '#ffdd00' });
      }
      return out;
    }
  }
}

function cloth(kind: FlagKind, wave: Wave): string {
  switch (kind) {
    case 'azerbaijan':
      return band(wave, 0, 1 / 3, AZ_BLUE) + band(wave, 1 / 3, 2 / 3, AZ_RED) + band(wave, 2 / 3, 1, AZ_GREEN);
    case 'turkey':
      return band(wave, 0, 1, '#e30a17');
    case 'kazakhstan':
      return band(wave, 0, 1, '#00afca');
    case 'georgia':
      return band(wave, 0, 1, '#ffffff') + band(wave, 0.4, 0.6, '#ff0000');
    case 'eu':
      return band(wave, 0, 1, '#003399');
  }
}

/** A flag on a pole whose top is (x, y); the cloth is w wide and flies to the right. */
export function flag(c: Canvas, kind: FlagKind, x: number, y: number, w: number, pole: number, phase = 0): void {
  const wave: Wave = { x: x + 6, y: y + 10, w, h: w * 0.55, amplitude: w * 0.09, phase };
  // Folds: light and shade that repeat with the wave, laid over the cloth.
  const folds = c.linear(
    Array.from({ length: 9 }, (_, i) => [i / 8, i % 2 ? '#000000' : '#ffffff', i % 2 ? 0.22 : 0.16] as const),
    [0, 0],
    [1, 0],
  );
  c.add(
    el('rect', { x: x - 4, y, width: 10, height: pole, rx: 4, fill: c.linear([[0, '#f2f2f2'], [1, '#8a8f96']], [0, 0], [1, 0]) }),
    el('circle', { cx: x + 1, cy: y - 4, r: 10, fill: '#e8c66a' }),
    cloth(kind, wave),
    emblem(kind, wave),
    band(wave, 0, 1, folds),
  );
}
