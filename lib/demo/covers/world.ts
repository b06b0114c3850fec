import type { DemoArticle } from '../types';
import { star } from './flags';
import { globeDots, graticule, PLACES, project, routeArc, type Globe } from './globe';
import { discs, el, fmt, mix, type Canvas, type CoverArt } from './kit';
import { barrel } from './props';

/** World covers: globes with routes, warming stripes, a forest fire, a grain ship on the Caspian. */

type Subject = CoverArt['subject'];
type LonLat = readonly [number, number];

export function drawWorld(c: Canvas, article: DemoArticle): CoverArt {
  const tags = new Set(article.tags);
  let subject: Subject;
  if (tags.has('agriculture') && tags.has('caspian')) subject = grainShip(c);
  else if (tags.has('climate') && tags.has('energy-transition')) subject = warmingStripes(c);
  else if (tags.has('climate')) subject = forestFire(c);
  else if (tags.has('oil')) subject = oilRoutes(c);
  else subject = corridorGlobe(c, tags.has('eu'));
  return { svg: c.svg(), subject };
}

function stars(c: Canvas, count: number, bottom: number): void {
  const dots = Array.from({ length: count }, () => [c.rand() * c.w, c.rand() * bottom, c.rand.range(0.8, 2.4)] as const);
  c.add(el('path', { d: discs(dots), fill: '#ffffff', 'fill-opacity': 0.55 }));
}

interface GlobeStyle {
  ocean: readonly [string, string, string];
  land: string;
  atmosphere: string;
}

/** An orthographic globe: atmosphere, shaded ocean, graticule, dotted land and a night side. */
function drawGlobe(c: Canvas, g: Globe, style: GlobeStyle): void {
  // The atmosphere as fading rings and the ocean lit by a linear gradient: radial fills this large cost too much.
  let haze = '';
  for (let i = 0; i < 6; i++) haze += el('circle', { cx: g.cx, cy: g.cy, r: g.r + 6 + i * 10, 'stroke-opacity': 0.3 - i * 0.045 });
  c.add(el('g', { fill: 'none', stroke: style.atmosphere, 'stroke-width': 11 }, haze));
  c.add(el('circle', { cx: g.cx, cy: g.cy, r: g.r, fill: c.linear([[0, style.ocean[0]], [0.5, style.ocean[1]], [1, style.ocean[2]]], [0.2, 0.1], [0.8, 0.95]) }));
  c.add(el('path', { d: graticule(g, 15), fill: 'none', stroke: '#ffffff', 'stroke-opacity': 0.12, 'stroke-width': 1.5 }));
  c.add(el('path', { d: globeDots(g, 2.7, g.r / 105), fill: style.land }));
  c.add(el('circle', { cx: g.cx, cy: g.cy, r: g.r, fill: c.linear([[0.45, '#000000', 0], [1, '#000000', 0.55]], [0.2, 0.1], [1, 0.8]) }));
  c.add(el('circle', { cx: g.cx, cy: g.cy, r: g.r - 1, fill: 'none', stroke: style.atmosphere, 'stroke-opacity': 0.6, 'stroke-width': 3 }));
}

function routes(c: Canvas, g: Globe, pairs: readonly (readonly [LonLat, LonLat])[], color: string): void {
  for (const [from, to] of pairs) {
    const arc = routeArc(g, from, to, 0.18);
    c.add(
      el('path', { d: arc.d, fill: 'none', stroke: color, 'stroke-opacity': 0.22, 'stroke-width': 14, 'stroke-linecap': 'round' }),
      el('path', { d: arc.d, fill: 'none', stroke: color, 'stroke-width': 4, 'stroke-linecap': 'round' }),
    );
  }
  const ends = new Set(pairs.flat());
  for (const place of ends) {
    const p = project(g, place);
    if (p.depth < 0.1) continue;
    c.add(
      el('circle', { cx: p.x, cy: p.y, r: 26, fill: color, 'fill-opacity': 0.18 }),
      el('circle', { cx: p.x, cy: p.y, r: 10, fill: '#ffffff', stroke: color, 'stroke-width': 5 }),
    );
  }
}

function oilRoutes(c: Canvas): Subject {
  c.backdrop(c.linear([[0, '#0a0806'], [1, '#2a1707']], [0, 0], [1, 1]));
  stars(c, 120, 900);
  const g: Globe = { cx: c.rand.range(940, 1040), cy: 560, r: 520, centre: [c.rand.range(40, 55), 28] };
  drawGlobe(c, g, { ocean: ['#3b2a1a', '#1e140b', '#0b0704'], land: '#ffb347', atmosphere: '#ff9f43' });
  const from = PLACES.riyadh;
  routes(c, g, [[from, PLACES.beijing], [from, PLACES.vienna], [from, [77, 20]], [from, [121, 31]], [from, PLACES.baku]], '#ffd166');
  c.add(el('ellipse', { cx: 250, cy: 890, rx: 260, ry: 40, fill: '#000', 'fill-opacity': 0.5 }));
  barrel(c, 70, 880, 190, '#1d1d1d', '#000000');
  barrel(c, 270, 900, 190, '#c2462e', '#3d120a');
  c.vignette(0.45);
  return {
    ru: 'глобус с точечными материками и светящимися маршрутами поставок нефти с Ближнего Востока; на переднем плане нефтяные бочки',
    az: 'nöqtəli qitələri olan qlobus və Yaxın Şərqdən neft tədarükünün işıqlı marşrutları; ön planda neft bareləri',
    en: 'a globe with dotted continents and glowing oil supply routes from the Middle East, with oil barrels in the foreground',
  };
}

/** The Middle Corridor and the EU's ties to Central Asia: routes from Brussels east, under a ring of stars. */
function corridorGlobe(c: Canvas, eu: boolean): Subject {
  c.backdrop(c.linear([[0, '#020a1a'], [1, '#0b2a55']], [0, 0], [1, 1]));
  stars(c, 160, 900);
  const g: Globe = { cx: c.rand.range(760, 840), cy: 640, r: 620, centre: [c.rand.range(36, 44), 47] };
  if (eu) {
    let ring = '';
    for (let i = 0; i < 12; i++) {
      const a = Math.PI * (1.1 + (0.8 * i) / 11);
      ring += el('path', { d: star(g.cx + Math.cos(a) * (g.r + 70), g.cy + Math.sin(a) * (g.r + 70), 5, 24, 9), fill: '#ffdd00', 'fill-opacity': 0.9 });
    }
    c.add(ring);
  }
  drawGlobe(c, g, { ocean: ['#1d5fa8', '#0d2f66', '#041433'], land: '#8fd3ff', atmosphere: '#4cc9f0' });
  const start = eu ? PLACES.brussels : PLACES.istanbul;
  routes(c, g, [[start, PLACES.baku], [PLACES.baku, PLACES.aktau], [PLACES.aktau, PLACES.astana], [PLACES.baku, PLACES.samarkand], [start, PLACES.samarkand]], '#ffb703');
  c.vignette(0.4);
  return eu
    ? {
        ru: 'глобус с маршрутами из Европы через Баку и Каспий в Центральную Азию, вокруг — кольцо из двенадцати звёзд',
        az: 'Avropadan Bakı və Xəzər vasitəsilə Mərkəzi Asiyaya uzanan marşrutlarla qlobus, ətrafında on iki ulduzdan ibarət halqa',
        en: 'a globe with routes from Europe through Baku and across the Caspian to Central Asia, ringed by twelve stars',
      }
    : {
        ru: 'глобус с маршрутами через Баку и Каспий в Центральную Азию',
        az: 'Bakı və Xəzər vasitəsilə Mərkəzi Asiyaya uzanan marşrutlarla qlobus',
        en: 'a globe with routes through Baku and across the Caspian to Central Asia',
      };
}

/** Warming stripes (a year per stripe, cool to hot) behind a globe turned to Brazil, host of COP30. */
function warmingStripes(c: Canvas): Subject {
  const palette = ['#08306b', '#2171b5', '#6baed6', '#c6dbef', '#fee0d2', '#fc9272', '#de2d26', '#a50f15', '#67000d'];
  const years = 80;
  const w = c.w / years;
  let stripes = '';
  for (let i = 0; i < years; i++) {
    const t = Math.min(1, Math.max(0, (i / years) ** 1.6 + c.rand.gauss() * 0.09));
    const k = t * (palette.length - 1);
    const color = mix(palette[Math.floor(k)]!, palette[Math.min(palette.length - 1, Math.floor(k) + 1)]!, k % 1);
    stripes += el('rect', { x: i * w, y: 0, width: w + 1, height: c.h, fill: color });
  }
  c.add(stripes);
  const g: Globe = { cx: 800, cy: 450, r: 330, centre: [-52, -8] };
  c.add(el('circle', { cx: g.cx, cy: g.cy + 12, r: g.r + 16, fill: '#000', 'fill-opacity': 0.25 }));
  drawGlobe(c, g, { ocean: ['#1f7a8c', '#0e4d64', '#06283a'], land: '#9be564', atmosphere: '#e0fbfc' });
  routes(c, g, [[PLACES.brasilia, PLACES.belem]], '#ffd166');
  c.vignette(0.3);
  return {
    ru: 'полосы потепления — каждый год своим цветом, от синего к красному — и глобус, повёрнутый к Бразилии',
    az: 'istiləşmə zolaqları — hər il öz rəngində, mavidən qırmızıya — və Braziliyaya tərəf çevrilmiş qlobus',
    en: 'warming stripes, one colour per year from blue to red, behind a globe turned towards Brazil',
  };
}

/** A pine forest burning under a red sky: ridges fading into smoke, flames along the middle ridge. */
function forestFire(c: Canvas): Subject {
  c.backdrop(c.linear([[0, '#1c0a0a'], [0.45, '#7a1f12'], [0.72, '#ff7b2e'], [1, '#ffb347']]));
  c.glow(c.rand.range(350, 1250), 330, 260, '#ffe3a3', 0.9);
  for (let i = 0; i < 5; i++) c.glow(c.rand.range(0, 1600), c.rand.range(100, 420), c.rand.range(200, 300), '#3b2320', 0.55);
  c.wash('#ff9e00', 0.35, [0, 640], [0, 380]);
  const ridges = [
    { base: 560, h: 60, tree: 60, color: '#8c2f1e' },
    { base: 650, h: 80, tree: 90, color: '#5a1c12' },
    { base: 760, h: 90, tree: 130, color: '#2e0e0a' },
    { base: 900, h: 70, tree: 190, color: '#120505' },
  ];
  for (const [i, ridge] of ridges.entries()) {
    let d = `M0 ${c.h}`;
    for (let x = 0; x <= c.w; x += 40) d += `L${x} ${fmt(ridge.base - ridge.h * (0.5 + 0.5 * Math.sin(x / 230 + i * 2)))}`;
    d += `L${c.w} ${c.h}Z`;
    for (let x = c.rand.range(-20, 20); x < c.w + 40; x += c.rand.range(ridge.tree * 0.3, ridge.tree * 0.6)) {
      const ground = ridge.base - ridge.h * (0.5 + 0.5 * Math.sin(x / 230 + i * 2)) + 10;
      const h = ridge.tree * c.rand.range(0.7, 1.2);
      const w = h * 0.36;
      d += `M${fmt(x)} ${fmt(ground - h)}L${fmt(x + w * 0.6)} ${fmt(ground - h * 0.45)}L${fmt(x + w * 0.3)} ${fmt(ground - h * 0.45)}L${fmt(x + w)} ${fmt(ground)}L${fmt(x - w)} ${fmt(ground)}L${fmt(x - w * 0.3)} ${fmt(ground - h * 0.45)}L${fmt(x - w * 0.6)} ${fmt(ground - h * 0.45)}Z`;
    }
    c.add(el('path', { d, fill: ridge.color }));
    if (i === 1) {
      const fire = c.linear([[0, '#fff3b0'], [0.4, '#ffb703'], [1, '#e85d04', 0.9]]);
      for (let k = 0; k < 16; k++) {
        const x = c.rand.range(0, c.w);
        const ground = ridge.base - ridge.h * (0.5 + 0.5 * Math.sin(x / 230 + i * 2)) + 20;
        const h = c.rand.range(70, 170);
        if (k % 3 === 0) c.glow(x, ground - h * 0.4, h, '#ff9e00', 0.45);
        c.add(el('path', { d: `M${fmt(x - h * 0.22)} ${fmt(ground)}C${fmt(x - h * 0.35)} ${fmt(ground - h * 0.5)} ${fmt(x + h * 0.05)} ${fmt(ground - h * 0.6)} ${fmt(x)} ${fmt(ground - h)}C${fmt(x + h * 0.25)} ${fmt(ground - h * 0.55)} ${fmt(x + h * 0.38)} ${fmt(ground - h * 0.35)} ${fmt(x + h * 0.22)} ${fmt(ground)}Z`, fill: fire }));
      }
    }
  }
  const embers = Array.from({ length: 70 }, () => [c.rand() * c.w, c.rand.range(150, 800), c.rand.range(1.5, 4.5)] as const);
  c.add(el('path', { d: discs(embers), fill: '#ffd166', 'fill-opacity': 0.8 }));
  c.vignette(0.5);
  return {
    ru: 'горящий хвойный лес под красным небом: ряды холмов уходят в дым, по среднему гребню идёт пламя',
    az: 'qırmızı səma altında yanan iynəyarpaqlı meşə: təpə sıraları tüstüyə qarışır, orta silsilə boyu alov gedir',
    en: 'a pine forest burning under a red sky, ridges fading into smoke and flames running along the middle ridge',
  };
}

/** A bulk carrier on the Caspian at dawn, port cranes on the far shore and ripe wheat in the foreground. */
function grainShip(c: Canvas): Subject {
  c.backdrop(c.linear([[0, '#355c8a'], [0.45, '#f2b880'], [0.56, '#ffd9a8'], [0.561, '#3d6b8f'], [1, '#0f2a44']]));
  const sunX = c.rand.range(500, 1100);
  c.glow(sunX, 490, 380, '#fff4d6', 0.85);
  let shimmer = '';
  for (let y = 520; y < 900; y += 14) {
    const spread = (y - 500) * 0.9;
    shimmer += `M${fmt(sunX - spread * c.rand.range(0.1, 0.5))} ${y}h${fmt(spread * c.rand.range(0.2, 0.7))}`;
  }
  c.add(el('path', { d: shimmer, stroke: '#ffe8c2', 'stroke-opacity': 0.45, 'stroke-width': 3 }));
  let cranes = '';
  for (const x of [1280, 1380, 1470]) cranes += `M${x} 505V400L${x - 60} 400M${x} 400L${x + 90} 420M${x - 10} 505L${x} 440L${x + 10} 505`;
  c.add(el('path', { d: cranes, stroke: '#5a4a5e', 'stroke-width': 8, fill: 'none' }), el('rect', { x: 1180, y: 498, width: 420, height: 12, fill: '#5a4a5e' }));
  const hull = 'M260 640L1120 640L1180 585L1040 590L1030 560L330 560L300 585L200 585Z';
  c.add(
    el(
      'g',
      { transform: 'translate(200 0)' },
      el('path', { d: 'M200 650H1200', stroke: '#0f2a44', 'stroke-opacity': 0.4, 'stroke-width': 20 }) +
        el('path', { d: hull, fill: '#1d2b3a' }) +
        el('path', { d: 'M215 600L1165 600', stroke: '#b23a48', 'stroke-width': 10 }) +
        el('rect', { x: 330, y: 460, width: 120, height: 100, fill: '#e9e4da' }) +
        el('rect', { x: 345, y: 420, width: 80, height: 42, fill: '#e9e4da' }) +
        el('rect', { x: 390, y: 380, width: 18, height: 42, fill: '#b23a48' }) +
        [520, 640, 760, 880].map((x) => el('rect', { x, y: 535, width: 100, height: 26, rx: 3, fill: '#c97b3a' })).join('') +
        [520, 640, 760, 880].map((x) => el('path', { d: `M${x + 50} 535V470L${x + 110} 500`, stroke: '#e9e4da', 'stroke-width': 6, fill: 'none' })).join(''),
    ),
  );
  for (let i = 0; i < 7; i++) {
    const x = 30 + i * 50 + c.rand.range(-10, 10);
    const top = c.rand.range(520, 640);
    const bend = c.rand.range(-60, 60);
    let grains = '';
    for (let k = 0; k < 9; k++) {
      const t = k / 9;
      const gx = x + bend * (1 - (1 - t * 0.35) ** 2) * 0.5;
      const gy = top + k * 22;
      grains += el('ellipse', { cx: gx - 10, cy: gy, rx: 9, ry: 17, transform: `rotate(-25 ${fmt(gx - 10)} ${fmt(gy)})` });
      grains += el('ellipse', { cx: gx + 10, cy: gy + 8, rx: 9, ry: 17, transform: `rotate(25 ${fmt(gx + 10)} ${fmt(gy + 8)})` });
      grains += `<path d="M${fmt(gx - 12)} ${fmt(gy - 10)}l-26 -60M${fmt(gx + 12)} ${fmt(gy - 2)}l26 -60" stroke="#d9a441" stroke-width="2"/>`;
    }
    c.add(
      el('path', { d: `M${fmt(x + bend * 0.3)} 900Q${fmt(x + bend * 0.2)} ${fmt(top + 260)} ${fmt(x)} ${fmt(top + 180)}`, stroke: '#b88a2e', 'stroke-width': 6, fill: 'none' }),
      el('g', { fill: c.linear([[0, '#ffe08a'], [1, '#c9922e']]) }, grains),
    );
  }
  c.vignette(0.35);
  return {
    ru: 'сухогруз на Каспии на рассвете, портовые краны на дальнем берегу и спелая пшеница на переднем плане',
    az: 'sübh çağı Xəzərdə quru yük gəmisi, uzaq sahildə liman kranları və ön planda yetişmiş buğda',
    en: 'a bulk carrier on the Caspian at dawn, with port cranes on the far shore and ripe wheat in the foreground',
  };
}
