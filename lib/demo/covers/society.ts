import type { DemoArticle } from '../types';
import { crowd, flameTowers, skyline } from './city';
import { flag } from './flags';
import { discs, el, fmt, mix, polyline, rectPath, type Canvas, type CoverArt } from './kit';
import { mountainRange, woods } from './landscape';

/** Society covers: Baku's skyline and seafront, a school, a hospital, a metro tunnel, autumn mountains. */

type Subject = CoverArt['subject'];

export function drawSociety(c: Canvas, article: DemoArticle): CoverArt {
  const tags = new Set(article.tags);
  let subject: Subject;
  if (tags.has('education')) subject = school(c);
  else if (tags.has('health')) subject = hospital(c);
  else if (tags.has('transport')) subject = metroTunnel(c);
  else if (tags.has('caspian')) subject = seaLevel(c);
  else if (tags.has('tourism')) subject = mountainResort(c);
  else subject = cityCrowd(c);
  return { svg: c.svg(), subject };
}

function tree(x: number, base: number, size: number, color: string): string {
  return el('rect', { x: x - size * 0.06, y: base - size * 0.7, width: size * 0.12, height: size * 0.7, fill: '#5a3d2b' }) + el('circle', { cx: x, cy: base - size * 0.85, r: size * 0.42, fill: color });
}

function school(c: Canvas): Subject {
  c.backdrop(c.linear([[0, '#7ec8e3'], [0.7, '#e8f6fb']]));
  c.glow(1350, 120, 300, '#fff7d6', 0.8);
  const [left, right, top, ground] = [260, 1340, 260, 640];
  let windows = '';
  for (let y = top + 50; y < ground - 90; y += 95) {
    for (let x = left + 40; x < right - 60; x += 90) if (x < 720 || x > 880) windows += rectPath(x, y, 56, 62);
  }
  c.add(
    el('rect', { x: left, y: top, width: right - left, height: ground - top, fill: c.linear([[0, '#f2d7b6'], [1, '#d9b48f']]) }),
    el('rect', { x: left - 20, y: top - 24, width: right - left + 40, height: 28, fill: '#b5543a' }),
    el('path', { d: windows, fill: '#5a8fb8' }),
    el('path', { d: windows, fill: c.linear([[0, '#ffffff', 0.45], [0.5, '#ffffff', 0]], [0, 0], [1, 1]) }),
    el('rect', { x: 700, y: top - 80, width: 200, height: ground - top + 80, fill: '#e8c7a0' }),
    el('path', { d: `M690 ${top - 80}L800 ${top - 150}L910 ${top - 80}Z`, fill: '#b5543a' }),
    el('rect', { x: 740, y: ground - 170, width: 120, height: 170, rx: 60, fill: '#3d5a80' }),
    el('circle', { cx: 800, cy: top - 20, r: 34, fill: '#ffffff', stroke: '#3d5a80', 'stroke-width': 6 }),
    el('path', { d: `M800 ${top - 20}V${top - 44}M800 ${top - 20}L816 ${top - 10}`, stroke: '#3d5a80', 'stroke-width': 5 }),
  );
  flag(c, 'azerbaijan', 800, top - 250, 100, 110, 0.6);
  for (const x of [90, 180, 1420, 1520]) c.add(tree(x, ground + 10, c.rand.range(200, 260), c.rand.pick(['#e9a23b', '#d9773b', '#c8553d', '#f2c14e'])));
  c.add(el('rect', { x: 0, y: ground, width: c.w, height: c.h - ground, fill: '#c9c2b8' }), el('rect', { x: 0, y: ground, width: c.w, height: 14, fill: '#a89f94' }));
  crowd(c, ground + 30, 38, ['#e63946', '#1d3557', '#457b9d', '#f4a261', '#2a9d8f', '#ffffff', '#6a4c93'], '#c9c2b8', [90, 240]);
  c.vignette(0.25);
  return {
    ru: 'здание школы с флагом Азербайджана, перед ним школьники и учителя; по сторонам осенние деревья',
    az: 'Azərbaycan bayrağı olan məktəb binası, qarşısında şagirdlər və müəllimlər; yanlarda payız ağacları',
    en: 'a school building flying the Azerbaijani flag, with pupils and teachers in front and autumn trees on either side',
  };
}

function hospital(c: Canvas): Subject {
  c.backdrop(c.linear([[0, '#0b3b5a'], [0.75, '#5fa8c8'], [1, '#bfe3ef']]));
  let ecg = 'M0 250';
  for (let x = 0; x < c.w; x += 320) ecg += `H${x + 120}l20 -30l20 30l16 0l18 -120l22 200l18 -110l16 30H${x + 320}`;
  c.add(
    el('path', { d: ecg, fill: 'none', stroke: '#7fffd4', 'stroke-opacity': 0.25, 'stroke-width': 18, 'stroke-linejoin': 'round' }),
    el('path', { d: ecg, fill: 'none', stroke: '#b8fff0', 'stroke-width': 5, 'stroke-linejoin': 'round' }),
  );
  const [left, right, top, ground] = [330, 1270, 360, 780];
  let panes = '';
  for (let y = top + 30; y < ground - 40; y += 58) for (let x = left + 30; x < right - 30; x += 52) panes += rectPath(x, y, 40, 44);
  c.add(
    el('rect', { x: left, y: top, width: right - left, height: ground - top, fill: '#eef3f6' }),
    el('path', { d: panes, fill: c.linearAt([[0, '#7fb9d6'], [1, '#2f6f96']], [left, top], [right, ground]) }),
    el('rect', { x: left - 120, y: top + 170, width: 140, height: ground - top - 170, fill: '#dde6ec' }),
    el('rect', { x: right - 20, y: top + 120, width: 160, height: ground - top - 120, fill: '#dde6ec' }),
    el('rect', { x: 700, y: ground - 110, width: 200, height: 110, fill: '#2f6f96' }),
    el('rect', { x: 660, y: ground - 130, width: 280, height: 24, fill: '#ffffff' }),
  );
  c.add(el('rect', { x: 730, y: top - 170, width: 140, height: 140, rx: 22, fill: '#ffffff' }), el('path', { d: `M780 ${top - 150}h40v40h40v40h-40v40h-40v-40h-40v-40h40z`, fill: '#e63946' }));
  c.add(el('rect', { x: 0, y: ground, width: c.w, height: c.h - ground, fill: '#6c8c5a' }), el('rect', { x: 0, y: ground, width: c.w, height: 30, fill: '#9aa5ab' }));
  for (let x = 40; x < c.w; x += c.rand.range(120, 200)) if (x < left - 140 || x > right + 160) c.add(tree(x, ground + 20, c.rand.range(150, 220), c.rand.pick(['#3f7d4f', '#5a9a5f', '#2f6b4f'])));
  c.vignette(0.3);
  return {
    ru: 'новое здание больницы с красным крестом на крыше, над ним светящаяся линия кардиограммы',
    az: 'damında qırmızı xaç olan yeni xəstəxana binası, üzərində kardioqramın işıqlı xətti',
    en: 'a new hospital building with a red cross on the roof and a glowing heartbeat line above it',
  };
}

/** A metro tunnel under construction: lined rings receding to the cutting head of a boring machine, in purple light. */
function metroTunnel(c: Canvas): Subject {
  c.backdrop('#0b0714');
  const [cx, cy] = [c.rand.range(760, 840), 430];
  const rings = 20;
  for (let i = 0; i < rings; i++) {
    const z = 1 + i * 0.4;
    const r = 760 / z;
    const shade = mix('#3a2a55', '#0b0714', i / rings);
    c.add(el('circle', { cx, cy: cy + 120 / z, r, fill: shade, stroke: mix('#a78bfa', '#0b0714', i / rings), 'stroke-width': Math.max(1, 10 / z) }));
  }
  const headR = 760 / (1 + rings * 0.4);
  const [hx, hy] = [cx, cy + 120 / (1 + rings * 0.4)];
  c.glow(hx, hy, headR * 4, '#c084fc', 0.7);
  let spokes = '';
  for (let i = 0; i < 8; i++) {
    const a = (i * Math.PI) / 4;
    spokes += `M${fmt(hx)} ${fmt(hy)}L${fmt(hx + Math.cos(a) * headR)} ${fmt(hy + Math.sin(a) * headR)}`;
  }
  const cutters = Array.from({ length: 24 }, (_, i) => {
    const a = (i * Math.PI) / 12 + 0.2;
    const d = headR * (0.3 + (i % 3) * 0.25);
    return [hx + Math.cos(a) * d, hy + Math.sin(a) * d, headR * 0.05] as const;
  });
  c.add(
    el('circle', { cx: hx, cy: hy, r: headR, fill: '#5b3d86', stroke: '#f5d0fe', 'stroke-width': 4 }),
    el('path', { d: spokes, stroke: '#2e1d47', 'stroke-width': headR * 0.12 }),
    el('path', { d: discs(cutters), fill: '#f5d0fe' }),
    el('circle', { cx: hx, cy: hy, r: headR * 0.14, fill: '#f5d0fe' }),
  );
  const floor = (x: number, z: number) => [cx + (x * 520) / z, cy + (260 * 1.4) / z] as const;
  c.add(
    el('path', { d: polyline([floor(-1.6, 0.8), floor(1.6, 0.8), floor(1.6, 15), floor(-1.6, 15)], true), fill: '#17101f' }),
    el('path', { d: polyline([floor(-0.75, 0.8), floor(-0.75, 15)]) + polyline([floor(0.75, 0.8), floor(0.75, 15)]), stroke: '#d8b4fe', 'stroke-width': 6 }),
  );
  let sleepers = '';
  for (let z = 0.9; z < 15; z *= 1.12) sleepers += polyline([floor(-1, z), floor(1, z)]);
  c.add(el('path', { d: sleepers, stroke: '#3b2a50', 'stroke-width': 8 }));
  let lamps = '';
  for (let z = 1.1; z < 14; z *= 1.25) {
    for (const side of [-1, 1]) {
      const [x, y] = [cx + (side * 1.9 * 520) / z, cy - (180 * 1.4) / z];
      lamps += el('rect', { x: x - 30 / z, y, width: 60 / z, height: 14 / z, rx: 4 / z });
    }
  }
  c.add(el('g', { fill: '#f3e8ff' }, lamps));
  c.vignette(0.55);
  return {
    ru: 'строящийся тоннель метро: кольца обделки уходят вдаль к ротору проходческого щита, всё в фиолетовом свете',
    az: 'tikilən metro tuneli: üzlük halqaları tunelqazma kombaynının rotoruna doğru uzanır, hər şey bənövşəyi işıqdadır',
    en: 'a metro tunnel under construction, its lining rings receding to the cutting head of a boring machine in purple light',
  };
}

/** The Baku seafront with a gauge in the water: the marks of past levels stand above today's sea. */
function seaLevel(c: Canvas): Subject {
  const horizon = 420;
  c.backdrop(c.linear([[0, '#5fa8d3'], [0.45, '#cae9f5']]));
  skyline(c, horizon, -20, 1620, [40, 150], '#9fb7c8');
  flameTowers(c, c.rand.range(380, 560), horizon, 0.65, false);
  c.add(el('rect', { x: 0, y: horizon, width: c.w, height: c.h - horizon, fill: '#d9c7a3' }));
  const waterTop = 560;
  let marks = '';
  for (let i = 0; i < 4; i++) {
    const y = waterTop - 30 - i * 32;
    marks += `M0 ${y}H1600`;
  }
  c.add(
    el('path', { d: `M0 ${horizon}H1600V${waterTop}H0Z`, fill: c.linear([[0, '#3d7f9f'], [0.5, '#8fb9c2'], [1, '#d9c7a3']]) }),
    el('path', { d: `M0 ${waterTop - 128}H1600V${waterTop}H0Z`, fill: c.pattern(24, 24, el('path', { d: 'M0 24L24 0', stroke: '#ffffff', 'stroke-width': 3 })), 'fill-opacity': 0.25 }),
    el('path', { d: marks, stroke: '#ffffff', 'stroke-opacity': 0.55, 'stroke-width': 3, 'stroke-dasharray': '16 12' }),
    el('rect', { x: 0, y: waterTop, width: c.w, height: c.h - waterTop, fill: c.linear([[0, '#2b7a9b'], [1, '#0d3b56']]) }),
  );
  let ripples = '';
  for (let y = waterTop + 20; y < 900; y += 26) ripples += `M${fmt(c.rand.range(0, 400))} ${y}h${fmt(c.rand.range(100, 300))}M${fmt(c.rand.range(700, 1100))} ${y}h${fmt(c.rand.range(100, 300))}`;
  c.add(el('path', { d: ripples, stroke: '#ffffff', 'stroke-opacity': 0.2, 'stroke-width': 3 }));
  const gx = c.rand.range(1050, 1250);
  let ticks = '';
  for (let y = 300; y < 800; y += 20) ticks += `M${gx} ${y}h${(y / 20) % 5 === 0 ? 44 : 24}`;
  c.add(
    el('rect', { x: gx - 8, y: 290, width: 64, height: 560, fill: '#f8f4e8' }),
    el('rect', { x: gx - 8, y: 290, width: 64, height: 560, fill: c.pattern(64, 80, el('rect', { width: 64, height: 40, fill: '#e63946' })) }),
    el('path', { d: ticks, stroke: '#1b1b1b', 'stroke-width': 3 }),
    el('rect', { x: gx - 8, y: waterTop, width: 64, height: 900 - waterTop, fill: '#0d3b56', 'fill-opacity': 0.55 }),
    el('path', { d: `M${gx + 80} ${waterTop - 126}V${waterTop - 12}l-14 -20m14 20l14 -20`, stroke: '#e63946', 'stroke-width': 6, fill: 'none', 'stroke-linecap': 'round' }),
  );
  c.vignette(0.3);
  return {
    ru: 'приморский бульвар Баку с Пламенными башнями; мерная рейка в воде и пунктирные отметки прежнего, более высокого уровня моря',
    az: 'Alov qüllələri ilə Bakı dənizkənarı; suda ölçü reykası və dənizin əvvəlki, daha yüksək səviyyəsinin qırıq xətli işarələri',
    en: "Baku's seafront with the Flame Towers; a gauge in the water and dashed marks of the sea's former, higher levels",
  };
}

function mountainResort(c: Canvas): Subject {
  c.backdrop(c.linear([[0, '#7fb0d8'], [0.55, '#f8d9bd']]));
  c.glow(c.rand.range(300, 700), 300, 300, '#fff4e0', 0.7);
  mountainRange(c, 470, 260, '#a9b6cf', '#f4f7fb');
  mountainRange(c, 560, 200, '#7f8aa8', '#e8edf5');
  const hill = (x: number) => 640 - 90 * Math.sin(x / 420 + 0.6) - 30 * Math.sin(x / 150);
  c.add(el('path', { d: `M0 900${Array.from({ length: 41 }, (_, i) => `L${i * 40} ${fmt(hill(i * 40))}`).join('')}L1600 900Z`, fill: '#8a4b2a' }));
  for (const offset of [0, 45, 100, 170]) {
    const size = [50 + offset * 0.3, 80 + offset * 0.4] as const;
    woods(c, { ground: (x) => hill(x) + offset, size, density: 9, conifer: '#2f4a3a', crowns: ['#e76f51', '#f4a261', '#e9c46a', '#c1121f', '#b5651d'], trunk: '#4a2a1a', conifers: 0.3 });
  }
  const [hx, hy] = [c.rand.range(950, 1150), 790];
  let windows = '';
  for (let y = hy - 180; y < hy - 30; y += 50) for (let x = hx - 220; x < hx + 210; x += 54) windows += rectPath(x, y, 30, 30);
  let balconies = '';
  for (let y = hy - 140; y < hy - 20; y += 50) balconies += rectPath(hx - 240, y, 480, 6);
  c.add(
    el('rect', { x: hx - 250, y: hy - 210, width: 500, height: 210, fill: '#f3e6d4' }),
    el('path', { d: windows, fill: '#ffcf6e' }),
    el('path', { d: balconies, fill: '#6b3f26' }),
    el('path', { d: `M${hx - 290} ${hy - 205}L${hx} ${hy - 330}L${hx + 290} ${hy - 205}Z`, fill: '#7b2d26' }),
    el('path', { d: `M${hx - 30} ${hy - 280}h60v40h-60Z`, fill: '#ffcf6e' }),
  );
  const ground = (x: number) => 840 + 20 * Math.sin(x / 200);
  c.add(el('path', { d: `M0 900${Array.from({ length: 41 }, (_, i) => `L${i * 40} ${fmt(ground(i * 40))}`).join('')}L1600 900Z`, fill: '#5a2e1a' }));
  woods(c, { ground, size: [90, 150], density: 2.2, conifer: '#223a2e', crowns: ['#d9480f', '#f08c00', '#c92a2a', '#e8a33d'], trunk: '#3b1f12', conifers: 0.35 });
  c.add(el('path', { d: 'M1600 120L60 520', stroke: '#2b2d42', 'stroke-width': 4 }));
  for (const t of [0.22, 0.6]) {
    const [x, y] = [1600 - 1540 * t, 120 + 400 * t];
    c.add(el('path', { d: `M${fmt(x)} ${fmt(y)}v30`, stroke: '#2b2d42', 'stroke-width': 4 }), el('rect', { x: x - 34, y: y + 30, width: 68, height: 56, rx: 12, fill: '#d62828' }), el('rect', { x: x - 26, y: y + 38, width: 52, height: 22, rx: 5, fill: '#cfe8ff' }));
  }
  c.vignette(0.3);
  return {
    ru: 'осенние горы с лесом в красных и жёлтых тонах, канатная дорога и отель со светящимися окнами',
    az: 'qırmızı və sarı çalarlarda meşəli payız dağları, kanat yolu və pəncərələri işıqlı otel',
    en: 'autumn mountains with forests in red and yellow, a cable car and a hotel with lit windows',
  };
}

function cityCrowd(c: Canvas): Subject {
  c.backdrop(c.linear([[0, '#f6bd60'], [1, '#f28482']]));
  skyline(c, 620, -20, 1620, [120, 320], '#84577c');
  flameTowers(c, 800, 620, 0.9, true);
  c.add(el('rect', { x: 0, y: 600, width: c.w, height: 300, fill: '#5e3a5a' }));
  crowd(c, 700, 60, ['#e63946', '#1d3557', '#457b9d', '#f4a261', '#2a9d8f'], '#5e3a5a', [100, 300]);
  c.vignette(0.3);
  return {
    ru: 'силуэты людей на фоне вечернего Баку и Пламенных башен',
    az: 'axşam Bakısı və Alov qüllələri fonunda insan siluetləri',
    en: 'figures of people against evening Baku and the Flame Towers',
  };
}
