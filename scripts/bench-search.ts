/**
 * `npm run bench:search`: search latency at scale. On a fresh database (embedded, or TEST_PG_ADMIN_URL's server) it
 * loads 100,000 articles with a generated translation in each language, then runs a few hundred varied queries per
 * locale through lib/content/search and prints p50/p95 per locale, and EXPLAINs the slowest. Not a test: figures.
 * Options: BENCH_ARTICLES (default 100000), BENCH_QUERIES per locale (default 300), BENCH_KEEP (see the end).
 */
import { performance } from 'node:perf_hooks';
import { Kysely, PostgresDialect, sql } from 'kysely';
import pg from 'pg';
import { demoArticles } from '@/lib/db/demo';
import { migrateToLatest } from '@/lib/db/migrate';
import { seedDemoContent } from '@/lib/db/seed';
import type { Database } from '@/lib/db/schema';
import { locales, type Locale } from '@/lib/i18n/locales';
import { createTestDatabase } from '@/test/test-database';

const ARTICLES = Number(process.env.BENCH_ARTICLES ?? 100_000);
const QUERIES = Number(process.env.BENCH_QUERIES ?? 300);
const BATCH = 5_000;

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
(globalThis as unknown as { newsroomDb?: Kysely<Database> }).newsroomDb = db;
const { searchArticles } = await import('@/lib/content/search');
const { parseSearchQuery, foldForSearch } = await import('@/lib/content/search-query');

/** A seeded generator per language, so every run loads the same text and asks the same queries. */
function seeded(seed: number): () => number {
  let state = seed;
  return () => (state = (state * 1_103_515_245 + 12_345) % 2_147_483_648) / 2_147_483_648;
}

/** Words of the demo content per locale, most frequent first: generated text draws from them with a Zipf-like skew. */
function vocabulary(locale: Locale): string[] {
  const counts = new Map<string, number>();
  for (const article of demoArticles) {
    const text = article.translations[locale];
    if (!text) continue;
    for (const word of `${text.title} ${text.lead} ${text.body.join(' ')}`.match(/\p{L}{2,}/gu) ?? []) {
      const lower = word.toLocaleLowerCase(locale);
      counts.set(lower, (counts.get(lower) ?? 0) + 1);
    }
  }
  return [...counts.entries()].sort((a, b) => b[1] - a[1]).map(([word]) => word);
}

async function load(): Promise<void> {
  await migrateToLatest(db);
  await seedDemoContent(db);
  // Building the GIN indexes once after the load is far faster than maintaining them row by row.
  await sql`drop index article_translations_search_idx`.execute(db);
  // Likewise the dictionary of words in use: filled once from all the text below, not probed word by word per row.
  await sql`alter table article_translations disable trigger article_translations_search_words`.execute(db);
  const started = performance.now();
  const { rows } = await sql<{ id: number }>`
    insert into articles (category_id, author_id)
    select (select id from categories order by id offset g % 7 limit 1), (select min(id) from authors)
    from generate_series(1, ${ARTICLES}) as g
    returning id`.execute(db);
  const ids = rows.map((r) => r.id);
  // The three languages load side by side: the trigger's text analysis is the cost, and it runs per connection.
  await Promise.all(locales.map(async (locale) => {
    const words = vocabulary(locale);
    const random = seeded(locales.indexOf(locale) + 1);
    // Zipf-like: a few words are in almost every article, most in a few percent of them, as in real news.
    const text = (n: number) => Array.from({ length: n }, () => words[Math.floor(random() ** 3 * words.length)]!).join(' ');
    for (let from = 0; from < ids.length; from += BATCH) {
      const batch = ids.slice(from, from + BATCH);
      const titles = batch.map((id) => text(6 + (id % 5)).replace(/^./, (c) => c.toLocaleUpperCase(locale)));
      const bodies = batch.map(() => JSON.stringify({ version: 1, blocks: [40, 40, 40].map((n) => ({ type: 'paragraph', content: [{ text: `${text(n)}.` }] })) }));
      // One statement per batch, rows passed as arrays: a bulk load, not row-by-row inserts.
      await sql`
        insert into article_translations (article_id, locale, slug, title, lead, body, status, published_at)
        select id, ${locale}, 'bench-' || id, title, lead, body::jsonb,
          case when random() < 0.97 then 'published' else 'draft' end, now() - random() * interval '1000 days'
        from unnest(${batch}::integer[], ${titles}::text[], ${batch.map(() => `${text(25)}.`)}::text[], ${bodies}::text[])
          as r(id, title, lead, body)`.execute(db);
    }
  }));
  const loaded = performance.now();
  await sql`set maintenance_work_mem = '256MB'`.execute(db);
  await sql`create index article_translations_search_idx on article_translations using gin (search_vector) where status = 'published'`.execute(db);
  await sql`
    insert into search_words (locale, word, trigrams)
    select locale, word, newsroom_trigram_text(word)
    from (
      select distinct t.locale, w.word
      from article_translations t,
        lateral (select t.title || ' ' || t.lead || ' ' || newsroom_document_text(t.body) as source) as s,
        unnest(tsvector_to_array(to_tsvector('simple', case when t.locale = 'az' then newsroom_search_fold(s.source) else s.source end))) as w(word)
      where length(w.word) between 3 and 40
    ) as words
    on conflict do nothing`.execute(db);
  await sql`alter table article_translations enable trigger article_translations_search_words`.execute(db);
  await sql`analyze`.execute(db);
  const indexed = performance.now();
  const { rows: size } = await sql<{ size: string }>`select pg_size_pretty(pg_total_relation_size('article_translations')) as size`.execute(db);
  console.log(
    `loaded ${ARTICLES} articles × 3 languages in ${((loaded - started) / 1000).toFixed(1)} s, indexed in ${((indexed - loaded) / 1000).toFixed(1)} s; article_translations ${size[0]!.size}`,
  );
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


try {
  await load();
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
    const kinds = [...byKind.entries()]
      .map(([kind, list]) => `${kind} p95 ${percentile(list.sort((a, b) => a - b), 95).toFixed(1)}`)
      .join(', ');
    console.log(
      `${locale}: ${timings.length} queries, ${found} with results; p50 ${percentile(timings, 50).toFixed(1)} ms, p95 ${percentile(timings, 95).toFixed(1)} ms, max ${timings.at(-1)!.toFixed(1)} ms (${kinds})`,
    );
  }
  console.log(`sequential scans of article_translations during the queries: ${(await seqScans()) - scansBefore}`);
  if (slowest.query) {
    console.log(`slowest: ${slowest.label}, ${slowest.ms.toFixed(1)} ms; its plan:`);
    const client = new pg.Client({ connectionString: database.url });
    await client.connect();
    const plan = await client.query(`explain (analyze, buffers) ${slowest.query.sql}`, [...slowest.query.parameters]);
    console.log(plan.rows.map((row: Record<string, string>) => `  ${row['QUERY PLAN']}`).join('\n'));
    await client.end();
  }
} finally {
  await db.destroy();
  // BENCH_KEEP=1 with TEST_PG_ADMIN_URL leaves the loaded database on that server, to EXPLAIN queries by hand.
  if (process.env.BENCH_KEEP && process.env.TEST_PG_ADMIN_URL) console.log(`kept ${database.url}`);
  else await database.dispose();
}
