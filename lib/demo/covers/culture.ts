import type { DemoArticle } from '../types';
import { carpet, INDIGO, MADDER, steppedDiamond } from './carpet';
import { flameTowers } from './city';
import { discs, el, fmt, polyline, type Canvas, type CoverArt, type Point } from './kit';

/** Culture covers: a tar over musical staves, a film strip in a projector's beam, carpets, a travel postcard. */

type Subject = CoverArt['subject'];

export function drawCulture(c: Canvas, article: DemoArticle): CoverArt {
  const tags = new Set(article.tags);
  let subject: Subject;
  if (tags.has('music')) subject = mugham(c);
  else if (tags.has('film')) subject = filmStrip(c);
  else if (tags.has('tourism') && tags.has('baku')) subject = carpetMuseum(c);
  else if (tags.has('tourism')) subject = postcard(c);
  else subject = carpetMuseum(c);
  return { svg: c.svg(), subject };
}

/** Five lines following a wave, with notes on them. */
function staff(c: Canvas, base: number, amplitude: number, phase: number, color: string): void {
  const gap = 16;
  const y = (x: number, line: number) => base + line * gap + amplitude * Math.sin(x / 260 + phase);
  let lines = '';
  for (let line = 0; line < 5; line++) lines += polyline(Array.from({ length: 41 }, (_, i): Point => [i * 40, y(i * 40, line)]));
  c.add(el('path', { d: lines, fill: 'none', stroke: color, 'stroke-opacity': 0.55, 'stroke-width': 2 }));
  let heads = '';
  let stems = '';
  let previous: Point | null = null;
  for (let x = c.rand.range(60, 140); x < c.w - 40; x += c.rand.range(70, 130)) {
    const step = c.rand.int(0, 8);
    const hy = y(x, 0) + step * (gap / 2);
    heads += el('ellipse', { cx: x, cy: hy, rx: 11, ry: 8, transform: `rotate(-20 ${fmt(x)} ${fmt(hy)})` });
    const top: Point = [x + 10, hy - 58];
    stems += `M${fmt(x + 10)} ${fmt(hy)}V${fmt(top[1])}`;
    if (previous && c.rand.chance(0.4)) stems += `M${fmt(previous[0])} ${fmt(previous[1])}L${fmt(top[0])} ${fmt(top[1])}`;
    previous = top;
  }
  c.add(el('g', { fill: color }, heads), el('path', { d: stems, stroke: color, 'stroke-width': 3 }));
}

/** The tar, the long-necked lute of mugham: a double bowl with a membrane, frets and pegs; about 7.4 units long. */
function tar(c: Canvas, x: number, y: number, scale: number, angle: number): void {
  const wood = c.linear([[0, '#c46a2b'], [0.5, '#8a3b12'], [1, '#4a1c08']], [0, 0], [1, 1]);
  let frets = '';
  for (let i = 0; i < 16; i++) frets += `M-0.14 ${fmt(-2.3 - i * 0.22)}h0.28`;
  let pegs = '';
  for (let i = 0; i < 3; i++) pegs += `M-0.2 ${fmt(-6.3 - i * 0.32)}h-0.28M0.2 ${fmt(-6.45 - i * 0.32)}h0.28`;
  c.add(
    el(
      'g',
      { transform: `translate(${fmt(x)} ${fmt(y)}) rotate(${fmt(angle)}) scale(${fmt(scale)})` },
      el('ellipse', { cx: 0.12, cy: 0.1, rx: 1.05, ry: 1.0, fill: '#000', 'fill-opacity': 0.35 }) +
        el('circle', { cx: 0, cy: -1.5, r: 0.72, fill: wood }) +
        el('circle', { cx: 0, cy: 0, r: 1, fill: wood }) +
        el('ellipse', { cx: 0, cy: -0.05, rx: 0.78, ry: 0.8, fill: '#f1e4c8' }) +
        el('ellipse', { cx: 0, cy: -1.5, rx: 0.42, ry: 0.46, fill: '#f1e4c8' }) +
        el('rect', { x: -0.14, y: -6.2, width: 0.28, height: 4.1, fill: '#3b1a0a' }) +
        el('path', { d: frets, stroke: '#e8d3a8', 'stroke-width': 0.03 }) +
        el('rect', { x: -0.2, y: -7.4, width: 0.4, height: 1.25, rx: 0.08, fill: '#5a260c' }) +
        el('path', { d: pegs, stroke: '#e8d3a8', 'stroke-width': 0.1, 'stroke-linecap': 'round' }) +
        el('rect', { x: -0.3, y: 0.35, width: 0.6, height: 0.1, fill: '#3b1a0a' }) +
        el('path', { d: 'M-0.06 0.4V-6.2M0 0.4V-6.2M0.06 0.4V-6.2', stroke: '#f8f1e0', 'stroke-width': 0.015 }),
    ),
  );
}

function mugham(c: Canvas): Subject {
  c.backdrop(c.radial([[0, '#4a0f1f'], [1, '#12030a']], 0.5, 0.4, 0.8));
  c.add(
    el('path', { d: 'M0 0H260C230 300 250 600 200 900H0Z', fill: c.linear([[0, '#7a0f24'], [0.5, '#b3203a'], [1, '#5a0a1a']], [0, 0], [1, 0]) }),
    el('path', { d: 'M1600 0H1340C1370 300 1350 600 1400 900H1600Z', fill: c.linear([[0, '#5a0a1a'], [0.5, '#b3203a'], [1, '#7a0f24']], [0, 0], [1, 0]) }),
    el('path', { d: 'M700 -10L900 -10L1250 900L350 900Z', fill: c.linear([[0, '#ffe9c2', 0.3], [1, '#ffe9c2', 0]]) }),
  );
  staff(c, 200, 60, c.rand.range(0, 6), '#f3d9a4');
  staff(c, 520, 80, c.rand.range(0, 6), '#f3d9a4');
  carpet(c, { x: -20, y: 790, w: 1640, h: 160 }, MADDER, 0);
  tar(c, c.rand.range(760, 880), 700, 86, c.rand.range(30, 44));
  c.vignette(0.45);
  return {
    ru: 'тар — струнный инструмент мугама — на сцене в луче света, за ним нотные станы, внизу ковровый орнамент',
    az: 'tar — muğamın simli aləti — səhnədə işıq şüasında, arxasında not xətləri, aşağıda xalça naxışı',
    en: 'a tar, the string instrument of mugham, on a spotlit stage in front of musical staves, with a carpet border below',
  };
}

/** A curving film strip crossing a projector's beam, its frames holding little sunsets. */
function filmStrip(c: Canvas): Subject {
  c.backdrop(c.linear([[0, '#070b1f'], [1, '#1d1842']], [0, 0], [1, 1]));
  c.add(el('path', { d: 'M-40 760L1700 120L1700 900L-40 900Z', fill: c.linear([[0, '#fff6d8', 0.34], [1, '#fff6d8', 0]], [0, 1], [1, 0]) }));
  c.glow(0, 800, 320, '#fff6d8', 0.8);
  const dust = Array.from({ length: 90 }, () => [c.rand.range(100, 1600), c.rand.range(250, 900), c.rand.range(1, 3.5)] as const);
  c.add(el('path', { d: discs(dust), fill: '#fff6d8', 'fill-opacity': 0.5 }));
  const centre = (t: number): Point => [-100 + t * 1800, 430 + 190 * Math.sin(t * 5.2 + c.rand.range(0, 0.01)) - t * 120];
  const half = 105;
  const frames = 11;
  const skies = [['#ff9e6d', '#6a2c70'], ['#48cae4', '#023e8a'], ['#ffd166', '#ef476f'], ['#90e0ef', '#0077b6'], ['#f9c74f', '#f3722c']] as const;
  for (let i = 0; i < frames; i++) {
    const edges = [i / frames, (i + 1) / frames].map((t) => {
      const [x, y] = centre(t);
      const [nx, ny] = centre(t + 0.001);
      const len = Math.hypot(nx - x, ny - y);
      const [ux, uy] = [-(ny - y) / len, (nx - x) / len];
      return { x, y, ux, uy };
    });
    const [a, b] = [edges[0]!, edges[1]!];
    const at = (e: typeof a, k: number): Point => [e.x + e.ux * half * k, e.y + e.uy * half * k];
    c.add(el('path', { d: polyline([at(a, -1), at(b, -1), at(b, 1), at(a, 1)], true), fill: '#141414' }));
    const inset = (e: typeof a, o: typeof a, k: number): Point => {
      const p = at(e, k);
      return [p[0] + (o.x - e.x) * 0.06, p[1] + (o.y - e.y) * 0.06];
    };
    const [sky, ground] = skies[i % skies.length]!;
    c.add(el('path', { d: polyline([inset(a, b, -0.72), inset(b, a, -0.72), inset(b, a, 0.72), inset(a, b, 0.72)], true), fill: c.linear([[0, sky], [1, ground]]) }));
    let holes = '';
    for (let k = 0; k < 4; k++) {
      const t = (k + 0.5) / 4;
      for (const side of [-0.86, 0.86]) {
        const [px, py] = [a.x + (b.x - a.x) * t + a.ux * half * side, a.y + (b.y - a.y) * t + a.uy * half * side];
        holes += `M${fmt(px - 7)} ${fmt(py - 5)}h14v10h-14Z`;
      }
    }
    c.add(el('path', { d: holes, fill: '#f2efe6' }));
  }
  c.vignette(0.45);
  return {
    ru: 'изогнутая киноплёнка с цветными кадрами пересекает луч кинопроектора',
    az: 'rəngli kadrları olan əyilmiş kino lenti kinoproyektorun şüasını kəsir',
    en: 'a curving film strip with colourful frames crossing the beam of a projector',
  };
}

/** A carpet hung in a stone arch of the Old City, a second one folded below. */
function carpetMuseum(c: Canvas): Subject {
  const stone = c.linear([[0, '#e3cfa6'], [1, '#b89a6a']]);
  c.backdrop(stone);
  const blocks = c.pattern(120, 60, el('path', { d: 'M0 0H120M0 30H120M60 0V30M0 30V60M120 30V60', stroke: '#8a6d44', 'stroke-opacity': 0.35, 'stroke-width': 3, fill: 'none' }));
  c.add(el('rect', { width: c.w, height: c.h, fill: blocks }));
  const [ax, aw, top] = [c.rand.range(760, 840), 620, 70];
  const arch = `M${fmt(ax - aw / 2)} 900V${top + 260}Q${fmt(ax - aw / 2)} ${top} ${fmt(ax)} ${top - 20}Q${fmt(ax + aw / 2)} ${top} ${fmt(ax + aw / 2)} ${top + 260}V900Z`;
  c.add(el('path', { d: arch, fill: '#3a2614' }), el('path', { d: arch, fill: 'none', stroke: '#f2e3c2', 'stroke-width': 18 }));
  const palette = c.rand.chance(0.5) ? MADDER : INDIGO;
  carpet(c, { x: ax - 230, y: 250, w: 460, h: 560 }, palette, 1);
  c.add(el('rect', { x: ax - 230, y: 230, width: 460, height: 24, rx: 10, fill: '#5a3a1e' }));
  for (const side of [-1, 1]) {
    const x = ax + side * 560;
    c.add(el('path', { d: steppedDiamond(x, 450, 120, 200, 7), fill: palette === MADDER ? INDIGO.field : MADDER.field, 'fill-opacity': 0.9 }));
    c.add(el('path', { d: steppedDiamond(x, 450, 70, 120, 5), fill: '#d9a441' }));
  }
  c.add(el('rect', { x: 0, y: 830, width: c.w, height: 70, fill: '#6b4a2a' }));
  c.vignette(0.35);
  return {
    ru: 'азербайджанский ковёр со ступенчатым медальоном в каменной арке Старого города, по сторонам ромбовидные орнаменты',
    az: 'Köhnə şəhərin daş tağında pilləli medalyonlu Azərbaycan xalçası, yanlarda romb şəkilli naxışlar',
    en: 'an Azerbaijani carpet with a stepped medallion in a stone arch of the Old City, flanked by diamond ornaments',
  };
}

/** A travel poster: the Maiden Tower and the Flame Towers at sunset, a plane arriving and a suitcase. */
function postcard(c: Canvas): Subject {
  c.backdrop(c.linear([[0, '#2b4c7e'], [0.55, '#f28f3b'], [0.8, '#ffd29d']]));
  c.glow(1100, 520, 320, '#fff1d6', 0.85);
  flameTowers(c, 1180, 720, 0.95, true);
  const [tx, ground] = [c.rand.range(420, 560), 720];
  c.add(
    el('rect', { x: tx - 90, y: ground - 380, width: 180, height: 380, rx: 10, fill: c.linear([[0, '#8a6a4c'], [0.35, '#e0bd92'], [1, '#7a5a3e']], [0, 0], [1, 0]) }),
    el('rect', { x: tx + 70, y: ground - 300, width: 80, height: 300, rx: 8, fill: c.linear([[0, '#c9a47c'], [1, '#6e4f35']], [0, 0], [1, 0]) }),
    el('path', { d: `M${tx - 90} ${ground - 380}h180v26h-180Z`, fill: '#a88461' }),
    el('path', { d: `M${tx - 40} ${ground - 300}v40M${tx + 10} ${ground - 220}v34M${tx - 20} ${ground - 140}v30`, stroke: '#5a3d28', 'stroke-width': 10 }),
  );
  let wall = `M0 ${ground}V${ground - 90}`;
  for (let x = 0; x < c.w; x += 40) wall += `H${x + 22}V${ground - 110}H${x + 40}V${ground - 90}`;
  c.add(el('path', { d: `${wall}V${ground}Z`, fill: '#9c7652' }), el('rect', { x: 0, y: ground, width: c.w, height: c.h - ground, fill: '#3a2a3f' }));
  const route = `M-40 300Q500 40 1020 190`;
  c.add(el('path', { d: route, fill: 'none', stroke: '#ffffff', 'stroke-width': 5, 'stroke-dasharray': '16 14', 'stroke-linecap': 'round' }));
  c.add(
    el(
      'g',
      { transform: 'translate(1080 205) rotate(16)', fill: '#ffffff' },
      el('path', { d: 'M-70 0C-70 -10 60 -14 78 -4C84 0 84 4 78 6C60 12 -70 10 -70 0Z' }) +
        el('path', { d: 'M-6 -2L-40 -62H-22L26 -2ZM-6 4L-40 64H-22L26 4ZM-64 -2L-80 -30H-70L-48 -2Z' }),
    ),
  );
  const [sx, sy] = [c.rand.range(1180, 1300), 620];
  c.add(
    el('path', { d: `M${sx + 60} ${sy}v-40h120v40`, fill: 'none', stroke: '#2b2d42', 'stroke-width': 14, 'stroke-linejoin': 'round' }),
    el('rect', { x: sx, y: sy, width: 240, height: 250, rx: 26, fill: c.linear([[0, '#e63946'], [1, '#9d0208']], [0, 0], [1, 1]) }),
    el('path', { d: `M${sx + 60} ${sy}v250M${sx + 180} ${sy}v250`, stroke: '#6a040f', 'stroke-width': 12 }),
    el('circle', { cx: sx + 120, cy: sy + 90, r: 34, fill: '#ffd166' }),
    el('rect', { x: sx + 90, y: sy + 150, width: 80, height: 50, rx: 8, fill: '#48cae4', transform: `rotate(-12 ${sx + 130} ${sy + 175})` }),
    el('circle', { cx: sx + 40, cy: sy + 262, r: 14, fill: '#1b1b1b' }),
    el('circle', { cx: sx + 200, cy: sy + 262, r: 14, fill: '#1b1b1b' }),
  );
  c.vignette(0.3);
  return {
    ru: 'туристический плакат: Девичья башня и Пламенные башни на закате, прилетающий самолёт и чемодан с наклейками',
    az: 'turizm plakatı: gün batımında Qız qalası və Alov qüllələri, gələn təyyarə və stikerli çamadan',
    en: 'a travel poster: the Maiden Tower and the Flame Towers at sunset, an arriving plane and a suitcase with stickers',
  };
}
