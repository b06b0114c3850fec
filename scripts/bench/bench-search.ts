/**
 * `npm run bench:search`: search latency at scale. On a fresh database (embedded, or TEST_PG_ADMIN_URL's server) it
 * loads 100,000 articles with a generated translation in each language, then runs a few hundred varied queries per
 * locale through lib/content/search and prints p50/p95 per locale, and EXPLAINs the slowest. Not a test: figures, written to benchmarks/search.json and .svg.
 * Options: BENCH_ARTICLES (default 100000), BENCH_QUERIES per locale (default 300), BENCH_KEEP (see the end).
 */
import { performance } from 'node:perf_hooks';
import { Kysely, PostgresDialect, sql } from 'kysely';
import pg from 'pg';
import type { Database } from '@/lib/db/schema';
import { locales, type Locale } from '@/lib/i18n/locales';
import { createTestDatabase } from '@/test/test-database';
import { saveBenchmark } from './bench-results';
import { loadScaleData, seeded, vocabulary } from './scale-data';
import { processWide } from '@/lib/ops/singleton.mjs';

const ARTICLES = Number(process.env.BENCH_ARTICLES ?? 100_000);
const QUERIES = Number(process.env.BENCH_QUERIES ?? 300);

const database = await createTestDatabase();
console.log(`benchmark database: ${database.description}`);
process.env.DATABASE_URL = database.url;

// The app's one client, with a log of the statements it runs, so the slowest search can be EXPLAINed as it ran.
const captured: { last: { sql: string; parameters: readonly unknown[] } | null } = { last: null };
const db = new Kysely<Database>({
  dialect: new PostgresDialect({ pool: new pg.Pool({ connectionString: database.url, max: 10 }) }),
  log: (event) => {
    if (event.level === 'query' && /candidates as \(/.test(event.query.sql)) captured.last = event.query;
  },
});
// Search reads through getDb(), never the readers' replaying client; both are this one here.
processWide('newsroom.db', () => ({ db, reader: db }));
const { searchArticles } = await import('@/lib/content/search');
const { parseSearchQuery, foldForSearch } = await import('@/lib/content/search-query');

async function load() {
  const figures = await loadScaleData(db, ARTICLES);
  console.log(
    `loaded ${ARTICLES} articles × 3 languages in ${figures.loadSeconds.toFixed(1)} s, indexed in ${figures.indexSeconds.toFixed(1)} s; article_translations ${figures.tableSize}`,
  );
  return figures;
}

function typo(word: string, random: () => number): string {
  const i = 1 + Math.floor(random() * (word.length - 2));
  return word.slice(0, i) + word.slice(i + 1);
}

/** Varied queries: rare and common words, two words, prefixes, typos; Azerbaijani typed without its letters. */
function queries(locale: Locale, random: () => number): { kind: string; text: string }[] {
  const words = vocabulary(locale).filter((w) => w.length >= 3);
  const pick = (list: string[]) => list[Math.floor(random() * list.length)]!;
  const plain = (word: string) => (locale === 'az' ? foldForSearch(word) : word);
  const long = words.filter((w) => w.length >= 6);
  return Array.from({ length: QUERIES }, (_, i) => {
    const r = i % 10;
    if (r < 4) return { kind: 'any word', text: plain(pick(words)) };
    if (r < 6) return { kind: 'common word', text: plain(pick(words.slice(0, 100))) };
    if (r < 8) return { kind: 'two words', text: `${plain(pick(words))} ${plain(pick(words))}` };
    if (r < 9) return { kind: 'prefix', text: plain(pick(long)).slice(0, 4) };
    return { kind: 'typo', text: typo(plain(pick(long)), random) };
  });
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}

async function seqScans(): Promise<number> {
  const { rows } = await sql<{ n: string }>`select seq_scan as n from pg_stat_user_tables where relname = 'article_translations'`.execute(db);
  return Number(rows[0]?.n ?? 0);
}


const perLocale: { locale: Locale; queries: number; withResults: number; p50Ms: number; p95Ms: number; maxMs: number; p95ByKind: Record<string, number> }[] = [];
try {
  const loaded = await load();
  const scansBefore = await seqScans();
  let slowest = { ms: 0, label: '', query: null as typeof captured.last };
  for (const locale of locales) {
    const timings: number[] = [];
    const byKind = new Map<string, number[]>();
    let found = 0;
    for (const [i, { kind, text }] of queries(locale, seeded(100 + locales.indexOf(locale))).entries()) {
      const query = parseSearchQuery(text);
      if (query.kind !== 'terms') continue;
      const started = performance.now();
      const result = await searchArticles(locale, query.terms, { limit: 20 });
      const ms = performance.now() - started;
      if (result.items.length) found += 1;
      // The first queries warm the caches; they are not counted.
      if (i < 10) continue;
      timings.push(ms);
      byKind.set(kind, [...(byKind.get(kind) ?? []), ms]);
      if (ms > slowest.ms) slowest = { ms, label: `${locale} "${text}"`, query: captured.last };
    }
    timings.sort((a, b) => a - b);
    const p95ByKind = Object.fromEntries([...byKind.entries()].map(([kind, list]) => [kind, percentile(list.sort((a, b) => a - b), 95)]));
    const kinds = Object.entries(p95ByKind)
      .map(([kind, ms]) => `${kind} p95 ${ms.toFixed(1)}`)
      .join(', ');
    perLocale.push({ locale, queries: timings.length, withResults: found, p50Ms: percentile(timings, 50), p95Ms: percentile(timings, 95), maxMs: timings.at(-1)!, p95ByKind });
    console.log(
      `${locale}: ${timings.length} queries, ${found} with results; p50 ${percentile(timings, 50).toFixed(1)} ms, p95 ${percentile(timings, 95).toFixed(1)} ms, max ${timings.at(-1)!.toFixed(1)} ms (${kinds})`,
    );
  }
  const seqScansDuring = (await seqScans()) - scansBefore;
  console.log(`sequential scans of article_translations during the queries: ${seqScansDuring}`);
  if (slowest.query) {
    console.log(`slowest: ${slowest.label}, ${slowest.ms.toFixed(1)} ms; its plan:`);
    const client = new pg.Client({ connectionString: database.url });
    await client.connect();
    const plan = await client.query(`explain (analyze, buffers) ${slowest.query.sql}`, [...slowest.query.parameters]);
    console.log(plan.rows.map((row: Record<string, string>) => `  ${row['QUERY PLAN']}`).join('\n'));
    await client.end();
  }
  saveBenchmark({
    benchmark: 'search',
    title: `Search in ${ARTICLES.toLocaleString('en')} articles per language`,
    command: 'npm run bench:search',
    about: `A fresh database with ${ARTICLES.toLocaleString('en')} generated articles in each language, then ${QUERIES} varied queries per language through lib/content/search: rare and common words, two words, prefixes, typos, and Azerbaijani typed without its letters. The first ten warm the caches and are not counted.`,
    findings: [
      ...perLocale.map((l) => `${l.locale}: p50 ${l.p50Ms.toFixed(1)} ms, p95 ${l.p95Ms.toFixed(1)} ms, max ${l.maxMs.toFixed(0)} ms; ${l.withResults} of ${QUERIES} queries found something.`),
      `${seqScansDuring} sequential scans of article_translations during the queries. Target: p95 under 50 ms in every language.`,
    ],
    charts: [
      { title: 'Search, p95', unit: 'ms', better: 'lower', target: 50, bars: perLocale.map((l) => ({ label: l.locale, value: l.p95Ms })) },
      { title: 'Search, p50', unit: 'ms', better: 'lower', bars: perLocale.map((l) => ({ label: l.locale, value: l.p50Ms })) },
      ...(perLocale[0] ? [{ title: `By kind of query in ${perLocale[0].locale}, p95`, unit: 'ms', better: 'lower' as const, target: 50, bars: Object.entries(perLocale[0].p95ByKind).map(([label, value]) => ({ label, value })) }] : []),
    ],
    results: { articlesPerLocale: ARTICLES, queriesPerLocale: QUERIES, load: loaded, perLocale, seqScansDuring, slowest: { label: slowest.label, ms: slowest.ms } },
  });
} finally {
  await db.destroy();
  // As scripts/with-database.ts: the pool's sockets close after destroy() resolves, and a server stopped under them
  // makes the pool emit "terminating connection" as an unhandled error.
  await new Promise((resolve) => setTimeout(resolve, 200));
  // BENCH_KEEP=1 with TEST_PG_ADMIN_URL leaves the loaded database on that server, to EXPLAIN queries by hand.
  if (process.env.BENCH_KEEP && process.env.TEST_PG_ADMIN_URL) console.log(`kept ${database.url}`);
  else await database.dispose();
}
