/**
 * `npm run bench:scale`: the site at a newsroom's scale. A fresh embedded PostgreSQL gets the demo content and
 * 100,000 generated articles in each language (scripts/bench/scale-data.ts, BENCH_ARTICLES to change), then:
 * - listing queries at any depth: one page of latest, a section, a tag and an author, at page 1, 10, 100, 1,000 and
 *   the last, through lib/content's own listing function: p50 and p95 per depth (target p95 ≤ 10 ms);
 * - `next build` against that database, which prerenders only the newest articles (its wall time);
 * - the cold render of articles no one has asked for yet, on `next start`: time to the whole page, p50 and p95
 *   (target p95 ≤ 50 ms), and the statements each render sends to PostgreSQL, counted by pg_stat_statements
 *   (target ≤ 3).
 * Writes benchmarks/scale.json and .svg. BENCH_RENDER=off skips the build and the renders. It builds into .next: stop any
 * `npm start` of this checkout first.
 */
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { sql } from 'kysely';
import pg from 'pg';
import type { Cursor } from '@/lib/content/cursor';
import { startEmbeddedPostgres } from '@/lib/db/embedded';
import { locales, type Locale } from '@/lib/i18n/locales';
import { freePort } from '../../test/free-port';
import { saveBenchmark } from './bench-results';
import { log, projectRoot } from '../database';
import { runSiteCommand, startInstance, stopInstance, untilReady } from '../instances';
import { loadScaleData } from './scale-data';

const ARTICLES = Number(process.env.BENCH_ARTICLES ?? 100_000);
const PAGE = 20;
const REPEATS = 15;
const RENDERS = 60;

mkdirSync(path.join(projectRoot, '.data'), { recursive: true });
const work = mkdtempSync(path.join(projectRoot, '.data', 'bench-scale-'));
const server = await startEmbeddedPostgres({
  dataDir: path.join(work, 'pg'),
  port: await freePort(),
  database: 'newsroom',
  log,
  settings: { shared_preload_libraries: 'pg_stat_statements', 'pg_stat_statements.track': 'all' },
});
// The site's own clients (lib/db/client.ts), as pages read: listings go through the readers' client, which keeps
// each answer for an outage (lib/db/last-good.ts), here in the run's own folder.
process.env.DATABASE_URL = server.url;
process.env.NEWSROOM_LAST_GOOD_DIR = path.join(work, 'last-good');
const { getDb } = await import('@/lib/db/client');
const db = getDb();
const { listPublished } = await import('@/lib/content/articles');

const percentile = (values: number[], p: number) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
};

type Scope = { categoryId: number } | { tagId: number } | { authorId: number } | Record<string, never>;

/** The benchmark's own statement of a listing's scope, to find cursors and counts (the site's is lib/content). */
const scopeFilter = (scope: Scope) =>
  'categoryId' in scope ? sql`and a.category_id = ${scope.categoryId}`
  : 'tagId' in scope ? sql`and exists (select 1 from article_tags at where at.article_id = t.article_id and at.tag_id = ${scope.tagId})`
  : 'authorId' in scope ? sql`and a.author_id = ${scope.authorId}`
  : sql``;

/** The cursor that opens page `page` (0-based) of a listing: found once with OFFSET here, never by the site. */
async function cursorAt(locale: Locale, scope: Scope, page: number): Promise<Cursor | null> {
  if (page === 0) return null;
  const { rows } = await sql<{ micros: string; id: number }>`
    select (extract(epoch from t.published_at) * 1000000)::bigint::text as micros, t.article_id as id
    from article_translations t join articles a on a.id = t.article_id
    where t.locale = ${locale} and t.status = 'published' and t.published_at <= now() ${scopeFilter(scope)}
    order by t.published_at desc, t.article_id desc offset ${page * PAGE - 1} limit 1`.execute(db);
  return rows[0] ? { micros: BigInt(rows[0].micros), id: rows[0].id } : null;
}

async function listingFigures() {
  const [category, tag, author] = await Promise.all([
    db.selectFrom('categories').select('id').orderBy('id').executeTakeFirstOrThrow(),
    db.selectFrom('article_tags').select('tag_id').groupBy('tag_id').orderBy(sql`count(*)`, 'desc').executeTakeFirstOrThrow(),
    db.selectFrom('authors').select('id').orderBy('id').executeTakeFirstOrThrow(),
  ]);
  const scopes: [string, Scope][] = [['latest', {}], ['section', { categoryId: category.id }], ['tag', { tagId: tag.tag_id }], ['author', { authorId: author.id }]];
  const byDepth = new Map<string, number[]>();
  const byScope = new Map<string, number[]>();
  for (const locale of locales) {
    for (const [name, scope] of scopes) {
      const { rows } = await sql<{ n: string }>`select count(*)::text as n from article_translations t join articles a on a.id = t.article_id
        where t.locale = ${locale} and t.status = 'published'
        ${scopeFilter(scope)}`.execute(db);
      const last = Math.max(0, Math.ceil(Number(rows[0]!.n) / PAGE) - 1);
      for (const [label, page] of [['page 1', 0], ['page 10', 9], ['page 100', 99], ['page 1000', 999], ['last page', last]] as const) {
        if (page > last) continue;
        const before = await cursorAt(locale, scope, page);
        const times = byDepth.get(label) ?? [];
        const scoped = byScope.get(name) ?? [];
        for (let i = 0; i < REPEATS; i++) {
          const started = performance.now();
          const result = await listPublished(locale, { scope, before, limit: PAGE });
          const ms = performance.now() - started;
          if (i > 0) {
            times.push(ms);
            scoped.push(ms);
          }
          if (result.items.length === 0) throw new Error(`an empty ${label} for ${locale} ${JSON.stringify(scope)}`);
        }
        byDepth.set(label, times);
        byScope.set(name, scoped);
      }
    }
  }
  const all = [...byDepth.values()].flat();
  const figures = (map: Map<string, number[]>) =>
    Object.fromEntries([...map].map(([label, times]) => [label, { p50Ms: percentile(times, 50), p95Ms: percentile(times, 95) }]));
  return { queries: all.length, p50Ms: percentile(all, 50), p95Ms: percentile(all, 95), perDepth: figures(byDepth), perScope: figures(byScope), scopes: scopes.map(([name]) => name) };
}

/** The statements PostgreSQL ran since the last reset, with how often each ran. */
async function statementsSinceReset(client: pg.Client): Promise<{ calls: number; query: string }[]> {
  const { rows } = await client.query<{ calls: string; query: string }>(
    `select calls::text, query from pg_stat_statements
      where dbid = (select oid from pg_database where datname = current_database()) and query !~* 'pg_stat_statements'
      order by calls desc`,
  );
  return rows.map((row) => ({ calls: Number(row.calls), query: row.query.replace(/\s+/g, ' ').slice(0, 300) }));
}

async function renderFigures() {
  const buildSeconds = await runSiteCommand(['build'], { DATABASE_URL: server.url });
  const instance = await startInstance({ DATABASE_URL: server.url, RATES_IMPORT: 'off', SITE_URL: 'http://127.0.0.1' });
  const client = new pg.Client({ connectionString: server.url });
  await client.connect();
  try {
    await untilReady(instance, 120_000);
    await client.query('create extension if not exists pg_stat_statements');
    // Articles well behind the newest, which the build did not prerender, in every language.
    const { rows } = await client.query<{ locale: Locale; id: number; slug: string }>(
      `select locale, id, slug from (
         select locale, article_id as id, slug, md5(article_id::text || locale) as shuffle from article_translations
         where status = 'published' and slug like 'scale-%' order by published_at desc offset 300) as older
       order by shuffle limit $1`,
      [RENDERS + 5],
    );
    const times: number[] = [];
    const statements: number[] = [];
    let lastRender: { calls: number; query: string }[] = [];
    for (const [i, row] of rows.entries()) {
      await client.query('select pg_stat_statements_reset()');
      const started = performance.now();
      const response = await fetch(`${instance.origin}/${row.locale}/news/${row.id}-${row.slug}`);
      await response.arrayBuffer();
      const ms = performance.now() - started;
      if (response.status !== 200 || response.headers.get('x-nextjs-cache') !== 'MISS') {
        throw new Error(`/${row.locale}/news/${row.id}-${row.slug} answered ${response.status} ${response.headers.get('x-nextjs-cache')}, not a cold render`);
      }
      // The first renders warm the route's code; they are not counted.
      if (i < 5) continue;
      times.push(ms);
      lastRender = await statementsSinceReset(client);
      statements.push(lastRender.reduce((sum, statement) => sum + statement.calls, 0));
    }
    return {
      buildSeconds,
      renders: times.length,
      p50Ms: percentile(times, 50),
      p95Ms: percentile(times, 95),
      statementsPerRender: { median: percentile(statements, 50), max: Math.max(...statements), lastRender },
    };
  } finally {
    await client.end();
    await stopInstance(instance, 3_000);
  }
}

try {
  log(`loading ${ARTICLES.toLocaleString('en')} articles × ${locales.length} languages`);
  const load = await loadScaleData(db, ARTICLES);
  console.log(`loaded in ${load.loadSeconds.toFixed(0)} s, indexed in ${load.indexSeconds.toFixed(0)} s; article_translations ${load.tableSize}`);
  const listings = await listingFigures();
  console.log(`listing queries (${listings.scopes.join(', ')}; ${listings.queries} in all): p50 ${listings.p50Ms.toFixed(2)} ms, p95 ${listings.p95Ms.toFixed(2)} ms (target ≤ 10 ms)`);
  for (const [label, figures] of [...Object.entries(listings.perDepth), ...Object.entries(listings.perScope)]) {
    console.log(`  ${label.padEnd(10)} p50 ${figures.p50Ms.toFixed(2)} ms, p95 ${figures.p95Ms.toFixed(2)} ms`);
  }
  const renders = process.env.BENCH_RENDER === 'off' ? null : await renderFigures();
  if (renders) {
    console.log(`next build with ${ARTICLES.toLocaleString('en')} articles per language: ${renders.buildSeconds.toFixed(0)} s`);
    console.log(
      `cold render of an article (${renders.renders}): p50 ${renders.p50Ms.toFixed(0)} ms, p95 ${renders.p95Ms.toFixed(0)} ms (target ≤ 50 ms); statements per render: median ${renders.statementsPerRender.median}, max ${renders.statementsPerRender.max} (target ≤ 3)`,
    );
  }
  const per = Object.entries(listings.perDepth);
  saveBenchmark({
    benchmark: 'scale',
    title: `The site at ${ARTICLES.toLocaleString('en')} articles per language`,
    command: 'npm run bench:scale',
    about: `A fresh embedded PostgreSQL with the demo content and ${ARTICLES.toLocaleString('en')} generated articles in each language: the listing queries at any depth (latest, a section, a tag, an author, through lib/content's own function), \`next build\` against that database, and the cold render of articles nobody has asked for yet.`,
    findings: [
      `Loaded in ${load.loadSeconds.toFixed(0)} s and indexed in ${load.indexSeconds.toFixed(0)} s; article_translations takes ${load.tableSize}.`,
      `Listing queries: p50 ${listings.p50Ms.toFixed(2)} ms, p95 ${listings.p95Ms.toFixed(2)} ms over ${listings.queries} (target p95 ≤ 10 ms), the last page as fast as the first.`,
      ...(renders
        ? [
            `\`next build\`: ${renders.buildSeconds.toFixed(0)} s. A cold render of an article: p50 ${renders.p50Ms.toFixed(0)} ms, p95 ${renders.p95Ms.toFixed(0)} ms (target ≤ 50 ms), with ${renders.statementsPerRender.median} statements to PostgreSQL (median; target ≤ 3).`,
          ]
        : []),
    ],
    charts: [
      { title: 'A listing page at each depth, p95', unit: 'ms', better: 'lower', target: 10, bars: per.map(([label, figures]) => ({ label, value: figures.p95Ms })) },
      { title: 'By list, p95', unit: 'ms', better: 'lower', target: 10, bars: Object.entries(listings.perScope).map(([label, figures]) => ({ label, value: figures.p95Ms })) },
      ...(renders
        ? [{ title: 'A cold render of an article', unit: 'ms', better: 'lower' as const, target: 50, bars: [{ label: 'p50', value: renders.p50Ms }, { label: 'p95', value: renders.p95Ms }] }]
        : []),
    ],
    results: { articlesPerLocale: ARTICLES, load, listings, renders },
  });
} finally {
  await db.destroy();
  // The pool's sockets close after destroy() resolves (scripts/with-database.ts).
  await new Promise((resolve) => setTimeout(resolve, 200));
  await server.stop();
  rmSync(work, { recursive: true, force: true });
}
