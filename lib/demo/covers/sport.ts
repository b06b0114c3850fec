import type { DemoArticle } from '../types';
import { figure, flameTowers } from './city';
import { discs, el, fmt, mix, polyline, type Canvas, type CoverArt, type Point } from './kit';

/** Sport covers: ground drawn in perspective (pitch, street circuit, road, chessboard) with the game's objects. */

type Subject = CoverArt['subject'];

export function drawSport(c: Canvas, article: DemoArticle): CoverArt {
  const tags = new Set(article.tags);
  let subject: Subject;
  if (tags.has('chess')) subject = chessboard(c);
  else if (tags.has('formula-1')) subject = streetCircuit(c);
  else if (tags.has('football') && tags.has('education')) subject = pitch(c, 'day');
  else if (tags.has('football')) subject = pitch(c, 'night');
  else subject = cityRace(c);
  return { svg: c.svg(), subject };
}

/** A pinhole camera over flat ground: x across, z away from the viewer, in metres. */
function camera(horizon: number, height: number, focal: number, cx = 800) {
  return (x: number, z: number): Point => [cx + (x * focal) / z, horizon + (height * focal) / z];
}

type Project = ReturnType<typeof camera>;

function quad(p: Project, x0: number, x1: number, z0: number, z1: number): string {
  return polyline([p(x0, z0), p(x1, z0), p(x1, z1), p(x0, z1)], true);
}

function ball(c: Canvas, x: number, y: number, r: number): void {
  c.add(el('ellipse', { cx: x + r * 0.2, cy: y + r * 0.95, rx: r * 1.05, ry: r * 0.22, fill: '#000', 'fill-opacity': 0.45 }));
  const patches: Point[] = [];
  for (let i = 0; i < 5; i++) patches.push([x + Math.cos(-Math.PI / 2 + (i * 2 * Math.PI) / 5) * r * 0.3, y + Math.sin(-Math.PI / 2 + (i * 2 * Math.PI) / 5) * r * 0.3]);
  let outer = '';
  for (let i = 0; i < 5; i++) {
    const a = -Math.PI / 2 + (i * 2 * Math.PI) / 5 + Math.PI / 5;
    const [px, py] = [x + Math.cos(a) * r * 0.86, y + Math.sin(a) * r * 0.86];
    const pts: Point[] = [];
    for (let k = 0; k < 5; k++) pts.push([px + Math.cos(a + (k * 2 * Math.PI) / 5) * r * 0.26, py + Math.sin(a + (k * 2 * Math.PI) / 5) * r * 0.26]);
    outer += polyline(pts, true);
  }
  const clip = c.clip(el('circle', { cx: x, cy: y, r }));
  c.add(
    el('circle', { cx: x, cy: y, r, fill: '#f7f7f7' }),
    el('path', { d: polyline(patches, true) + outer, fill: '#1b1b1b', 'clip-path': clip }),
    el('circle', { cx: x, cy: y, r, fill: c.radial([[0, '#ffffff', 0], [0.7, '#000000', 0.1], [1, '#000000', 0.45]], 0.35, 0.3, 0.8) }),
  );
}

function pitch(c: Canvas, time: 'day' | 'night'): Subject {
  const night = time === 'night';
  const horizon = night ? 300 : 330;
  c.backdrop(c.linear(night ? [[0, '#03060f'], [1, '#142445']] : [[0, '#5aa9e6'], [1, '#cfe8f7']]));
  if (night) {
    for (const x of [180, 620, 980, 1420]) {
      c.glow(x, 70, 260, '#e8f4ff', 0.7);
      c.add(el('rect', { x: x - 60, y: 40, width: 120, height: 54, rx: 6, fill: '#f5fbff' }));
      c.add(el('path', { d: `M${x - 60} 60h120M${x - 60} 77h120M${x - 20} 40v54M${x + 20} 40v54`, stroke: '#9fb3c8', 'stroke-width': 3 }));
    }
    const colors = ['#ffffff', '#1d1d1d', '#e63946', '#9aa5b1', '#f1c453'];
    for (const color of colors) {
      const seats = Array.from({ length: 420 }, () => [c.rand() * c.w, c.rand.range(150, horizon - 10), c.rand.range(2, 3.6)] as const);
      c.add(el('path', { d: discs(seats), fill: mix(color, '#142445', 0.45) }));
    }
    c.add(el('rect', { x: 0, y: horizon - 18, width: c.w, height: 18, fill: '#0a1020' }));
  } else {
    c.add(el('path', { d: `M0 ${horizon}V250H240V200H520V260H700V${horizon}Z`, fill: '#e9d8c4' }));
    let windows = '';
    for (let x = 20; x < 680; x += 60) if (x < 230 || x > 530 || true) windows += el('rect', { x, y: 280, width: 34, height: 26, fill: '#5a7d9a' });
    c.add(windows, el('path', { d: `M700 ${horizon}V280H1600V${horizon}Z`, fill: '#7fae6a' }));
    for (let x = 760; x < 1600; x += 70) c.add(el('circle', { cx: x, cy: 270 + c.rand.range(-10, 10), r: c.rand.range(34, 50), fill: c.rand.pick(['#4f8a3c', '#5f9e45', '#3f7532']) }));
  }
  const p = camera(horizon, 16, 820, c.rand.range(700, 900));
  const [near, far] = [14, 120];
  let stripes = '';
  for (let z = near, i = 0; z < far; z += 6, i++) stripes += el('path', { d: quad(p, -60, 60, z, Math.min(far, z + 6)), fill: i % 2 ? (night ? '#2f8f3e' : '#4caf50') : night ? '#267a33' : '#43a047' });
  c.add(el('rect', { x: 0, y: horizon, width: c.w, height: c.h - horizon, fill: night ? '#1f6b2b' : '#3d9142' }), stripes);
  const circle: Point[] = Array.from({ length: 49 }, (_, i) => p(Math.cos((i / 48) * Math.PI * 2) * 9.15, 60 + Math.sin((i / 48) * Math.PI * 2) * 9.15));
  const lines =
    quad(p, -34, 34, near, 105) +
    polyline([p(-34, 60), p(34, 60)]) +
    polyline(circle, true) +
    quad(p, -20, 20, 88.5, 105) +
    quad(p, -9, 9, 99.5, 105);
  c.add(el('path', { d: lines, fill: 'none', stroke: '#ffffff', 'stroke-opacity': 0.85, 'stroke-width': 4, 'stroke-linejoin': 'round' }));
  const [gl, gr] = [p(-3.66, 105), p(3.66, 105)];
  const postTop = gl[1] - (2.44 * 820 * 1.6) / 105;
  c.add(el('path', { d: `M${fmt(gl[0])} ${fmt(gl[1])}V${fmt(postTop)}H${fmt(gr[0])}V${fmt(gr[1])}`, fill: 'none', stroke: '#ffffff', 'stroke-width': 4 }));
  if (night) c.add(el('rect', { width: c.w, height: c.h, fill: c.linear([[0.3, '#000', 0], [1, '#000', 0.35]]) }));
  else {
    for (const [x, z] of [[-8, 30], [-2, 34], [4, 30], [10, 34]] as const) {
      const [cx, cy] = p(x, z);
      const s = 820 / z;
      c.add(el('path', { d: `M${fmt(cx - s * 0.25)} ${fmt(cy)}L${fmt(cx)} ${fmt(cy - s * 0.6)}L${fmt(cx + s * 0.25)} ${fmt(cy)}Z`, fill: '#ff7b00' }));
    }
    c.add(figure(560, 640, 150, '#e63946', '#8d5a3b'), figure(660, 600, 120, '#1d3557', '#e0b48f'), figure(470, 590, 110, '#f1c453', '#c58c62'));
  }
  ball(c, c.rand.range(1050, 1300), 770, 95);
  c.vignette(night ? 0.5 : 0.3);
  return night
    ? {
        ru: 'футбольное поле в перспективе под прожекторами, трибуны, заполненные зрителями, и мяч на переднем плане',
        az: 'projektorlar altında perspektivdə futbol meydançası, tamaşaçılarla dolu tribunlar və ön planda top',
        en: 'a floodlit football pitch in perspective, stands full of spectators and a ball in the foreground',
      }
    : {
        ru: 'школьное футбольное поле днём: юные игроки, тренировочные фишки, ворота и мяч на переднем плане',
        az: 'gündüz məktəb futbol meydançası: gənc oyunçular, məşq çipləri, qapı və ön planda top',
        en: 'a school football pitch by day, with young players, training cones, a goal and a ball in the foreground',
      };
}

/** The Baku street circuit: a bend along the Old City wall, red-and-white kerbs and the streaks of passing cars. */
function streetCircuit(c: Canvas): Subject {
  const horizon = 430;
  c.backdrop(c.linear([[0, '#1b1340'], [0.6, '#7b2d5b'], [1, '#f08a5d']]));
  c.glow(c.rand.range(300, 1300), horizon - 40, 420, '#ffb38a', 0.5);
  let wall = `M0 ${horizon + 30}V${horizon - 90}`;
  for (let x = 0; x < c.w; x += 34) wall += `H${x + 18}V${horizon - 112}H${x + 34}V${horizon - 90}`;
  wall += `V${horizon + 30}Z`;
  let towers = '';
  for (const x of [260, 760, 1260]) towers += `M${x - 60} ${horizon + 30}V${horizon - 180}H${x - 40}V${horizon - 200}H${x - 10}V${horizon - 180}H${x + 10}V${horizon - 200}H${x + 40}V${horizon - 180}H${x + 60}V${horizon + 30}Z`;
  c.add(el('path', { d: wall + towers, fill: '#c99a6b' }), el('path', { d: wall + towers, fill: c.linear([[0, '#ffffff', 0.15], [1, '#3d1f35', 0.55]]) }));
  c.add(el('rect', { x: 0, y: horizon, width: c.w, height: c.h - horizon, fill: '#2a2433' }));
  const p = camera(horizon, 3.2, 700);
  const bend = c.rand.chance(0.5) ? 1 : -1;
  const centre = (z: number) => bend * (10 * Math.sin(z / 18) - 4);
  const zs = Array.from({ length: 60 }, (_, i) => 4 + i ** 1.6 * 0.5);
  const edge = (offset: number) => zs.map((z) => p(centre(z) + offset, z));
  const road = [...edge(-7), ...edge(7).reverse()];
  c.add(el('path', { d: polyline(road, true), fill: c.linear([[0, '#4a4a55'], [1, '#1d1d24']]) }));
  for (const side of [-1, 1]) {
    let red = '';
    let white = '';
    for (let i = 0; i < zs.length - 1; i++) {
      const [z0, z1] = [zs[i]!, zs[i + 1]!];
      const x0 = centre(z0) + side * 7;
      const x1 = centre(z1) + side * 7;
      const d = polyline([p(x0, z0), p(x0 + side * 1.4, z0), p(x1 + side * 1.4, z1), p(x1, z1)], true);
      if (i % 2) red += d;
      else white += d;
    }
    c.add(el('path', { d: red, fill: '#e10600' }), el('path', { d: white, fill: '#f4f4f4' }));
  }
  const squares: string[] = [];
  for (let i = 0; i < 14; i++) for (let k = 0; k < 2; k++) if ((i + k) % 2) squares.push(quad(p, centre(9) - 7 + i, centre(9) - 6 + i, 9 + k * 0.5, 9.5 + k * 0.5));
  c.add(el('path', { d: squares.join(''), fill: '#ffffff', 'fill-opacity': 0.85 }));
  for (let i = 0; i < 7; i++) {
    const offset = c.rand.range(-4, 4);
    const pts = zs.slice(2, 40).map((z) => p(centre(z) + offset, z));
    c.add(el('path', { d: polyline(pts), fill: 'none', stroke: c.rand.pick(['#ff3b3b', '#5ef2ff', '#ffffff', '#ffd166']), 'stroke-opacity': c.rand.range(0.35, 0.8), 'stroke-width': c.rand.range(3, 8), 'stroke-linecap': 'round' }));
  }
  c.vignette(0.45);
  return {
    ru: 'поворот городской трассы Формулы-1 вдоль крепостной стены Старого города: красно-белые поребрики и световые следы болидов',
    az: 'Köhnə şəhərin qala divarı boyunca Formula 1 şəhər trasının döngəsi: qırmızı-ağ bordürlər və bolidlərin işıq izləri',
    en: 'a bend of the Formula 1 street circuit along the Old City wall, with red-and-white kerbs and light trails of passing cars',
  };
}

/** A runner's-eye view of the seafront road at dawn, the Flame Towers ahead and runners strung out along it. */
function cityRace(c: Canvas): Subject {
  const horizon = 470;
  c.backdrop(c.linear([[0, '#3a5a99'], [0.5, '#f6a07a'], [0.52, '#ffd3a5']]));
  c.glow(1200, horizon - 30, 420, '#fff0d0', 0.8);
  flameTowers(c, 420, horizon + 6, 0.7, false);
  c.add(el('rect', { x: 0, y: horizon, width: c.w, height: c.h - horizon, fill: '#5c6a7a' }));
  const p = camera(horizon, 1.7, 640);
  c.add(
    el('path', { d: polyline([p(-9, 1.2), p(9, 1.2), p(9, 400), p(-9, 400)], true), fill: c.linear([[0, '#6d6f7a'], [1, '#3a3c46']]) }),
    el('path', { d: polyline([p(9, 1.2), p(40, 1.2), p(40, 400), p(9, 400)], true), fill: '#3d7ea6' }),
  );
  let dashes = '';
  for (let z = 1.5; z < 200; z *= 1.3) dashes += quad(p, -0.15, 0.15, z, z * 1.12);
  c.add(el('path', { d: dashes + quad(p, -8.6, -8.3, 1.2, 400) + quad(p, 8.3, 8.6, 1.2, 400), fill: '#f4f4f4' }));
  const shirts = ['#e63946', '#2a9d8f', '#f4a261', '#457b9d', '#ffd166', '#8ecae6', '#ffffff'];
  const runners = Array.from({ length: 60 }, () => ({ x: c.rand.range(-7.5, 7.5), z: 4.5 + c.rand() ** 1.5 * 70 }));
  runners.sort((a, b) => b.z - a.z);
  for (const r of runners) {
    const [x, y] = p(r.x, r.z);
    const height = (1.75 * 640) / r.z;
    const shirt = c.rand.pick(shirts);
    c.add(figure(x, y, height, mix(shirt, '#9aa8b8', Math.min(0.6, r.z / 80)), '#c88f66'));
  }
  c.vignette(0.35);
  return {
    ru: 'бегуны на приморской дороге на рассвете, вдали Пламенные башни',
    az: 'sübh çağı dənizkənarı yolda qaçışçılar, uzaqda Alov qüllələri',
    en: 'runners on the seafront road at dawn, with the Flame Towers in the distance',
  };
}

/** Chessmen as front-view silhouettes, one unit tall, standing on (0, 0). */
const PIECES = {
  pawn: 'M-0.28 0H0.28L0.22 -0.1H0.14L0.1 -0.45H0.17L0.17 -0.5H0.08A0.16 0.16 0 1 0 -0.08 -0.5H-0.17V-0.45H-0.1L-0.14 -0.1H-0.22Z',
  rook: 'M-0.3 0H0.3L0.25 -0.12H0.18L0.15 -0.62H0.24V-0.82H0.14V-0.74H0.06V-0.82H-0.06V-0.74H-0.14V-0.82H-0.24V-0.62H-0.15L-0.18 -0.12H-0.25Z',
  bishop: 'M-0.3 0H0.3L0.24 -0.1H0.14L0.1 -0.55H0.18V-0.6H0.12C0.22 -0.72 0.18 -0.86 0 -0.98C-0.18 -0.86 -0.22 -0.72 -0.12 -0.6H-0.18V-0.55H-0.1L-0.14 -0.1H-0.24Z',
  queen: 'M-0.32 0H0.32L0.26 -0.1H0.16L0.12 -0.6H0.2L0.3 -0.9L0.15 -0.78L0.1 -0.96L0 -0.8L-0.1 -0.96L-0.15 -0.78L-0.3 -0.9L-0.2 -0.6H-0.12L-0.16 -0.1H-0.26Z',
  king: 'M-0.32 0H0.32L0.26 -0.1H0.16L0.12 -0.62H0.22L0.16 -0.82H0.04V-0.9H0.1V-0.96H0.04V-1.04H-0.04V-0.96H-0.1V-0.9H-0.04V-0.82H-0.16L-0.22 -0.62H-0.12L-0.16 -0.1H-0.26Z',
} as const;

type Piece = keyof typeof PIECES;

function chessboard(c: Canvas): Subject {
  c.backdrop(c.radial([[0, '#3a2a1e'], [1, '#0e0906']], 0.5, 0.35, 0.8));
  c.glow(800, 260, 450, '#ffd8a8', 0.3);
  const p = camera(170, 5.2, 900);
  const [z0, x0] = [6.6, -4];
  let light = '';
  let dark = '';
  for (let row = 0; row < 8; row++) {
    for (let col = 0; col < 8; col++) {
      const d = quad(p, x0 + col, x0 + col + 1, z0 + row, z0 + row + 1);
      if ((row + col) % 2) light += d;
      else dark += d;
    }
  }
  c.add(
    el('path', { d: quad(p, -4.5, 4.5, z0 - 0.5, z0 + 8.5), fill: '#3b2414' }),
    el('path', { d: light, fill: '#ecd9b8' }),
    el('path', { d: dark, fill: '#7a4e2d' }),
    el('path', { d: quad(p, -4.5, 4.5, z0 - 0.5, z0 + 8.5), fill: c.linear([[0, '#000', 0.45], [0.5, '#000', 0], [1, '#fff', 0.08]]) }),
  );
  const layout: [Piece, boolean, number, number][] = [
    ['king', false, 4, 7], ['rook', false, 0, 7], ['pawn', false, 1, 6], ['pawn', false, 5, 5], ['bishop', false, 2, 5], ['queen', false, 3, 6], ['pawn', false, 6, 6],
    ['king', true, 6, 0], ['rook', true, 5, 0], ['pawn', true, 4, 3], ['pawn', true, 2, 2], ['bishop', true, 3, 2], ['queen', true, 1, 4], ['pawn', true, 7, 1],
  ];
  const shift = c.rand.int(0, 1);
  const pieces = layout.map(([kind, white, col, row]) => ({ kind, white, col: Math.min(7, col + (row % 3 === 0 ? shift : 0)), row }));
  pieces.sort((a, b) => b.row - a.row);
  const whiteFill = c.linear([[0, '#fffaf0'], [0.6, '#e6dcc8'], [1, '#b8aa90']], [0, 0], [1, 0]);
  const blackFill = c.linear([[0, '#4a4a4a'], [0.4, '#222222'], [1, '#050505']], [0, 0], [1, 0]);
  for (const piece of pieces) {
    const z = z0 + piece.row + 0.5;
    const [x, y] = p(x0 + piece.col + 0.5, z);
    const s = (1.6 * 900) / z;
    c.add(el('ellipse', { cx: x + s * 0.08, cy: y, rx: s * 0.3, ry: s * 0.07, fill: '#000', 'fill-opacity': 0.45 }));
    c.add(el('path', { d: PIECES[piece.kind], transform: `translate(${fmt(x)} ${fmt(y)}) scale(${fmt(s)})`, fill: piece.white ? whiteFill : blackFill, stroke: piece.white ? '#8c7a5c' : '#000', 'stroke-width': 0.01 }));
  }
  c.vignette(0.5);
  return {
    ru: 'шахматная доска в перспективе с белыми и чёрными фигурами в середине партии',
    az: 'perspektivdə şahmat taxtası, oyunun ortasında ağ və qara fiqurlar',
    en: 'a chessboard in perspective with white and black pieces in the middle of a game',
  };
}
