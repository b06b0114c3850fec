import type { DemoArticle } from '../types';
import { skyline } from './city';
import { discs, el, fmt, polyline, type Canvas, type CoverArt, type Point } from './kit';

/** Technology covers: circuit boards, a server hall, a neural network, a mast, a chat assistant, a survey drone. */

type Subject = CoverArt['subject'];

export function drawTechnology(c: Canvas, article: DemoArticle): CoverArt {
  const tags = new Set(article.tags);
  let subject: Subject;
  if (tags.has('agriculture')) subject = surveyDrone(c);
  else if (tags.has('telecom') && tags.has('artificial-intelligence')) subject = serverHall(c);
  else if (tags.has('telecom')) subject = mast(c);
  else if (tags.has('education')) subject = neuralNetwork(c);
  else if (tags.has('artificial-intelligence')) subject = assistant(c);
  else subject = chip(c);
  return { svg: c.svg(), subject };
}

function night(c: Canvas, top: string, bottom: string): void {
  c.backdrop(c.linear([[0, top], [1, bottom]], [0, 0], [1, 1]));
}

/** Printed-circuit traces: right-angle and diagonal runs on a grid, each ending in a pad. */
function traces(c: Canvas, count: number, color: string, alpha: number): void {
  const cell = 40;
  let d = '';
  const pads: [number, number, number][] = [];
  for (let i = 0; i < count; i++) {
    let x = c.rand.int(0, 40) * cell;
    let y = c.rand.int(0, 22) * cell;
    d += `M${x} ${y}`;
    pads.push([x, y, 7]);
    let dir = c.rand.int(0, 3);
    for (let k = c.rand.int(3, 7); k > 0; k--) {
      const run = c.rand.int(1, 5) * cell;
      const diagonal = c.rand.chance(0.3);
      const [dx, dy] = [[1, 0], [0, 1], [-1, 0], [0, -1]][dir]!;
      x += dx! * run + (diagonal ? dy! * run : 0);
      y += dy! * run + (diagonal ? dx! * run : 0);
      d += `L${x} ${y}`;
      dir = (dir + (c.rand.chance(0.5) ? 1 : 3)) % 4;
    }
    pads.push([x, y, 9]);
  }
  c.add(
    el('path', { d, fill: 'none', stroke: color, 'stroke-opacity': alpha * 0.35, 'stroke-width': 12, 'stroke-linejoin': 'round' }),
    el('path', { d, fill: 'none', stroke: color, 'stroke-opacity': alpha, 'stroke-width': 3, 'stroke-linejoin': 'round' }),
    el('path', { d: discs(pads), fill: 'none', stroke: color, 'stroke-opacity': alpha, 'stroke-width': 4 }),
  );
}

function chipAt(c: Canvas, x: number, y: number, size: number, accent: string): void {
  let pins = '';
  const n = 9;
  for (let i = 0; i < n; i++) {
    const t = -size / 2 + (size * (i + 0.5)) / n;
    pins += `M${fmt(x + t)} ${fmt(y - size / 2)}v${fmt(-size * 0.14)}M${fmt(x + t)} ${fmt(y + size / 2)}v${fmt(size * 0.14)}`;
    pins += `M${fmt(x - size / 2)} ${fmt(y + t)}h${fmt(-size * 0.14)}M${fmt(x + size / 2)} ${fmt(y + t)}h${fmt(size * 0.14)}`;
  }
  c.glow(x, y, size * 1.6, accent, 0.55);
  c.add(
    el('path', { d: pins, stroke: '#c9d6e8', 'stroke-width': size * 0.035, 'stroke-linecap': 'round' }),
    el('rect', { x: x - size / 2, y: y - size / 2, width: size, height: size, rx: size * 0.08, fill: c.linear([[0, '#2a2f45'], [1, '#0d1020']], [0, 0], [1, 1]) }),
    el('rect', { x: x - size * 0.32, y: y - size * 0.32, width: size * 0.64, height: size * 0.64, rx: size * 0.05, fill: c.linear([[0, accent], [1, '#3b82f6']], [0, 0], [1, 1]) }),
    el('rect', { x: x - size * 0.32, y: y - size * 0.32, width: size * 0.64, height: size * 0.64, rx: size * 0.05, fill: c.pattern(Math.round(size * 0.08), Math.round(size * 0.08), el('circle', { cx: size * 0.04, cy: size * 0.04, r: size * 0.012, fill: '#ffffff', 'fill-opacity': 0.5 })) }),
  );
}

function chip(c: Canvas): Subject {
  night(c, '#050816', '#1a1446');
  traces(c, 40, '#22d3ee', 0.5);
  chipAt(c, 800, 450, 300, '#a855f7');
  c.vignette(0.5);
  return {
    ru: 'микросхема в центре светящейся печатной платы',
    az: 'işıqlı çap lövhəsinin mərkəzində mikrosxem',
    en: 'a microchip at the centre of a glowing circuit board',
  };
}

/** A corridor between server racks in one-point perspective, their status lights receding to a glow. */
function serverHall(c: Canvas): Subject {
  night(c, '#03060f', '#0b1630');
  const [cx, horizon, f, eye] = [c.rand.range(760, 840), 430, 700, 1.6];
  const p = (x: number, y: number, z: number): Point => [cx + (x * f) / z, horizon + ((eye - y) * f) / z];
  const [near, far] = [1.4, 60];
  c.glow(cx, horizon, 380, '#38bdf8', 0.55);
  let floor = '';
  for (let x = -1.2; x <= 1.21; x += 0.6) floor += polyline([p(x, 0, near), p(x, 0, far)]);
  for (let z = near; z < far; z *= 1.18) floor += polyline([p(-1.2, 0, z), p(1.2, 0, z)]);
  c.add(
    el('path', { d: polyline([p(-1.2, 0, near), p(1.2, 0, near), p(1.2, 0, far), p(-1.2, 0, far)], true), fill: '#0c1424' }),
    el('path', { d: floor, stroke: '#38bdf8', 'stroke-opacity': 0.22, 'stroke-width': 2 }),
    el('path', { d: polyline([p(-1.2, 3, near), p(1.2, 3, near), p(1.2, 3, far), p(-1.2, 3, far)], true), fill: '#070b16' }),
    el('path', { d: polyline([p(-0.3, 3, near), p(-0.3, 3, far)]) + polyline([p(0.3, 3, near), p(0.3, 3, far)]), stroke: '#e0f2fe', 'stroke-opacity': 0.5, 'stroke-width': 6 }),
  );
  const colors = ['#22d3ee', '#34d399', '#60a5fa', '#f472b6'];
  for (const side of [-1, 1]) {
    const x = side * 1.2;
    let racks = '';
    let seams = '';
    const lights: [number, number, number][][] = colors.map(() => []);
    for (let z = near; z < far; z += 0.7) {
      racks += polyline([p(x, 0, z), p(x, 2.4, z), p(x, 2.4, z + 0.7), p(x, 0, z + 0.7)], true);
      seams += polyline([p(x, 0, z), p(x, 2.4, z)]);
      // Far racks are a few pixels wide: their lights would cost as much as the near ones and not show.
      if (z > 16) continue;
      for (let h = 0.25; h < 2.3; h += 0.1) {
        if (!c.rand.chance(0.5)) continue;
        const color = lights[c.rand.int(0, colors.length - 1)]!;
        for (let k = 0; k < 3; k++) {
          const [lx, ly] = p(x, h, z + 0.12 + k * 0.07);
          color.push([lx, ly, Math.max(0.8, 9 / z)]);
        }
      }
    }
    c.add(
      el('path', { d: racks, fill: c.linearAt([[0, '#22324f'], [1, '#0a1220']], [cx + side * 800, 0], [cx, 0]) }),
      el('path', { d: seams, stroke: '#000', 'stroke-opacity': 0.6, 'stroke-width': 3 }),
      ...colors.map((color, i) => el('path', { d: discs(lights[i]!), fill: color })),
    );
  }
  c.vignette(0.55);
  return {
    ru: 'коридор между серверными стойками с огнями индикаторов, уходящий в перспективу к светящейся точке',
    az: 'indikator işıqları olan server şkafları arasında perspektivə, işıqlı nöqtəyə doğru uzanan dəhliz',
    en: 'a corridor between server racks lined with status lights, receding in perspective to a glow',
  };
}

/** Layers of a neural network, connections fading with distance, and a graduation cap beside it. */
function neuralNetwork(c: Canvas): Subject {
  night(c, '#0a0620', '#221052');
  traces(c, 18, '#7c3aed', 0.35);
  const layers = [4, 7, 9, 7, 3];
  const nodes: Point[][] = layers.map((n, i) => Array.from({ length: n }, (_, k): Point => [520 + i * 220, 450 + (k - (n - 1) / 2) * 82 + c.rand.range(-8, 8)]));
  let edges = '';
  for (let i = 0; i < nodes.length - 1; i++) {
    for (const a of nodes[i]!) for (const b of nodes[i + 1]!) if (c.rand.chance(0.5)) edges += `M${fmt(a[0])} ${fmt(a[1])}L${fmt(b[0])} ${fmt(b[1])}`;
  }
  c.add(el('path', { d: edges, stroke: '#a78bfa', 'stroke-opacity': 0.3, 'stroke-width': 1.6 }));
  for (const [i, layer] of nodes.entries()) {
    for (const [x, y] of layer) {
      const hot = c.rand.chance(0.3);
      if (hot) c.glow(x, y, 60, '#22d3ee', 0.6);
      c.add(el('circle', { cx: x, cy: y, r: 17, fill: hot ? '#22d3ee' : '#1e1b4b', stroke: i === nodes.length - 1 ? '#f0abfc' : '#a78bfa', 'stroke-width': 4 }));
    }
  }
  const [gx, gy] = [250, 560];
  c.glow(gx, gy - 40, 300, '#f0abfc', 0.25);
  c.add(
    el('path', { d: `M${gx - 110} ${gy - 40}V${gy + 40}C${gx - 70} ${gy + 80} ${gx + 70} ${gy + 80} ${gx + 110} ${gy + 40}V${gy - 40}Z`, fill: '#141031' }),
    el('path', { d: `M${gx} ${gy - 160}L${gx + 230} ${gy - 80}L${gx} ${gy}L${gx - 230} ${gy - 80}Z`, fill: c.linear([[0, '#3b2f80'], [1, '#1c1645']], [0, 0], [1, 1]), stroke: '#a78bfa', 'stroke-width': 3 }),
    el('path', { d: `M${gx} ${gy - 80}L${gx + 150} ${gy - 40}V${gy + 70}`, fill: 'none', stroke: '#fbbf24', 'stroke-width': 6 }),
    el('circle', { cx: gx + 150, cy: gy + 82, r: 14, fill: '#fbbf24' }),
  );
  c.vignette(0.5);
  return {
    ru: 'схема нейронной сети из светящихся узлов и связей рядом с академической шапочкой выпускника',
    az: 'məzun papağının yanında işıqlı düyün və əlaqələrdən ibarət neyron şəbəkə sxemi',
    en: 'a neural network of glowing nodes and links next to a graduation cap',
  };
}

/** A lattice mast over a night city, signal rings spreading out from its antennas. */
function mast(c: Canvas): Subject {
  night(c, '#060a24', '#2a1657');
  const x = c.rand.range(700, 900);
  const top = 170;
  for (let i = 1; i <= 7; i++) {
    const r = i * 110;
    c.add(el('path', { d: `M${fmt(x - r)} ${top + 60}A${r} ${r} 0 0 1 ${fmt(x + r)} ${top + 60}`, fill: 'none', stroke: i % 2 ? '#22d3ee' : '#e879f9', 'stroke-opacity': 0.6 - i * 0.06, 'stroke-width': 5 }));
  }
  c.glow(x, top + 60, 300, '#67e8f9', 0.5);
  skyline(c, 900, -20, 1620, [90, 330], '#0d0b26', '#fbbf24');
  let lattice = `M${fmt(x - 110)} 900L${fmt(x - 18)} ${top}M${fmt(x + 110)} 900L${fmt(x + 18)} ${top}`;
  for (let y = 880, k = 0; y > top + 20; y -= 58, k++) {
    const half = 18 + ((y - top) / (900 - top)) * 92;
    const next = 18 + ((y - 58 - top) / (900 - top)) * 92;
    lattice += `M${fmt(x - half)} ${y}L${fmt(x + next)} ${y - 58}M${fmt(x + half)} ${y}L${fmt(x - next)} ${y - 58}M${fmt(x - half)} ${y}H${fmt(x + half)}`;
  }
  c.add(el('path', { d: lattice, stroke: '#c4b5fd', 'stroke-width': 5, fill: 'none' }));
  for (const [dx, dy] of [[-46, 40], [30, 40], [-46, 130], [30, 130]] as const) c.add(el('rect', { x: x + dx, y: top + dy, width: 16, height: 70, rx: 4, fill: '#e0e7ff' }));
  c.add(el('circle', { cx: x, cy: top - 14, r: 9, fill: '#f87171' }));
  let links = '';
  const pts: [number, number, number][] = [];
  for (let i = 0; i < 10; i++) {
    const [px, py] = [c.rand.range(60, 1540), c.rand.range(640, 820)];
    links += `M${fmt(x)} ${top + 60}L${fmt(px)} ${fmt(py)}`;
    pts.push([px, py, 7]);
  }
  c.add(el('path', { d: links, stroke: '#22d3ee', 'stroke-opacity': 0.22, 'stroke-width': 2, 'stroke-dasharray': '4 10' }), el('path', { d: discs(pts), fill: '#67e8f9' }));
  c.vignette(0.45);
  return {
    ru: 'решётчатая вышка связи над ночным городом, от антенн расходятся кольца сигнала',
    az: 'gecə şəhərinin üzərində qəfəsli rabitə qülləsi, antenalardan siqnal halqaları yayılır',
    en: 'a lattice telecom mast over a city at night, with signal rings spreading from its antennas',
  };
}

/** Speech bubbles of a chat with a virtual assistant, floating over a circuit board. */
function assistant(c: Canvas): Subject {
  night(c, '#041226', '#0f2d52');
  traces(c, 34, '#38bdf8', 0.35);
  c.wash('#0ea5e9', 0.22, [800, 450], [0, 0]);
  const bubble = (x: number, y: number, w: number, lines: number, mine: boolean) => {
    const h = 44 + lines * 34;
    const fill = mine ? c.linear([[0, '#22d3ee'], [1, '#0ea5e9']], [0, 0], [1, 1]) : '#f8fafc';
    let bars = '';
    for (let i = 0; i < lines; i++) bars += el('rect', { x: x + 30, y: y + 28 + i * 34, width: (w - 60) * (i === lines - 1 ? c.rand.range(0.4, 0.8) : 1), height: 14, rx: 7, fill: mine ? '#ffffff' : '#94a3b8', 'fill-opacity': mine ? 0.85 : 0.6 });
    const tail = mine ? `M${x + w - 40} ${y + h - 2}l36 28l-6 -30z` : `M${x + 40} ${y + h - 2}l-36 28l6 -30z`;
    c.add(el('rect', { x: x + 8, y: y + 14, width: w, height: h, rx: 28, fill: '#000', 'fill-opacity': 0.35 }), el('path', { d: tail, fill: mine ? '#0ea5e9' : '#f8fafc' }), el('rect', { x, y, width: w, height: h, rx: 28, fill }), bars);
  };
  bubble(420, 120, 560, 2, false);
  bubble(760, 330, 460, 1, true);
  bubble(420, 480, 640, 3, false);
  bubble(860, 720, 360, 1, true);
  const [ax, ay] = [260, 240];
  c.glow(ax, ay, 200, '#22d3ee', 0.5);
  c.add(
    el('circle', { cx: ax, cy: ay, r: 90, fill: c.linear([[0, '#e0f2fe'], [1, '#7dd3fc']], [0, 0], [1, 1]) }),
    el('rect', { x: ax - 58, y: ay - 34, width: 116, height: 68, rx: 34, fill: '#0f2d52' }),
    el('circle', { cx: ax - 24, cy: ay, r: 12, fill: '#22d3ee' }),
    el('circle', { cx: ax + 24, cy: ay, r: 12, fill: '#22d3ee' }),
    el('path', { d: `M${ax} ${ay - 90}V${ay - 120}`, stroke: '#e0f2fe', 'stroke-width': 8 }),
    el('circle', { cx: ax, cy: ay - 128, r: 12, fill: '#f472b6' }),
  );
  c.vignette(0.45);
  return {
    ru: 'диалог с виртуальным помощником: облачка сообщений и значок чат-бота на фоне печатной платы',
    az: 'virtual köməkçi ilə dialoq: çap lövhəsi fonunda mesaj buludcuqları və çat-bot nişanı',
    en: 'a conversation with a virtual assistant: message bubbles and a chatbot icon over a circuit board',
  };
}

/** Fields from the air in perspective, a quadcopter scanning them with a grid of detection boxes. */
function surveyDrone(c: Canvas): Subject {
  const horizon = 250;
  c.backdrop(c.linear([[0, '#8ecae6'], [0.28, '#f1faee']]));
  const [cx, f, eye] = [800, 520, 60];
  const p = (x: number, z: number): Point => [cx + (x * f) / z, horizon + (eye * f) / z];
  const crops = ['#7cb342', '#9ccc65', '#c0ca33', '#d4a537', '#689f38', '#aed581', '#8d6e63'];
  c.add(el('rect', { x: 0, y: horizon, width: c.w, height: c.h - horizon, fill: '#8bb34a' }));
  let rows = '';
  for (let i = -12; i < 12; i++) {
    for (let k = 0; k < 14; k++) {
      const [x0, x1] = [i * 60, (i + 1) * 60 - 3];
      const [z0, z1] = [30 + k * k * 8, 30 + (k + 1) * (k + 1) * 8 - 2];
      c.add(el('path', { d: polyline([p(x0, z0), p(x1, z0), p(x1, z1), p(x0, z1)], true), fill: c.rand.pick(crops) }));
      for (let r = 0; r < 6; r++) rows += polyline([p(x0 + 5 + r * 9, z0), p(x0 + 5 + r * 9, z1)]);
    }
  }
  c.add(el('path', { d: rows, stroke: '#000', 'stroke-opacity': 0.12, 'stroke-width': 2 }));
  c.add(el('rect', { x: 0, y: horizon - 2, width: c.w, height: 60, fill: c.linear([[0, '#f1faee', 0.9], [1, '#f1faee', 0]]) }));
  const [dx, dy] = [c.rand.range(700, 900), 190];
  const scan = [p(-60, 90), p(60, 90), p(80, 200), p(-80, 200)];
  let grid = '';
  for (let k = 1; k < 6; k++) {
    const t = k / 6;
    const a = [scan[0]![0] + (scan[3]![0] - scan[0]![0]) * t, scan[0]![1] + (scan[3]![1] - scan[0]![1]) * t] as const;
    const b = [scan[1]![0] + (scan[2]![0] - scan[1]![0]) * t, scan[1]![1] + (scan[2]![1] - scan[1]![1]) * t] as const;
    grid += polyline([a, b]);
    grid += polyline([[scan[0]![0] + (scan[1]![0] - scan[0]![0]) * t, scan[0]![1]], [scan[3]![0] + (scan[2]![0] - scan[3]![0]) * t, scan[3]![1]]]);
  }
  c.add(
    el('path', { d: polyline([[dx, dy + 60], scan[2]!, scan[3]!], true), fill: '#22d3ee', 'fill-opacity': 0.16 }),
    el('path', { d: polyline([[dx, dy + 60], scan[0]!, scan[1]!], true), fill: '#22d3ee', 'fill-opacity': 0.12 }),
    el('path', { d: polyline(scan, true), fill: '#22d3ee', 'fill-opacity': 0.18, stroke: '#22d3ee', 'stroke-width': 3 }),
    el('path', { d: grid, stroke: '#e0fbff', 'stroke-opacity': 0.6, 'stroke-width': 2 }),
  );
  for (let i = 0; i < 3; i++) {
    const [bx, by] = p(c.rand.range(-50, 30), c.rand.range(100, 180));
    c.add(el('rect', { x: bx, y: by, width: 70, height: 44, fill: 'none', stroke: i ? '#fde047' : '#f43f5e', 'stroke-width': 4 }));
  }
  const arm = 120;
  c.add(
    el('ellipse', { cx: dx, cy: dy + 170, rx: 150, ry: 20, fill: '#000', 'fill-opacity': 0.12 }),
    el(
      'g',
      { transform: `translate(${fmt(dx)} ${fmt(dy)}) scale(1.5)` },
      el('path', { d: `M${-arm} -30L${arm} 30M${arm} -30L${-arm} 30`, stroke: '#263238', 'stroke-width': 14, 'stroke-linecap': 'round' }) +
        [[-arm, -30], [arm, -30], [-arm, 30], [arm, 30]].map(([ox, oy]) => el('ellipse', { cx: ox!, cy: oy! - 12, rx: 70, ry: 12, fill: '#cfd8dc', 'fill-opacity': 0.55, stroke: '#90a4ae', 'stroke-width': 2 })).join('') +
        el('rect', { x: -50, y: -26, width: 100, height: 52, rx: 18, fill: c.linear([[0, '#eceff1'], [1, '#90a4ae']]) }) +
        el('circle', { cx: 0, cy: 34, r: 16, fill: '#263238', stroke: '#22d3ee', 'stroke-width': 4 }),
    ),
  );
  c.vignette(0.25);
  return {
    ru: 'поля с высоты в перспективе и квадрокоптер, сканирующий их сеткой с рамками распознавания',
    az: 'yüksəklikdən perspektivdə tarlalar və onları tanınma çərçivələri olan şəbəkə ilə skan edən kvadrokopter',
    en: 'fields seen from the air in perspective, with a quadcopter scanning them under a grid of detection boxes',
  };
}
