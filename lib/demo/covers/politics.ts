import type { DemoArticle } from '../types';
import { flameTowers, skyline } from './city';
import { AZ_BLUE, AZ_GREEN, AZ_RED, flag, star, type FlagKind } from './flags';
import { el, fmt, mix, type Canvas, type CoverArt } from './kit';

/** Politics covers: the chamber, the negotiating table, the rostrum, flags and the parliament building. */

type Subject = CoverArt['subject'];

export function drawPolitics(c: Canvas, article: DemoArticle): CoverArt {
  const tags = new Set(article.tags);
  let subject: Subject;
  if (tags.has('transport') && tags.has('middle-corridor')) subject = flagRow(c, flagsOf(article));
  else if (tags.has('transport')) subject = parliamentBuilding(c);
  else if (tags.has('georgia')) subject = roundTable(c, 'georgia');
  else if (tags.has('turkey')) subject = rostrum(c, 'turkey');
  else subject = hemicycle(c);
  return { svg: c.svg(), subject };
}

function flagsOf(article: DemoArticle): FlagKind[] {
  const kinds: FlagKind[] = ['azerbaijan'];
  if (article.tags.includes('kazakhstan')) kinds.push('kazakhstan');
  if (article.tags.includes('turkey')) kinds.push('turkey');
  if (article.tags.includes('georgia') || article.tags.includes('middle-corridor')) kinds.push('georgia');
  return kinds;
}

/** The 125 seats of the Milli Majlis as a parliament diagram, shaded across the flag's colours. */
function hemicycle(c: Canvas): Subject {
  c.backdrop(c.linear([[0, '#0b1533'], [1, '#1b2a55']]));
  c.wash('#ffb36b', 0.25, [800, 900], [800, 100]);
  const [cx, cy] = [800, 800];
  const rows = 7;
  const radii = Array.from({ length: rows }, (_, i) => 300 + i * 66);
  const total = radii.reduce((a, b) => a + b, 0);
  const counts = radii.map((r) => Math.round((125 * r) / total));
  counts[rows - 1]! += 125 - counts.reduce((a, b) => a + b, 0);
  const seats: { a: number; r: number }[] = [];
  for (const [i, r] of radii.entries()) {
    const n = counts[i]!;
    for (let k = 0; k < n; k++) seats.push({ a: Math.PI + (Math.PI * (k + 0.5)) / n, r });
  }
  seats.sort((p, q) => p.a - q.a);
  let dots = '';
  for (const [i, s] of seats.entries()) {
    const t = i / (seats.length - 1);
    const color = t < 0.5 ? mix(AZ_BLUE, AZ_RED, t * 2) : mix(AZ_RED, AZ_GREEN, (t - 0.5) * 2);
    const x = cx + Math.cos(s.a) * s.r;
    const y = cy + Math.sin(s.a) * s.r * 0.92;
    dots += el('circle', { cx: x, cy: y + 6, r: 21, fill: '#000', 'fill-opacity': 0.35 }) + el('circle', { cx: x, cy: y, r: 21, fill: color });
  }
  let desks = '';
  for (const r of radii) desks += `M${fmt(cx - r - 40)} ${cy}A${fmt(r + 40)} ${fmt((r + 40) * 0.92)} 0 0 1 ${fmt(cx + r + 40)} ${cy}`;
  c.add(el('path', { d: desks, fill: 'none', stroke: '#ffffff', 'stroke-opacity': 0.07, 'stroke-width': 26 }), dots);
  const wood = c.linear([[0, '#9a6b43'], [1, '#4a2e1a']]);
  c.add(
    el('rect', { x: 0, y: cy + 40, width: c.w, height: c.h - cy, fill: '#08102a' }),
    el('path', { d: `M${cx - 230} ${cy + 40}A230 150 0 0 1 ${cx + 230} ${cy + 40}Z`, fill: wood }),
    el('path', { d: `M${cx - 150} ${cy + 40}A150 96 0 0 1 ${cx + 150} ${cy + 40}Z`, fill: '#3a2414' }),
    el('path', { d: `M${cx - 70} ${cy + 40}V${cy - 40}H${cx + 70}V${cy + 40}Z`, fill: c.linear([[0, '#b07e52'], [1, '#6b4527']]) }),
    el('circle', { cx, cy: cy - 2, r: 24, fill: 'none', stroke: '#e8c66a', 'stroke-width': 4 }),
    el('path', { d: star(cx, cy - 2, 8, 16, 8), fill: '#e8c66a' }),
  );
  c.vignette(0.45);
  return {
    ru: 'схема зала парламента: 125 кресел полукругом в цветах государственного флага, в центре трибуна',
    az: 'parlament zalının sxemi: dövlət bayrağının rənglərində yarımdairə şəklində 125 yer, mərkəzdə tribuna',
    en: 'diagram of a parliament chamber: 125 seats in a semicircle in the colours of the national flag, with the rostrum at the centre',
  };
}

/** Two delegations at a ring-shaped table, seen from above, with desk flags in the middle. */
function roundTable(c: Canvas, guest: FlagKind): Subject {
  c.backdrop(c.radial([[0, '#23335e'], [1, '#0a1126']], 0.5, 0.5, 0.7));
  const [cx, cy, rx, ry] = [800, 470, 560, 300];
  let carpet = '';
  for (let i = 0; i < 3; i++) carpet += el('ellipse', { cx, cy, rx: rx + 170 - i * 30, ry: ry + 120 - i * 20, fill: 'none', stroke: '#c9a24a', 'stroke-opacity': 0.18, 'stroke-width': 4 });
  c.add(el('ellipse', { cx, cy, rx: rx + 170, ry: ry + 120, fill: '#3a1522' }), carpet);
  const seats = 16;
  const chairs: string[] = [];
  const items: string[] = [];
  for (let i = 0; i < seats; i++) {
    const a = (i / seats) * Math.PI * 2 + Math.PI / seats;
    const [ux, uy] = [Math.cos(a), Math.sin(a)];
    const deg = (a * 180) / Math.PI + 90;
    const host = ux < 0;
    const at = (k: number) => [cx + ux * rx * k, cy + uy * ry * k] as const;
    const [chx, chy] = at(1.14);
    chairs.push(
      el('rect', { x: -40, y: -34, width: 80, height: 68, rx: 22, fill: host ? '#1f5f99' : '#8c2130', transform: `translate(${fmt(chx)} ${fmt(chy)}) rotate(${fmt(deg)})` }),
      el('rect', { x: -42, y: 18, width: 84, height: 22, rx: 10, fill: host ? '#174a78' : '#6d1824', transform: `translate(${fmt(chx)} ${fmt(chy)}) rotate(${fmt(deg)})` }),
    );
    const [px, py] = at(0.9);
    const [mx, my] = at(0.8);
    items.push(
      el('rect', { x: -26, y: -18, width: 52, height: 36, rx: 3, fill: '#f4f1ea', transform: `translate(${fmt(px)} ${fmt(py)}) rotate(${fmt(deg + c.rand.range(-8, 8))})` }),
      el('circle', { cx: mx, cy: my, r: 7, fill: '#1b1b1b' }),
      el('path', { d: `M${fmt(mx)} ${fmt(my)}L${fmt(px - ux * 4)} ${fmt(py - uy * 4)}`, stroke: '#1b1b1b', 'stroke-width': 3 }),
    );
  }
  c.add(...chairs);
  const wood = c.linearAt([[0, '#a7784c'], [0.5, '#7a5232'], [1, '#5a3a22']], [cx - rx, cy - ry], [cx + rx, cy + ry]);
  c.add(
    el('path', {
      d: `M${cx - rx} ${cy}A${rx} ${ry} 0 1 0 ${cx + rx} ${cy}A${rx} ${ry} 0 1 0 ${cx - rx} ${cy}ZM${cx - rx * 0.62} ${cy}A${fmt(rx * 0.62)} ${fmt(ry * 0.55)} 0 1 1 ${cx + rx * 0.62} ${cy}A${fmt(rx * 0.62)} ${fmt(ry * 0.55)} 0 1 1 ${cx - rx * 0.62} ${cy}Z`,
      fill: wood,
      'fill-rule': 'evenodd',
    }),
    el('ellipse', { cx, cy, rx: rx * 0.62, ry: ry * 0.55, fill: '#183b2a' }),
    ...items,
  );
  let plants = '';
  for (let i = 0; i < 40; i++) {
    plants += el('circle', { cx: cx + c.rand.gauss() * 110, cy: cy + c.rand.gauss() * 40, r: c.rand.range(14, 30), fill: c.rand.pick(['#2f7d4a', '#3f9a5a', '#24613a', '#e9e2cf']) });
  }
  c.add(plants);
  flag(c, 'azerbaijan', cx - 300, cy - 150, 110, 140, 0.4);
  flag(c, guest, cx + 190, cy - 150, 110, 140, 1.3);
  c.vignette(0.5);
  return {
    ru: 'две делегации за круглым столом, вид сверху; в центре настольные флаги Азербайджана и Грузии',
    az: 'dəyirmi masa arxasında iki nümayəndə heyəti, yuxarıdan görünüş; mərkəzdə Azərbaycan və Gürcüstanın stolüstü bayraqları',
    en: 'two delegations at a round table seen from above, with the desk flags of Azerbaijan and Georgia in the middle',
  };
}

/** A lectern with microphones under spotlights, two national flags behind. */
function rostrum(c: Canvas, guest: FlagKind): Subject {
  c.backdrop(c.linear([[0, '#0c1a3d'], [0.7, '#1d3470'], [0.71, '#101a38'], [1, '#070c1e']]));
  for (const [x, tone] of [[360, '#9ec9ff'], [1240, '#ffd9a0'], [800, '#ffffff']] as const) {
    c.add(el('path', { d: `M${x - 40} -20L${x + 40} -20L${x + 260} 900L${x - 260} 900Z`, fill: c.linear([[0, tone, 0.28], [1, tone, 0]]) }));
  }
  let panels = '';
  for (let x = 0; x < c.w; x += 160) panels += el('rect', { x: x + 6, y: 40, width: 148, height: 560, rx: 6, fill: '#ffffff', 'fill-opacity': 0.035 });
  c.add(panels);
  flag(c, 'azerbaijan', 260, 110, 420, 560, 0.2);
  flag(c, guest, 930, 120, 400, 550, 2.1);
  c.glow(800, 560, 420, '#fff2d6', 0.35);
  const wood = c.linear([[0, '#25375f'], [0.5, '#31497d'], [1, '#162445']], [0, 0], [1, 0]);
  c.add(
    el('ellipse', { cx: 800, cy: 880, rx: 330, ry: 36, fill: '#000', 'fill-opacity': 0.45 }),
    el('path', { d: 'M590 520L1010 520L960 880L640 880Z', fill: wood }),
    el('path', { d: 'M560 470L1040 470L1010 525L590 525Z', fill: '#3d5894' }),
    el('circle', { cx: 800, cy: 670, r: 62, fill: 'none', stroke: '#e8c66a', 'stroke-width': 7 }),
    el('path', { d: `M800 630L808 660L840 660L814 678L824 708L800 690L776 708L786 678L760 660L792 660Z`, fill: '#e8c66a' }),
    el('path', { d: 'M760 470C755 420 730 390 700 370M840 470C845 420 870 390 900 370', fill: 'none', stroke: '#111', 'stroke-width': 7 }),
    el('ellipse', { cx: 696, cy: 366, rx: 16, ry: 22, fill: '#222', transform: 'rotate(-40 696 366)' }),
    el('ellipse', { cx: 904, cy: 366, rx: 16, ry: 22, fill: '#222', transform: 'rotate(40 904 366)' }),
  );
  c.vignette(0.5);
  return {
    ru: 'трибуна с микрофонами в лучах прожекторов на фоне флагов Азербайджана и Турции',
    az: 'projektor işığında mikrofonlu tribuna, arxa planda Azərbaycan və Türkiyə bayraqları',
    en: 'a lectern with microphones under spotlights, with the flags of Azerbaijan and Türkiye behind it',
  };
}

/** The flags of the meeting's countries over the Baku skyline at dawn. */
function flagRow(c: Canvas, kinds: readonly FlagKind[]): Subject {
  c.backdrop(c.linear([[0, '#1a3b6e'], [0.55, '#f4a261'], [0.8, '#ffd6a0']]));
  c.glow(1150, 640, 420, '#fff1c9', 0.7);
  skyline(c, 900, -20, 1620, [60, 200], '#2b2d4a', '#ffd27a');
  flameTowers(c, 1180, 900, 0.95, true);
  c.add(el('rect', { x: 0, y: 880, width: c.w, height: 20, fill: '#1b1c33' }));
  const gap = 1400 / kinds.length;
  for (const [i, kind] of kinds.entries()) flag(c, kind, 160 + i * gap, 120 + (i % 2) * 30, Math.min(300, gap * 0.8), 780, i * 1.7);
  c.vignette(0.35);
  const names = kinds.length === 4 ? ['Азербайджана, Казахстана, Турции и Грузии', 'Azərbaycan, Qazaxıstan, Türkiyə və Gürcüstan', 'Azerbaijan, Kazakhstan, Türkiye and Georgia'] : ['стран-участниц', 'iştirakçı ölkələrin', 'the participating countries'];
  return {
    ru: `флаги ${names[0]} на фоне Пламенных башен Баку на рассвете`,
    az: `sübh çağı Bakının Alov qüllələri fonunda ${names[1]} bayraqları`,
    en: `the flags of ${names[2]} against Baku's Flame Towers at dawn`,
  };
}

/** A domed parliament building at sunset, and an electric scooter crossing the square in front. */
function parliamentBuilding(c: Canvas): Subject {
  c.backdrop(c.linear([[0, '#23305e'], [0.5, '#c86b5a'], [0.75, '#f3b27a']]));
  c.glow(800, 420, 460, '#ffe0b0', 0.55);
  const stone = c.linear([[0, '#f3e9d8'], [1, '#c9b89b']]);
  const shade = '#a8967a';
  let building = el('rect', { x: 180, y: 470, width: 1240, height: 240, fill: stone });
  for (let x = 220; x < 1400; x += 70) {
    if (x > 640 && x < 960) continue;
    building += el('rect', { x, y: 510, width: 30, height: 70, rx: 15, fill: '#6b5a45', 'fill-opacity': 0.55 });
    building += el('rect', { x, y: 610, width: 30, height: 70, rx: 4, fill: '#6b5a45', 'fill-opacity': 0.55 });
  }
  building += el('rect', { x: 160, y: 450, width: 1280, height: 26, fill: shade });
  building += el('rect', { x: 620, y: 300, width: 360, height: 170, fill: stone });
  for (let x = 640; x < 970; x += 48) building += el('rect', { x, y: 320, width: 22, height: 150, fill: c.linear([[0, shade], [0.5, '#fffaf0'], [1, shade]], [0, 0], [1, 0]) });
  building += el('rect', { x: 600, y: 286, width: 400, height: 20, fill: shade });
  building += el('path', { d: 'M620 288C620 120 980 120 980 288Z', fill: c.linear([[0, '#8fb3a6'], [1, '#3f6b5f']], [0, 0], [1, 1]) });
  building += el('path', { d: 'M680 288C690 190 750 160 800 158M920 288C910 190 850 160 800 158M800 158V288', fill: 'none', stroke: '#ffffff', 'stroke-opacity': 0.25, 'stroke-width': 4 });
  building += el('rect', { x: 780, y: 120, width: 40, height: 44, fill: stone });
  building += el('path', { d: 'M120 710H1480L1520 760H80Z', fill: shade });
  c.add(building);
  flag(c, 'azerbaijan', 800, 20, 110, 110, 0.8);
  c.add(el('rect', { x: 0, y: 760, width: c.w, height: 140, fill: '#2b2638' }));
  c.add(el('path', { d: 'M0 830H1600', stroke: '#4cc9f0', 'stroke-width': 10, 'stroke-dasharray': '60 40' }));
  const sx = c.rand.range(980, 1200);
  c.add(
    el('path', { d: `M${sx - 260} 790H${sx - 150}M${sx - 300} 815H${sx - 170}M${sx - 240} 840H${sx - 140}`, stroke: '#ffffff', 'stroke-opacity': 0.5, 'stroke-width': 6, 'stroke-linecap': 'round' }),
    el('path', { d: `M${sx - 110} 835H${sx + 90}L${sx + 120} 700H${sx + 150}`, fill: 'none', stroke: '#4cc9f0', 'stroke-width': 14, 'stroke-linecap': 'round', 'stroke-linejoin': 'round' }),
    el('circle', { cx: sx - 100, cy: 840, r: 32, fill: '#15121d', stroke: '#e6e6e6', 'stroke-width': 8 }),
    el('circle', { cx: sx + 115, cy: 840, r: 32, fill: '#15121d', stroke: '#e6e6e6', 'stroke-width': 8 }),
  );
  c.vignette(0.4);
  return {
    ru: 'здание парламента с куполом на закате и электросамокат на выделенной полосе перед ним',
    az: 'gün batımında günbəzli parlament binası və qarşısında ayrılmış zolaqda elektrik skuteri',
    en: 'a domed parliament building at sunset, with an electric scooter in a marked lane in front of it',
  };
}
