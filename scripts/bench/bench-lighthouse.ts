/**
 * `npm run bench:lighthouse [-- <site url>]`: Lighthouse's four scores and its LCP, CLS and TBT for the home page, an
 * article with a cover and a section page, as a phone on a slow network sees them (Lighthouse's default mobile
 * emulation and throttling). Each page is measured BENCH_RUNS times (default 3), each run in a fresh Chromium, and
 * the medians are reported next to the targets. BENCH_LOCALES (default `ru`; e.g. `ru,az,en`) picks the languages,
 * BENCH_ARTICLE an article path instead of the newest with a cover. Needs a running site (default
 * http://127.0.0.1:3000) and a Chromium (CHROME_PATH, else Debian's). Writes benchmarks/lighthouse.json and .svg.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { CHROMIUM_ARGS, CHROMIUM_INSTALL_HINT, findChromium } from '../chromium';
import { saveBenchmark } from './bench-results';
import { projectRoot } from '../database';

const site = (process.argv[2] ?? 'http://127.0.0.1:3000').replace(/\/$/, '');
const RUNS = Number(process.env.BENCH_RUNS ?? 3);
const LOCALES = (process.env.BENCH_LOCALES ?? 'ru').split(',').map((locale) => locale.trim());
const CATEGORY: Record<string, string> = { ru: 'ekonomika', az: 'iqtisadiyyat', en: 'economy' };

const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;
type Category = (typeof CATEGORIES)[number];
const TARGETS: Record<Category, number> = { performance: 98, accessibility: 100, 'best-practices': 100, seo: 100 };
const METRICS = { lcp: 'largest-contentful-paint', cls: 'cumulative-layout-shift', tbt: 'total-blocking-time' } as const;
type Metric = keyof typeof METRICS;

interface Run {
  scores: Record<Category, number>;
  metrics: Record<Metric, number>;
  /** Audits that did not pass, by id, with their title: what to fix. */
  failing: Record<string, string>;
  /** What the failing audits found (elements, URLs), to act on without running Lighthouse again. */
  details: Record<string, unknown>;
  /** The element Lighthouse took for the largest paint, and where its time went (TTFB, load delay, load, render delay). */
  lcpElement: string | null;
  lcpPhases: Record<string, number>;
}

interface LighthouseResult {
  categories: Record<Category, { score: number | null; auditRefs: { id: string; weight: number }[] }>;
  audits: Record<string, { title: string; score: number | null; displayValue?: string; numericValue?: number; details?: unknown }>;
  runtimeError?: { message: string };
}

type LcpDetails = { items: { items?: { node?: { snippet?: string }; phase?: string; timing?: number }[] }[] };

const chrome = findChromium();
if (!chrome) {
  console.error(CHROMIUM_INSTALL_HINT);
  process.exit(1);
}
const lighthouseBin = path.join(projectRoot, 'node_modules', 'lighthouse', 'cli', 'index.js');

/** One Lighthouse run in a fresh browser profile, so no run finds another's files in its cache. */
function lighthouse(url: string): Run {
  const work = mkdtempSync(path.join(tmpdir(), 'newsroom-lighthouse-'));
  try {
    const report = path.join(work, 'report.json');
    const result = spawnSync(
      process.execPath,
      [
        lighthouseBin,
        url,
        '--quiet',
        '--output=json',
        `--output-path=${report}`,
        `--only-categories=${CATEGORIES.join(',')}`,
        `--chrome-flags=--headless=new ${CHROMIUM_ARGS.join(' ')} --user-data-dir=${path.join(work, 'profile')}`,
      ],
      { env: { ...process.env, CHROME_PATH: chrome! }, encoding: 'utf8', timeout: 180_000 },
    );
    if (result.status !== 0) throw new Error(`lighthouse failed on ${url}:\n${result.stderr}`);
    const lhr = JSON.parse(readFileSync(report, 'utf8')) as LighthouseResult;
    if (lhr.runtimeError) throw new Error(`lighthouse on ${url}: ${lhr.runtimeError.message}`);
    const scores = Object.fromEntries(CATEGORIES.map((c) => [c, Math.round((lhr.categories[c].score ?? 0) * 100)])) as Record<Category, number>;
    const metrics = Object.fromEntries(
      (Object.keys(METRICS) as Metric[]).map((m) => [m, lhr.audits[METRICS[m]]?.numericValue ?? Number.NaN]),
    ) as Record<Metric, number>;
    const failing: Record<string, string> = {};
    for (const category of CATEGORIES) {
      for (const ref of lhr.categories[category].auditRefs) {
        const audit = lhr.audits[ref.id];
        if (!audit || audit.score === null || audit.score >= 0.9) continue;
        // Performance lists only its weighted metrics; its many diagnostics are in the JSON's full report.
        if (category === 'performance' && ref.weight === 0) continue;
        // A metric's value is in the line above; other audits say what they found.
        failing[ref.id] = category !== 'performance' && audit.displayValue ? `${audit.title} (${audit.displayValue})` : audit.title;
      }
    }
    const details = Object.fromEntries(Object.keys(failing).map((id) => [id, lhr.audits[id]?.details ?? null]));
    const lcp = lhr.audits['largest-contentful-paint-element']?.details as LcpDetails | undefined;
    const lcpElement = lcp?.items[0]?.items?.[0]?.node?.snippet ?? null;
    const lcpPhases = Object.fromEntries((lcp?.items[1]?.items ?? []).map((row) => [row.phase ?? '', Math.round(row.timing ?? 0)]));
    return { scores, metrics, failing, details, lcpElement, lcpPhases };
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
};

/** Follows the locale's newest stories until one has a cover: the page whose LCP is an image. */
async function articleWithCover(locale: string): Promise<string> {
  const listing = await (await fetch(`${site}/${locale}/latest`)).text();
  const paths = [...new Set([...listing.matchAll(new RegExp(`href="(/${locale}/news/\\d+-[^"?#]+)"`, 'g'))].map((m) => m[1]!))];
  for (const candidate of paths.slice(0, 30)) {
    const html = await (await fetch(`${site}${candidate}`)).text();
    if (html.includes('data-testid="cover"')) return candidate;
  }
  if (!paths[0]) throw new Error(`no article listed on ${site}/${locale}/latest`);
  console.warn(`  no article with a cover among the newest in ${locale}: measuring ${paths[0]}`);
  return paths[0];
}

const pages: { locale: string; kind: 'home' | 'article' | 'category'; path: string }[] = [];
for (const locale of LOCALES) {
  pages.push({ locale, kind: 'home', path: `/${locale}` });
  pages.push({ locale, kind: 'article', path: process.env.BENCH_ARTICLE ?? (await articleWithCover(locale)) });
  pages.push({ locale, kind: 'category', path: `/${locale}/category/${CATEGORY[locale] ?? 'economy'}` });
}

// One unmeasured visit each, so every run finds the page in the site's cache, as a reader after the first does.
for (const page of pages) await fetch(`${site}${page.path}`);

const fmt = {
  scores: (s: Record<Category, number>) => CATEGORIES.map((c) => String(s[c]).padStart(3)).join(' '),
  metrics: (m: Record<Metric, number>) =>
    `LCP ${(m.lcp / 1000).toFixed(2)} s  CLS ${m.cls.toFixed(3)}  TBT ${Math.round(m.tbt)} ms`,
};
const targetLine = CATEGORIES.map((c) => `${c} ≥ ${TARGETS[c]}`).join(', ');
const lighthouseVersion = JSON.parse(readFileSync(path.join(projectRoot, 'node_modules', 'lighthouse', 'package.json'), 'utf8')).version as string;
console.log(`Lighthouse ${lighthouseVersion}, mobile, ${RUNS} run(s) per page on ${site}`);
console.log(`scores: performance accessibility best-practices seo; targets: ${targetLine}`);

const results: ((typeof pages)[number] & { scores: Record<Category, number>; metrics: Record<Metric, number>; failing: Record<string, string>; runs: Run[] })[] = [];
for (const page of pages) {
  const runs: Run[] = [];
  for (let i = 0; i < RUNS; i++) {
    const run = lighthouse(`${site}${page.path}`);
    runs.push(run);
    console.log(`  ${page.kind.padEnd(8)} ${page.locale} run ${i + 1}: ${fmt.scores(run.scores)}  ${fmt.metrics(run.metrics)}`);
  }
  const scores = Object.fromEntries(CATEGORIES.map((c) => [c, median(runs.map((r) => r.scores[c]))])) as Record<Category, number>;
  const metrics = Object.fromEntries((Object.keys(METRICS) as Metric[]).map((m) => [m, median(runs.map((r) => r.metrics[m]))])) as Record<Metric, number>;
  const failing = Object.assign({}, ...runs.map((r) => r.failing)) as Record<string, string>;
  const missed = CATEGORIES.filter((c) => scores[c] < TARGETS[c]);
  console.log(`${page.kind.padEnd(8)} ${page.locale} median: ${fmt.scores(scores)}  ${fmt.metrics(metrics)}  ${page.path}`);
  console.log(`  targets ${missed.length ? `missed: ${missed.join(', ')}` : 'met'}`);
  const last = runs[runs.length - 1]!;
  const phases = Object.entries(last.lcpPhases).map(([phase, ms]) => `${phase} ${ms} ms`).join(', ');
  console.log(`  LCP element: ${last.lcpElement?.slice(0, 100) ?? 'none'}${phases ? ` (${phases})` : ''}`);
  for (const [id, title] of Object.entries(failing)) console.log(`  flagged: ${id} — ${title}`);
  results.push({ ...page, scores, metrics, failing, runs });
}

const label = (page: (typeof results)[number]) => `${page.locale} ${page.kind}`;
const perfMissed = results.filter((page) => page.scores.performance < TARGETS.performance);
const othersMissed = results.filter((page) => CATEGORIES.some((c) => c !== 'performance' && page.scores[c] < TARGETS[c]));
saveBenchmark({
  benchmark: 'lighthouse',
  title: 'Lighthouse on a phone',
  command: `BENCH_LOCALES=${LOCALES.join(',')} npm run bench:lighthouse`,
  about: `Lighthouse ${lighthouseVersion} as a phone on a slow network sees the site (its default mobile emulation: slow 4G, 4× CPU throttling) in Debian's Chromium: the home page, the newest article with a cover and a section, in ${LOCALES.join(', ')}; ${RUNS} runs of each page in fresh profiles, medians.`,
  findings: [
    `Performance ${Math.min(...results.map((p) => p.scores.performance))}–${Math.max(...results.map((p) => p.scores.performance))} (target ${TARGETS.performance}): ${perfMissed.length ? `missed on ${perfMissed.map(label).join(', ')}` : 'met on every page'}.`,
    `Accessibility, best practices and SEO: ${othersMissed.length ? `below 100 on ${othersMissed.map(label).join(', ')}` : '100 on every page'}.`,
    `LCP ${(Math.min(...results.map((p) => p.metrics.lcp)) / 1000).toFixed(2)}–${(Math.max(...results.map((p) => p.metrics.lcp)) / 1000).toFixed(2)} s, CLS at most ${Math.max(...results.map((p) => p.metrics.cls)).toFixed(3)}, TBT at most ${Math.round(Math.max(...results.map((p) => p.metrics.tbt)))} ms.`,
  ],
  charts: [
    { title: 'Performance score', unit: 'points', better: 'higher', target: TARGETS.performance, bars: results.map((page) => ({ label: label(page), value: page.scores.performance })) },
    { title: 'Largest contentful paint', unit: 's', better: 'lower', target: 2.5, bars: results.map((page) => ({ label: label(page), value: page.metrics.lcp / 1000 })) },
    {
      title: 'Accessibility, best practices, SEO: the lowest',
      unit: 'points',
      better: 'higher',
      target: 100,
      bars: results.map((page) => ({ label: label(page), value: Math.min(page.scores.accessibility, page.scores['best-practices'], page.scores.seo) })),
    },
  ],
  results: { site, runsPerPage: RUNS, targets: TARGETS, pages: results },
});
