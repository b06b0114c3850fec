import { demoRates } from '../index';
import type { DemoArticle } from '../types';
import { barChart, barScale, bridge, candleChart, candlesFrom, grid, lastPoint, lineChart, scaleFor } from './charts';
import { flatDots, flatPoint, PLACES } from './globe';
import { el, fmt, mix, smooth, type Box, type Canvas, type CoverArt, type Point } from './kit';
import { mountainRange } from './landscape';
import { bankFacade, barrel, coinStack, containers, glint, ingotStack, platform, pumpjack, tankTrain } from './props';

/** Economy covers: market charts drawn from plausible series, each with the object its story is about. */

type Subject = CoverArt['subject'];

const PLOT: Box = { x: 110, y: 150, w: 1270, h: 590 };

export function drawEconomy(c: Canvas, article: DemoArticle): CoverArt {
  const tags = new Set(article.tags);
  let subject: Subject;
  if (article.key.includes('silver')) subject = bullionLine(c, 'silver');
  else if (tags.has('gold') && tags.has('currency')) subject = goldCandles(c);
  else if (tags.has('gold') && tags.has('banks')) subject = bullionStack(c);
  else if (tags.has('gold')) subject = bullionLine(c, 'gold');
  else if (tags.has('currency')) subject = manatRates(c);
  else if (tags.has('oil') && tags.has('transport')) subject = fuelTrain(c);
  else if (tags.has('oil') && tags.has('baku')) subject = budgetThreshold(c);
  else if (tags.has('oil')) subject = oilCandles(c);
  else if (tags.has('banks')) subject = bankBars(c);
  else if (tags.has('middle-corridor') || tags.has('kazakhstan')) subject = tradeRoute(c);
  else subject = exportBars(c);
  return { svg: c.svg(), subject, chart: true };
}

function darkBackdrop(c: Canvas, top: string, bottom: string, light: string): void {
  const [lx, ly] = [c.rand.range(900, 1300), c.rand.range(150, 350)];
  c.backdrop(c.linearAt([[0, mix(bottom, light, 0.25)], [0.5, bottom], [1, top]], [lx, ly], [lx - 1000, ly + 800]));
  c.glow(lx, ly, 420, light, 0.2);
  c.halftone('#ffffff', 0.06, [0, 0], 620);
}

/** The euro against the manat ends on the seed page's rate; the dollar is a flat line, as the manat is pegged to it. */
function manatRates(c: Canvas): Subject {
  darkBackdrop(c, '#041526', '#0b3150', '#1f8fbf');
  const eur = Number(demoRates.values.EUR);
  const usd = Number(demoRates.values.USD);
  const values = bridge(c.rand, 64, eur - c.rand.range(0.03, 0.05), eur, 0.0045);
  const top = { ...PLOT, y: 110, h: 440 };
  const scale = scaleFor(values, top, 5, values.length);
  grid(c, top, scale, 3);
  const points = lineChart(c, values, top, scale, '#34e0a1');
  lastPoint(c, points[points.length - 1]!, top, '#34e0a1', '#041526', demoRates.values.EUR);
  // The dollar gets a panel of its own: on the euro's scale the peg would flatten the euro's moves.
  const bottom = { ...PLOT, y: 640, h: 130 };
  const pegScale = scaleFor([usd - 0.01, usd + 0.01], bottom, 2, values.length, 0);
  grid(c, bottom, pegScale, 2);
  const pegY = pegScale.y(usd);
  c.add(
    el('path', { d: `M${bottom.x} ${fmt(pegY)}H${bottom.x + bottom.w}`, stroke: '#8cc8ff', 'stroke-opacity': 0.15, 'stroke-width': 18 }),
    el('path', { d: `M${bottom.x} ${fmt(pegY)}H${bottom.x + bottom.w}`, stroke: '#8cc8ff', 'stroke-width': 5, 'stroke-dasharray': '18 10' }),
  );
  lastPoint(c, [bottom.x + bottom.w, pegY], bottom, '#8cc8ff', '#041526', usd.toFixed(2));
  c.vignette(0.4);
  return {
    ru: 'линейный график курса евро к манату, под ним курс доллара — ровная пунктирная линия на уровне 1,70',
    az: 'avronun manata qarşı məzənnəsinin xətti qrafiki, altında dollar məzənnəsi 1,70 səviyyəsində düz qırıq xətt kimi',
    en: 'line chart of the euro against the manat, with the dollar below it as a flat dashed line at 1.70',
  };
}

function oilCandles(c: Canvas): Subject {
  const withBarrels = c.rand.chance(0.5);
  if (withBarrels) darkBackdrop(c, '#050d16', '#123149', '#4cc9f0');
  else darkBackdrop(c, '#0d0a08', '#2e1a0c', '#ff8a2a');
  if (withBarrels) {
    barrel(c, 50, 860, 170, '#1f6f8b', '#0a2430');
    barrel(c, 235, 885, 170, '#c2462e', '#3d120a');
  } else {
    c.add(pumpjack(40, 860, 0.95, '#ffb347', 0.16));
  }
  const start = c.rand.range(58, 63);
  const closes = bridge(c.rand, 36, start, start + c.rand.range(3, 6) * (c.rand.chance(0.7) ? 1 : -1), 0.9);
  const candles = candlesFrom(c.rand, closes, 0.7);
  const scale = scaleFor(candles.flatMap((k) => [k.high, k.low]), PLOT, 6, candles.length);
  grid(c, PLOT, scale, 0);
  const last = candleChart(c, candles, scale, '#3ddc97', '#ff5d5d');
  const average = closes.map((_, i) => closes.slice(Math.max(0, i - 5), i + 1).reduce((a, b) => a + b, 0) / Math.min(i + 1, 6));
  c.add(el('path', { d: smooth(average.map((v, i): Point => [scale.x(i), scale.y(v)])), fill: 'none', stroke: '#ffc861', 'stroke-width': 4 }));
  lastPoint(c, last, PLOT, '#ffc861', '#0d0a08', closes[closes.length - 1]!.toFixed(1));
  c.vignette(0.5);
  const thing = withBarrels
    ? { ru: 'нефтяные бочки', az: 'neft bareləri', en: 'oil barrels' }
    : { ru: 'силуэт станка-качалки', az: 'nasos-dəzgahın silueti', en: 'the silhouette of a pumpjack' };
  return {
    ru: `свечной график цены нефти с линией скользящего среднего; на переднем плане ${thing.ru}`,
    az: `sürüşkən orta xətti ilə neft qiymətinin şam qrafiki; ön planda ${thing.az}`,
    en: `candlestick chart of the oil price with a moving-average line; in the foreground, ${thing.en}`,
  };
}

/** Azeri Light sliding under the price the budget was planned on, next to an offshore platform. */
function budgetThreshold(c: Canvas): Subject {
  c.backdrop(c.linear([[0, '#08131f'], [0.62, '#1b3550'], [0.63, '#0c2236'], [1, '#050d16']]));
  c.glow(1150, 520, 440, '#ff9d4d', 0.35);
  const box = { x: 640, y: 120, w: 750, h: 420 };
  const budget = 70;
  const values = bridge(c.rand, 40, c.rand.range(72, 75), c.rand.range(64, 66.5), 0.8);
  const scale = scaleFor([...values, budget], box, 5, values.length);
  grid(c, box, scale, 0);
  const by = scale.y(budget);
  c.add(el('rect', { x: box.x, y: by, width: box.w, height: box.y + box.h - by, fill: '#ff5d5d', 'fill-opacity': 0.08 }));
  const points = lineChart(c, values, box, scale, '#ffb86b');
  c.add(el('path', { d: `M${box.x} ${fmt(by)}H${box.x + box.w}`, stroke: '#ff6b6b', 'stroke-width': 4, 'stroke-dasharray': '14 10' }));
  lastPoint(c, points[points.length - 1]!, box, '#ffb86b', '#08131f', values[values.length - 1]!.toFixed(1));
  let waves = '';
  for (let y = 580; y < 900; y += 26) waves += `M0 ${y}Q200 ${y - 8} 400 ${y}T800 ${y}T1200 ${y}T1600 ${y}`;
  c.add(el('path', { d: waves, fill: 'none', stroke: '#7fb2d9', 'stroke-opacity': 0.12, 'stroke-width': 2 }));
  platform(c, 250, 570, 0.85, '#050b12', '#ffb347');
  c.vignette(0.45);
  return {
    ru: 'линейный график цены нефти, опускающейся ниже пунктирной линии бюджетного прогноза, рядом морская нефтяная платформа',
    az: 'neft qiymətinin büdcə proqnozunun qırıq xəttindən aşağı düşdüyünü göstərən xətti qrafik, yanında dəniz neft platforması',
    en: 'line chart of the oil price slipping below a dashed budget-forecast line, beside an offshore oil platform',
  };
}

function bullionLine(c: Canvas, tone: 'gold' | 'silver'): Subject {
  const gold = tone === 'gold';
  darkBackdrop(c, gold ? '#120c05' : '#0b1015', gold ? '#3b2a10' : '#2a343e', gold ? '#ffcf5a' : '#cfe3ff');
  const accent = gold ? '#ffd166' : '#e6edf5';
  const values = gold
    ? bridge(c.rand, 60, c.rand.range(3300, 3500), c.rand.range(4300, 4380), 45)
    : [...bridge(c.rand, 48, c.rand.range(44, 46), 52.4, 0.55), ...bridge(c.rand, 12, 52.4, c.rand.range(50.6, 51.2), 0.35).slice(1)];
  const scale = scaleFor(values, PLOT, 6, values.length);
  grid(c, PLOT, scale, 0);
  if (gold) {
    const high = Math.max(...values.slice(0, -6));
    c.add(el('path', { d: `M${PLOT.x} ${fmt(scale.y(high))}H${PLOT.x + PLOT.w}`, stroke: '#ffffff', 'stroke-opacity': 0.35, 'stroke-width': 2, 'stroke-dasharray': '4 8' }));
  }
  const points = lineChart(c, values, PLOT, scale, accent);
  const close = values[values.length - 1]!;
  lastPoint(c, points[points.length - 1]!, PLOT, accent, gold ? '#120c05' : '#0b1015', gold ? close.toFixed(0) : close.toFixed(2));
  coinStack(c, 220, 880, 100, 7, tone);
  coinStack(c, 400, 900, 80, 4, tone);
  c.add(glint(330, 560, 34, '#ffffff'), glint(1330, 180, 22, '#ffffff'));
  c.vignette(0.45);
  return gold
    ? {
        ru: 'линейный график цены золота, поднимающейся к рекорду, и стопки золотых монет',
        az: 'qızılın rekorda doğru yüksələn qiymətinin xətti qrafiki və qızıl sikkə yığınları',
        en: 'line chart of the gold price climbing to a record, with stacks of gold coins',
      }
    : {
        ru: 'линейный график цены серебра с умеренным снижением в конце и стопки серебряных монет',
        az: 'sonda mülayim enişlə gümüşün qiymətinin xətti qrafiki və gümüş sikkə yığınları',
        en: 'line chart of the silver price easing slightly at the end, with stacks of silver coins',
      };
}

function goldCandles(c: Canvas): Subject {
  darkBackdrop(c, '#0f0a04', '#33240c', '#ffcf5a');
  const closes = bridge(c.rand, 32, c.rand.range(3950, 4050), c.rand.range(4260, 4340), 38);
  const candles = candlesFrom(c.rand, closes, 30);
  const scale = scaleFor(candles.flatMap((k) => [k.high, k.low]), PLOT, 6, candles.length);
  grid(c, PLOT, scale, 0);
  const last = candleChart(c, candles, scale, '#ffd166', '#b5651d');
  lastPoint(c, last, PLOT, '#ffe3a0', '#0f0a04', closes[closes.length - 1]!.toFixed(0));
  ingotStack(c, 60, 860, 190, 2, 'gold');
  c.add(glint(230, 690, 30, '#fffbe8'));
  c.vignette(0.45);
  return {
    ru: 'свечной график цены золота вблизи рекордных значений и золотые слитки',
    az: 'rekord həddə yaxın qızıl qiymətinin şam qrafiki və qızıl külçələri',
    en: 'candlestick chart of the gold price near record highs, with gold bars',
  };
}

function bullionStack(c: Canvas): Subject {
  c.backdrop(c.linear([[0, '#1d1408'], [1, '#4a3512']], [0, 0], [1, 1]));
  c.wash('#ffd36b', 0.2, [560, 0], [560, 900]);
  c.glow(520, 560, 450, '#ffd36b', 0.4);
  const box = { x: 820, y: 170, w: 560, h: 430 };
  const values = bridge(c.rand, 30, 3400, 4300, 50);
  const scale = scaleFor(values, box, 5, values.length);
  grid(c, box, scale, 0);
  const points = lineChart(c, values, box, scale, '#ffe08a');
  lastPoint(c, points[points.length - 1]!, box, '#ffe08a', '#1d1408', values[values.length - 1]!.toFixed(0));
  c.add(el('ellipse', { cx: 520, cy: 835, rx: 460, ry: 46, fill: '#000', 'fill-opacity': 0.35 }));
  ingotStack(c, 130, 820, 230, 3, 'gold');
  c.add(glint(520, 470, 40, '#ffffff'), glint(300, 640, 26, '#fff6d0'));
  c.vignette(0.4);
  return {
    ru: 'пирамида золотых слитков на фоне растущего графика цены',
    az: 'artan qiymət qrafikinin fonunda qızıl külçələrindən piramida',
    en: 'a pyramid of gold bars in front of a rising price chart',
  };
}

function bankBars(c: Canvas): Subject {
  c.backdrop(c.linear([[0, '#06222e'], [1, '#0f4a5a']], [0, 0], [1, 1]));
  c.wash('#5fe0d0', 0.18, [420, 300], [1400, 900]);
  c.halftone('#ffffff', 0.06, [1600, 0], 700);
  const box = { x: 860, y: 210, w: 540, h: 520 };
  const values = Array.from({ length: 7 }, (_, i) => 40 + i * c.rand.range(6, 12) + c.rand.range(0, 10));
  const top = barChart(c, values, box, barScale(values, box, 5), '#2ec4b6', '#ffd166');
  lastPoint(c, top, box, '#ffd166', '#06222e');
  bankFacade(c, 440, 800, 560, '#eee7d9', '#a99f8c');
  c.add(el('rect', { x: 0, y: 800, width: 1600, height: 100, fill: '#041820' }));
  c.vignette(0.4);
  return {
    ru: 'фасад банка с колоннами и столбчатая диаграмма роста',
    az: 'sütunlu bank binasının fasadı və artımı göstərən sütunlu diaqram',
    en: 'a columned bank facade beside a bar chart of growth',
  };
}

/** Bilateral trade that grew about fivefold since 2020, under the arc of the Middle Corridor. */
function tradeRoute(c: Canvas): Subject {
  // On paper, as a printed map: the economy desk's other covers are dark screens.
  c.backdrop(c.linear([[0, '#f6f1e7'], [1, '#e9e0d0']], [0, 0], [1, 1]));
  const map = { x: 0, y: 0, w: 1600, h: 900 };
  const lon = [4, 96] as const;
  const lat = [21, 63] as const;
  c.add(el('path', { d: flatDots(map, lon, lat, 0.9, 4.5), fill: '#7f9cae', 'fill-opacity': 0.6 }));
  const stops = [PLACES.istanbul, PLACES.tbilisi, PLACES.baku, PLACES.aktau, PLACES.astana].map((p) => flatPoint(map, lon, lat, p));
  c.add(
    el('path', { d: smooth(stops), fill: 'none', stroke: '#d6452b', 'stroke-opacity': 0.18, 'stroke-width': 18 }),
    el('path', { d: smooth(stops), fill: 'none', stroke: '#d6452b', 'stroke-width': 6, 'stroke-dasharray': '2 14', 'stroke-linecap': 'round' }),
    ...stops.map(([x, y]) => el('circle', { cx: x, cy: y, r: 12, fill: '#ffffff', stroke: '#d6452b', 'stroke-width': 6 })),
  );
  const box = { x: 920, y: 470, w: 500, h: 320 };
  c.add(
    el('rect', { x: box.x - 32, y: box.y - 36, width: box.w + 200, height: box.h + 90, rx: 18, fill: '#1d3557', 'fill-opacity': 0.18 }),
    el('rect', { x: box.x - 40, y: box.y - 50, width: box.w + 200, height: box.h + 90, rx: 18, fill: '#ffffff' }),
  );
  const values = [1, 1.5, 2.3, 3.1, 4.2, 5].map((v) => v * c.rand.range(0.95, 1.05));
  const scale = barScale(values, box, 4);
  const top = barChart(c, values, box, scale, '#1d3557', '#d6452b', '#1d3557');
  lastPoint(c, top, box, '#d6452b', '#ffffff', '×5');
  c.vignette(0.12);
  return {
    ru: 'точечная карта Каспийского региона с пунктирным торговым маршрутом и столбчатая диаграмма товарооборота, выросшего почти в пять раз',
    az: 'Xəzər regionunun nöqtəli xəritəsi, qırıq xətlə ticarət marşrutu və təxminən beş dəfə artmış ticarət dövriyyəsinin sütunlu diaqramı',
    en: 'dot map of the Caspian region with a dotted trade route and a bar chart of trade that grew almost fivefold',
  };
}

function exportBars(c: Canvas): Subject {
  c.backdrop(c.linear([[0, '#f7f2ea'], [1, '#e6dccb']]));
  c.glow(1150, 200, 420, '#ffffff', 0.7);
  const box = { x: 640, y: 150, w: 760, h: 520 };
  const values = Array.from({ length: 8 }, (_, i) => 60 + i * 4 + c.rand.range(-5, 8));
  const scale = barScale(values, box, 5);
  grid(c, box, scale, 0, '#1b2a41');
  const top = barChart(c, values, box, scale, '#2a9d8f', '#e76f51', '#1b2a41');
  lastPoint(c, top, box, '#e76f51', '#ffffff', '+7%');
  const colors = ['#e76f51', '#2a9d8f', '#f4a261', '#264653', '#e9c46a', '#457b9d'];
  const layout = [0, 1, 2].map((row) => Array.from({ length: 3 - row }, () => c.rand.pick(colors)));
  c.add(el('rect', { x: 0, y: 860, width: 1600, height: 40, fill: '#cfc3b0' }));
  containers(c, 40, 860, 250, layout);
  c.vignette(0.12);
  return {
    ru: 'столбчатая диаграмма роста экспорта по месяцам и штабель грузовых контейнеров',
    az: 'ixracın aylar üzrə artımının sütunlu diaqramı və yük konteynerlərindən ibarət yığın',
    en: 'bar chart of monthly export growth beside a stack of shipping containers',
  };
}

function fuelTrain(c: Canvas): Subject {
  c.backdrop(c.linear([[0, '#0d1b2e'], [0.55, '#3b4a6b'], [0.78, '#f29e4c'], [0.8, '#f6b26b']]));
  c.glow(c.rand.range(1000, 1300), 620, 420, '#ffd08a', 0.6);
  const box = { x: 130, y: 110, w: 1250, h: 360 };
  const values = Array.from({ length: 12 }, (_, i) => 30 + i * c.rand.range(3, 6) + c.rand.range(-4, 4));
  const scale = barScale(values, box, 4);
  grid(c, box, scale, 0);
  const top = barChart(c, values, box, scale, '#ffb35c', '#ffe08a');
  lastPoint(c, top, box, '#ffe08a', '#0d1b2e');
  // The Greater Caucasus behind, snow on its peaks; the train runs along the valley floor.
  mountainRange(c, 700, 200, '#5d6b8a', '#eef3fa');
  mountainRange(c, 720, 130, '#3c4662', '#dfe7f2');
  c.add(el('path', { d: `M0 720Q400 670 800 710T1600 690V900H0Z`, fill: '#242c44' }));
  tankTrain(c, c.rand.range(-260, -120), 850, 4, 420, '#2f3640', '#ffb347');
  c.vignette(0.4);
  return {
    ru: 'железнодорожные цистерны на фоне заснеженных гор и столбчатой диаграммы растущих доходов',
    az: 'qarlı dağların və artan gəlirlərin sütunlu diaqramının fonunda dəmir yolu sisternləri',
    en: 'railway tank wagons against snow-capped mountains and a bar chart of rising revenue',
  };
}
