/**
 * The charts of benchmarks/: each benchmark's figures as horizontal bars, one panel per measure, drawn as a plain
 * SVG file that GitHub and any browser show without scripts or fonts of its own. Bars that meet a panel's target are
 * drawn in the site's teal, bars that miss it in orange; the target is a dashed line.
 */

export interface Bar {
  label: string;
  value: number;
}

export interface Chart {
  title: string;
  unit: string;
  bars: Bar[];
  /** Which way is good: decides the colour of a bar against the target. */
  better: 'higher' | 'lower';
  target?: number;
}

const WIDTH = 760;
const MARGIN = 12;
const LABEL_WIDTH = 230;
const VALUE_WIDTH = 110;
const BAR_HEIGHT = 18;
const ROW = 24;
const PANEL_TITLE = 30;
const PANEL_GAP = 18;
const PLOT_WIDTH = WIDTH - LABEL_WIDTH - VALUE_WIDTH - 20;
const COLOURS = { meets: '#0f766e', misses: '#c2410c', plain: '#334155', target: '#64748b', text: '#0f172a', muted: '#475569' };

const escape = (text: string) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/** A figure as it reads in a table: three significant digits, whole numbers above a thousand, thousands separated. */
export function formatValue(value: number): string {
  if (!Number.isFinite(value)) return '–';
  const magnitude = Math.abs(value);
  if (magnitude >= 1000 || Number.isInteger(value)) return Math.round(value).toLocaleString('en');
  if (magnitude >= 100) return value.toFixed(0);
  if (magnitude >= 10) return value.toFixed(1);
  if (magnitude >= 1) return value.toFixed(2);
  return magnitude === 0 ? '0' : value.toPrecision(2);
}

const withUnit = (value: number, unit: string) => `${formatValue(value)}${unit === '%' ? '' : ' '}${unit}`;

function colour(chart: Chart, value: number): string {
  if (chart.target === undefined || !Number.isFinite(value)) return COLOURS.plain;
  const meets = chart.better === 'higher' ? value >= chart.target : value <= chart.target;
  return meets ? COLOURS.meets : COLOURS.misses;
}

function panelHeight(chart: Chart): number {
  return PANEL_TITLE + chart.bars.length * ROW + (chart.target === undefined ? 0 : 14);
}

function panel(chart: Chart, top: number): string {
  const values = chart.bars.map((bar) => bar.value).filter(Number.isFinite);
  const max = Math.max(...values, chart.target ?? 0, Number.MIN_VALUE) * 1.04;
  const x = (value: number) => LABEL_WIDTH + (Math.max(0, value) / max) * PLOT_WIDTH;
  const parts = [
    `<text x="0" y="${top + 18}" font-size="14" font-weight="600" fill="${COLOURS.text}">${escape(chart.title)}` +
      `<tspan font-weight="400" fill="${COLOURS.muted}"> (${escape(chart.unit)}, ${chart.better} is better)</tspan></text>`,
  ];
  if (chart.target !== undefined) {
    const tx = x(chart.target).toFixed(1);
    const bottom = top + PANEL_TITLE + chart.bars.length * ROW;
    // Drawn first, so that the bars and their figures stand in front of it.
    parts.push(
      `<line x1="${tx}" y1="${top + PANEL_TITLE - 4}" x2="${tx}" y2="${bottom}" stroke="${COLOURS.target}" stroke-width="1.5" stroke-dasharray="4 3"/>`,
      `<text x="${tx}" y="${bottom + 11}" font-size="11" text-anchor="middle" fill="${COLOURS.muted}">target ${escape(withUnit(chart.target, chart.unit))}</text>`,
    );
  }
  chart.bars.forEach((bar, i) => {
    const y = top + PANEL_TITLE + i * ROW;
    const end = Number.isFinite(bar.value) ? x(bar.value) : LABEL_WIDTH;
    parts.push(
      `<text x="${LABEL_WIDTH - 8}" y="${y + 13}" font-size="12" text-anchor="end" fill="${COLOURS.text}">${escape(bar.label)}</text>`,
      `<rect x="${LABEL_WIDTH}" y="${y}" width="${Math.max(1, end - LABEL_WIDTH).toFixed(1)}" height="${BAR_HEIGHT}" rx="2" fill="${colour(chart, bar.value)}"/>`,
      `<text x="${(end + 6).toFixed(1)}" y="${y + 13}" font-size="12" fill="${COLOURS.text}" stroke="#ffffff" stroke-width="4" paint-order="stroke">${escape(withUnit(bar.value, chart.unit))}</text>`,
    );
  });
  return parts.join('\n');
}

/** One SVG document with a panel per chart, under the benchmark's title. */
export function renderChart(title: string, charts: Chart[]): string {
  let top = 34;
  const panels: string[] = [];
  for (const chart of charts) {
    panels.push(panel(chart, top));
    top += panelHeight(chart) + PANEL_GAP;
  }
  const [width, height] = [WIDTH + 2 * MARGIN, top - PANEL_GAP + 10 + 2 * MARGIN];
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="system-ui, -apple-system, 'Segoe UI', sans-serif">`,
    `<title>${escape(title)}</title>`,
    `<rect width="100%" height="100%" fill="#ffffff"/>`,
    `<g transform="translate(${MARGIN} ${MARGIN})">`,
    `<text x="0" y="20" font-size="16" font-weight="700" fill="${COLOURS.text}">${escape(title)}</text>`,
    ...panels,
    '</g>',
    '</svg>',
    '',
  ].join('\n');
}
