/**
 * Scale data for the benchmarks: `articles` generated stories with a translation in each language, of a newsroom's
 * sizes (a 6–12-word headline, a 25-word lead, 6–14 paragraphs of 30–70 words), spread over three years, the seven
 * sections, every author and up to three tags each; 97 % published. Text is drawn from the demo content's own words
 * with a Zipf-like skew, from seeded generators, so every run loads the same data. Loaded in bulk (one statement per
 * batch), with the search index and the word dictionary built once at the end; progress goes to stderr
 * (lib/cli/progress.ts), each step after the load named with its time.
 */
import { performance } from 'node:perf_hooks';
import { sql, type Kysely } from 'kysely';
import { progressOnStderr, startProgress, timedStep } from '@/lib/cli/progress';
import { demoArticles } from '@/lib/demo';
import { migrateToLatest } from '@/lib/db/migrate';
import type { Database } from '@/lib/db/schema';
import { seedDemoContent } from '@/lib/demo/seed';
import { locales, type Locale } from '@/lib/i18n/locales';

const BATCH = 2_000;

/** A seeded generator, so every run loads the same text. */
export function seeded(seed: number): () => number {
  let state = seed;
  return () => (state = (state * 1_103_515_245 + 12_345) % 2_147_483_648) / 2_147_483_648;
}

/** Words of the demo content per locale, most frequent first. */
export function vocabulary(locale: Locale): string[] {
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

/** Migrates, loads the demo content, then `articles` generated stories; returns the load's figures. */
export async function loadScaleData(db: Kysely<Database>, articles: number): Promise<{ loadSeconds: number; indexSeconds: number; tableSize: string }> {
  await timedStep('migrating', () => migrateToLatest(db));
  await seedDemoContent(db, { progress: progressOnStderr });
  // Building the GIN index once after the load is far faster than maintaining it row by row; likewise the dictionary
  // of words in use, filled once from all the text instead of probed word by word per row.
  await sql`drop index article_translations_search_idx`.execute(db);
  await sql`alter table article_translations disable trigger article_translations_search_words`.execute(db);
  const started = performance.now();
  const { rows } = await timedStep(`creating ${articles.toLocaleString('en')} articles`, () => sql<{ id: number }>`
    insert into articles (category_id, author_id)
    select (select id from categories order by id offset g % 7 limit 1),
           (select id from authors order by id offset g % (select count(*) from authors) limit 1)
    from generate_series(1, ${articles}) as g
    returning id`.execute(db));
  const ids = rows.map((r) => r.id);
  await timedStep('tagging them', () => sql`
    insert into article_tags (article_id, tag_id)
    select a.id, t.id from unnest(${ids}::integer[]) as a(id)
    cross join lateral (select id from tags order by md5(a.id::text || id::text) limit (a.id % 4)) as t
    on conflict do nothing`.execute(db));
  const progress = startProgress(ids.length * locales.length, { unit: 'translations', label: 'loading' });
  // The three languages load side by side: the trigger's text analysis is the cost, and it runs per connection.
  await Promise.all(
    locales.map(async (locale) => {
      const words = vocabulary(locale);
      const random = seeded(locales.indexOf(locale) + 1);
      // Zipf-like: a few words are in almost every article, most in a few percent of them, as in real news.
      const text = (n: number) => Array.from({ length: n }, () => words[Math.floor(random() ** 3 * words.length)]!).join(' ');
      const sentence = (n: number) => `${text(n).replace(/^./, (c) => c.toLocaleUpperCase(locale))}.`;
      for (let from = 0; from < ids.length; from += BATCH) {
        const batch = ids.slice(from, from + BATCH);
        const titles = batch.map((id) => text(6 + (id % 7)).replace(/^./, (c) => c.toLocaleUpperCase(locale)));
        const leads = batch.map(() => sentence(25));
        const bodies = batch.map((id) =>
          JSON.stringify({
            version: 1,
            blocks: Array.from({ length: 6 + (id % 9) }, () => ({ type: 'paragraph', content: [{ text: sentence(30 + Math.floor(random() * 41)) }] })),
          }),
        );
        // One statement per batch, rows passed as arrays: a bulk load, not row-by-row inserts.
        await sql`
          insert into article_translations (article_id, locale, slug, title, lead, body, status, published_at)
          select id, ${locale}, 'scale-' || id, title, lead, body::jsonb,
            case when random() < 0.97 then 'published' else 'draft' end, now() - random() * interval '1095 days'
          from unnest(${batch}::integer[], ${titles}::text[], ${leads}::text[], ${bodies}::text[]) as r(id, title, lead, body)`.execute(db);
        progress.add(batch.length);
      }
    }),
  );
  progress.finish();
  const loaded = performance.now();
  await sql`set maintenance_work_mem = '256MB'`.execute(db);
  await timedStep('building the search index', () =>
    sql`create index article_translations_search_idx on article_translations using gin (search_vector) where status = 'published'`.execute(db),
  );
  // Counted afresh from all published text, the demo's included.
  await sql`delete from search_words`.execute(db);
  await timedStep('filling the search word list', () => sql`
    insert into search_words (locale, word, trigrams, uses)
    select t.locale, w.word, newsroom_trigram_text(w.word), count(*)
    from article_translations t, newsroom_search_words(t.locale, t.title, t.lead, t.body) as w(word)
    where t.status = 'published'
    group by t.locale, w.word`.execute(db));
  await sql`alter table article_translations enable trigger article_translations_search_words`.execute(db);
  await timedStep('analyzing', () => sql`analyze`.execute(db));
  const indexed = performance.now();
  const { rows: size } = await sql<{ size: string }>`select pg_size_pretty(pg_total_relation_size('article_translations')) as size`.execute(db);
  return { loadSeconds: (loaded - started) / 1000, indexSeconds: (indexed - loaded) / 1000, tableSize: size[0]!.size };
}
