import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatValue, renderChart, type Chart } from './bench-chart';
import { anchor, chartOf, ORDER, readRecords, renderIndex, resultsDir } from './bench-results';

const scripts = import.meta.dirname;
const packageScripts = (JSON.parse(readFileSync(path.join(scripts, '..', '..', 'package.json'), 'utf8')) as { scripts: Record<string, string> }).scripts;

describe('benchmarks/', () => {
  const records = readRecords();

  it('holds a record of every benchmark', () => {
    expect(records.map((record) => record.benchmark).sort()).toEqual([...ORDER].sort());
  });

  it('holds the charts and the page the JSON files make, so that nobody edits the figures by hand', () => {
    for (const record of records) {
      expect(readFileSync(path.join(resultsDir, `${record.benchmark}.svg`), 'utf8'), `${record.benchmark}.svg`).toBe(chartOf(record));
    }
    expect(readFileSync(path.join(resultsDir, 'BENCHMARKS.md'), 'utf8')).toBe(renderIndex(records));
  });

  it('names for each benchmark the command that measured it, with its findings and figures', () => {
    for (const record of records) {
      const script = /npm run (bench:[a-z-]+)/.exec(record.command)?.[1];
      expect(script && packageScripts[script], `${record.benchmark}: ${record.command}`).toBeTruthy();
      expect(record.findings.length).toBeGreaterThan(0);
      expect(record.charts.flatMap((chart) => chart.bars).every((bar) => Number.isFinite(bar.value)), record.benchmark).toBe(true);
      expect(record.machine.cpus).toBeGreaterThan(0);
    }
  });
});

describe('every benchmark script', () => {
  const benchmarks = readdirSync(scripts).filter((file) => /^bench-.*\.ts$/.test(file) && !/^bench-(all|results|chart|report)\b/.test(file) && !file.includes('.test.'));

  it('writes its results through saveBenchmark and is run by npm run bench', () => {
    expect(benchmarks.length).toBeGreaterThanOrEqual(ORDER.length);
    const all = readFileSync(path.join(scripts, 'bench-all.ts'), 'utf8');
    for (const file of benchmarks) {
      expect(readFileSync(path.join(scripts, file), 'utf8'), file).toMatch(/saveBenchmark\(\{\s*benchmark: '[a-z-]+'/);
      const name = /saveBenchmark\(\{\s*benchmark: '([a-z-]+)'/.exec(readFileSync(path.join(scripts, file), 'utf8'))![1]!;
      expect(ORDER, file).toContain(name);
      expect(all, `${name} in bench-all.ts`).toContain(`'${name}'`);
    }
  });
});

describe('the chart', () => {
  const chart: Chart = {
    title: 'Latency <p95>',
    unit: 'ms',
    better: 'lower',
    target: 10,
    bars: [
      { label: 'fast & fine', value: 5 },
      { label: '<script>alert(1)</script>', value: 20 },
    ],
  };
  const svg = renderChart('A "benchmark"', [chart]);

  it('is one SVG document whose text is escaped', () => {
    expect(svg.startsWith('<svg xmlns="http://www.w3.org/2000/svg"')).toBe(true);
    expect(svg).not.toContain('<script>');
    expect(svg).toContain('&#60;script&#62;alert(1)&#60;/script&#62;');
    expect(svg).toContain('fast &#38; fine');
    expect(svg).toContain('<title>A &#34;benchmark&#34;</title>');
  });

  it('draws bars in proportion, the one that misses the target in another colour, and the target', () => {
    const widths = [...svg.matchAll(/<rect x="\d+" y="\d+" width="([\d.]+)" height="18" rx="2" fill="(#[0-9a-f]+)"/g)].map((m) => ({ width: Number(m[1]), fill: m[2] }));
    expect(widths).toHaveLength(2);
    expect(widths[1]!.width / widths[0]!.width).toBeCloseTo(4, 1);
    expect(widths[0]!.fill).not.toBe(widths[1]!.fill);
    expect(svg).toContain('target 10 ms');
    expect(svg).toContain('stroke-dasharray');
  });

  it('reads figures as a person would', () => {
    expect(formatValue(46_312.4)).toBe('46,312');
    expect(formatValue(470.4)).toBe('470');
    expect(formatValue(97)).toBe('97');
    expect(formatValue(5.55)).toBe('5.55');
    expect(formatValue(0.412)).toBe('0.41');
    expect(formatValue(Number.NaN)).toBe('–');
  });

  it('links each section by the anchor GitHub gives its heading', () => {
    expect(anchor('A page-cache hit: Next’s own cache against Redis')).toBe('a-page-cache-hit-nexts-own-cache-against-redis');
  });
});
