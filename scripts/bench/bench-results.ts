/**
 * Where every benchmark leaves its figures: benchmarks/NAME.json (what it measured, on what machine, at which
 * commit), benchmarks/NAME.svg (its chart) and benchmarks/BENCHMARKS.md (every benchmark's findings and chart, made
 * again from all the JSON files each time one is saved). `npm run bench` runs them all; `npm run bench:report` draws
 * the charts and the page again from the JSON files alone.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { formatValue, renderChart, type Chart } from './bench-chart';

export type { Chart } from './bench-chart';

export const resultsDir = path.resolve(import.meta.dirname, '..', '..', 'benchmarks');

export interface Machine {
  cpus: number;
  cpuModel: string;
  memoryGiB: number;
  node: string;
  /** The 1-minute load average when the benchmark started and when it ended: how busy the two cores were. */
  loadAtStart: number;
  loadAtEnd: number;
}

export interface BenchmarkRecord {
  benchmark: string;
  title: string;
  command: string;
  /** What the benchmark measures, in a sentence or two. */
  about: string;
  measuredAt: string;
  durationSeconds: number;
  commit: string;
  machine: Machine;
  /** What a reader of the page should take away, with the figures, as the benchmark printed them. */
  findings: string[];
  charts: Chart[];
  /** Everything the benchmark measured, in its own shape. */
  results: unknown;
}

const started = { at: performance.now(), load: os.loadavg()[0]! };

function commit(): string {
  try {
    const head = execFileSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: resultsDir, encoding: 'utf8' }).trim();
    const dirty = execFileSync('git', ['status', '--porcelain', '--untracked-files=no'], { cwd: resultsDir, encoding: 'utf8' }).trim();
    return dirty ? `${head} (with uncommitted changes)` : head;
  } catch {
    return 'unknown';
  }
}

/**
 * Writes the benchmark's JSON and chart and makes BENCHMARKS.md again. Figures are rounded to what a measurement on
 * a shared machine can tell, so that a page regenerated from the same run reads the same.
 */
export function saveBenchmark(record: Pick<BenchmarkRecord, 'benchmark' | 'title' | 'command' | 'about' | 'findings' | 'charts' | 'results'>): void {
  const full: BenchmarkRecord = {
    ...record,
    measuredAt: new Date().toISOString(),
    durationSeconds: Math.round((performance.now() - started.at) / 1000),
    commit: commit(),
    machine: {
      cpus: os.cpus().length,
      cpuModel: os.cpus()[0]?.model.trim() ?? 'unknown',
      memoryGiB: Math.round(os.totalmem() / 2 ** 30),
      node: process.version,
      loadAtStart: Number(started.load.toFixed(2)),
      loadAtEnd: Number(os.loadavg()[0]!.toFixed(2)),
    },
  };
  mkdirSync(resultsDir, { recursive: true });
  writeFileSync(path.join(resultsDir, `${record.benchmark}.json`), `${JSON.stringify(full, roundFigures, 2)}\n`);
  const written = writeReport();
  console.log(`written: benchmarks/${record.benchmark}.json, benchmarks/${record.benchmark}.svg, benchmarks/BENCHMARKS.md (${written} benchmarks)`);
}

/** Four significant digits are more than any of these measurements can tell. */
function roundFigures(_key: string, value: unknown): unknown {
  return typeof value === 'number' && !Number.isInteger(value) ? Number(value.toPrecision(4)) : value;
}

export function readRecords(dir = resultsDir): BenchmarkRecord[] {
  let files: string[];
  try {
    files = readdirSync(dir).filter((file) => file.endsWith('.json'));
  } catch {
    return [];
  }
  return files
    .map((file) => JSON.parse(readFileSync(path.join(dir, file), 'utf8')) as BenchmarkRecord)
    .sort((a, b) => ORDER.indexOf(a.benchmark) - ORDER.indexOf(b.benchmark) || a.benchmark.localeCompare(b.benchmark));
}

/** The page's order: what readers feel first, then editors, then operations. */
export const ORDER = ['serve', 'cache', 'freshness', 'live', 'lighthouse', 'first-load-js', 'scale', 'search', 'views', 'now', 'auth', 'backup'];

export function chartOf(record: BenchmarkRecord): string {
  return renderChart(record.title, record.charts);
}

const when = (iso: string) => `${iso.slice(0, 10)} ${iso.slice(11, 16)} UTC`;

function section(record: BenchmarkRecord): string {
  const { machine } = record;
  const lines = [
    `## ${record.title}`,
    '',
    record.about,
    '',
    `\`${record.command}\` · ${when(record.measuredAt)} · ${record.durationSeconds} s · commit ${record.commit} · ` +
      `${machine.cpus} × ${machine.cpuModel}, ${machine.memoryGiB} GiB, Node ${machine.node}, load ${machine.loadAtStart} → ${machine.loadAtEnd}`,
    '',
    ...record.findings.map((finding) => `- ${finding}`),
    '',
    `![${record.title}](${record.benchmark}.svg)`,
    '',
  ];
  for (const chart of record.charts) {
    lines.push(`| ${chart.title} | ${chart.unit} |`, '|---|---:|');
    for (const bar of chart.bars) lines.push(`| ${bar.label.replace(/\|/g, '\\|')} | ${formatValue(bar.value)} |`);
    if (chart.target !== undefined) lines.push(`| *target (${chart.better} is better)* | *${formatValue(chart.target)}* |`);
    lines.push('');
  }
  lines.push(`All figures: [${record.benchmark}.json](${record.benchmark}.json).`, '');
  return lines.join('\n');
}

export function renderIndex(records: BenchmarkRecord[]): string {
  return [
    '# Benchmarks',
    '',
    'Made by the benchmarks themselves: each writes `NAME.json` (every figure, the machine, its load and the commit) and',
    '`NAME.svg` beside this page, then makes this page again from all the JSON files. `npm run bench` runs every one in',
    'turn on fresh databases (about 45 minutes on two cores); `npm run bench:report` redraws the charts and this page from',
    'the JSON files alone. Do not edit by hand: `scripts/bench/bench-results.test.ts` fails when this page or a chart differs',
    'from what the JSON files make.',
    '',
    'These are figures from one shared two-core machine. Each benchmark compares within one run (ours against nginx,',
    'Redis against the file system, the target) and quotes medians, so that a busy machine slows both sides alike; the',
    'load average at its start and end says how busy it was.',
    '',
    '| benchmark | command | measured | load |',
    '|---|---|---|---|',
    ...records.map(
      (r) =>
        `| [${r.title}](#${anchor(r.title)}) | \`${r.command}\` | ${when(r.measuredAt)} | ${r.machine.loadAtStart} → ${r.machine.loadAtEnd} |`,
    ),
    '',
    ...records.map(section),
  ].join('\n');
}

/** GitHub's heading anchors. */
export function anchor(title: string): string {
  return title
    .toLowerCase()
    .replace(/[^\p{L}\p{N} -]/gu, '')
    .replace(/ /g, '-');
}

/** The charts and the page from the JSON files in `dir`; returns how many benchmarks there are. */
export function writeReport(dir = resultsDir): number {
  const records = readRecords(dir);
  for (const record of records) writeFileSync(path.join(dir, `${record.benchmark}.svg`), chartOf(record));
  writeFileSync(path.join(dir, 'BENCHMARKS.md'), renderIndex(records));
  return records.length;
}
