import { sql, type Kysely } from 'kysely';
import { documentFromParagraphs } from '@/lib/document/schema';
import { DEFAULT_SETTINGS } from '@/lib/content/settings-defaults';
import { noProgress, type ProgressFactory } from '@/lib/cli/progress';
import { locales, type Locale } from '@/lib/i18n/locales';
import { slugify } from '@/lib/i18n/slugify';
import type { CleanImage } from '@/lib/media/process';
import { prepareImage, storeCleanImage } from '@/lib/media/storage';
import { demoArticles, demoAuthors, demoCategories, demoPreviousRates, demoRates, demoTags } from './index';
import { demoCoverText, renderDemoCover, type DemoCoverText } from './covers';
import type { DemoArticle } from './types';
import type { Database } from '@/lib/db/schema';

export interface SeedReport {
  articles: number;
  translations: number;
}

// One seeder at a time: two processes starting together (build workers, parallel tests) must not race.
const SEED_LOCK = 4_201_005;

/**
 * Loads the demo content. Idempotent: rows are matched by their stable keys and only missing ones are inserted,
 * so running it again neither duplicates nor overwrites what editors have changed.
 */
export async function seedDemoContent(db: Kysely<Database>, { progress = noProgress }: { progress?: ProgressFactory } = {}): Promise<SeedReport> {
  const covers = await drawMissingCovers(db, progress);
  return db.transaction().execute(async (trx) => {
    await sql`select pg_advisory_xact_lock(${SEED_LOCK})`.execute(trx);
    const categoryIds = await upsertTerms(trx, 'categories', demoCategories, (key, i) => ({ key, position: i }));
    const tagIds = await upsertTerms(trx, 'tags', demoTags, (key) => ({ key }));
    const authorIds = await upsertAuthors(trx);

    let articles = 0;
    let translations = 0;
    const bar = progress(demoArticles.length, 'articles', 'demo content');
    for (const demo of demoArticles) {
      const inserted = await trx
        .insertInto('articles')
        .values({
          key: demo.key,
          category_id: required(categoryIds, demo.category),
          author_id: required(authorIds, demo.author),
        })
        .onConflict((oc) => oc.column('key').doNothing())
        .returning('id')
        .executeTakeFirst();
      if (!inserted) {
        bar.add(1);
        continue;
      }
      articles += 1;
      const cover = await storeCover(trx, inserted.id, demo, covers.get(demo.key));
      await trx
        .insertInto('article_tags')
        .values(demo.tags.map((tag, position) => ({ article_id: inserted.id, tag_id: required(tagIds, tag), position })))
        .execute();
      for (const locale of locales) {
        const text = demo.translations[locale];
        if (!text) continue;
        translations += 1;
        await trx
          .insertInto('article_translations')
          .values({
            article_id: inserted.id,
            locale,
            slug: slugify(text.title, locale),
            title: text.title,
            lead: text.lead,
            body: JSON.stringify(documentFromParagraphs(text.body)),
            cover_alt: cover[locale].alt,
            cover_caption: cover[locale].caption,
            status: 'published',
            published_at: demo.publishedAt,
            created_at: demo.publishedAt,
            updated_at: demo.publishedAt,
          })
          .execute();
      }
      if (demo.live) await seedLiveEntries(trx, inserted.id, demo);
      bar.add(1);
    }

    await trx
      .insertInto('currency_rates')
      .values(
        [demoPreviousRates, demoRates].flatMap((day) =>
          Object.entries(day.values).map(([code, value]) => ({ code, rate_date: day.date, value, source: 'demo' })),
        ),
      )
      .onConflict((oc) => oc.columns(['code', 'rate_date']).doNothing())
      .execute();

    await trx
      .insertInto('site_settings')
      .values(Object.entries(DEFAULT_SETTINGS).map(([key, value]) => ({ key, value: JSON.stringify(value) })))
      .onConflict((oc) => oc.column('key').doNothing())
      .execute();

    bar.finish();
    return { articles, translations };
  });
}

/**
 * The covers of the demo articles the database lacks, drawn and cleaned as any upload is before the seed lock is
 * taken: that is seconds of CPU, which a second seeder waiting on the lock should not wait for too. An article
 * another seeder inserts meanwhile is skipped inside the lock, its cover unused.
 */
async function drawMissingCovers(db: Kysely<Database>, progress: ProgressFactory): Promise<Map<string, CleanImage>> {
  const present = await db.selectFrom('articles').select('key').where('key', 'in', demoArticles.map((a) => a.key)).execute();
  const known = new Set(present.map((row) => row.key));
  const missing = demoArticles.filter((a) => !known.has(a.key));
  if (!missing.length) return new Map();
  const bar = progress(missing.length, 'covers', 'demo covers');
  // sharp queues these on libuv's thread pool, so they render a few at a time on every core.
  const images = await Promise.all(missing.map((demo) => drawCover(demo).finally(() => bar.add(1))));
  bar.finish();
  return new Map(missing.map((demo, i) => [demo.key, images[i]!]));
}

async function drawCover(demo: DemoArticle): Promise<CleanImage> {
  const image = await prepareImage(await renderDemoCover(demo));
  if (typeof image === 'string') throw new Error(`the cover of demo article ${demo.key} was refused: ${image}`);
  return image;
}

/**
 * Stores a new article's cover (its variants derived when first asked for) and returns its text per language. Should
 * the seed roll back, the cover's folder stays behind with no row, for the media sweep (lib/media/sweep.ts).
 */
async function storeCover(
  trx: Kysely<Database>,
  articleId: number,
  demo: DemoArticle,
  drawn: CleanImage | undefined,
): Promise<Record<Locale, DemoCoverText>> {
  // Not drawn beforehand only when the article vanished between that look and the lock.
  const stored = await storeCleanImage(drawn ?? (await drawCover(demo)), null, trx, { variants: 'lazy' });
  await trx.updateTable('articles').set({ cover_media_id: stored.id }).where('id', '=', articleId).execute();
  const text = demoCoverText(demo);
  // The picture's own texts too, as an editor would have written them on its page (lib/editorial/commands/media-text).
  await trx
    .insertInto('media_texts')
    .values(locales.map((locale) => ({ media_id: stored.id, locale, alt: text[locale].alt, caption: text[locale].caption })))
    .execute();
  return text;
}

/** Makes the new demo article live coverage, live since its publication, with its entries as published then. */
async function seedLiveEntries(trx: Kysely<Database>, articleId: number, demo: DemoArticle): Promise<void> {
  await trx
    .updateTable('articles')
    .set({ kind: 'live', coverage_started_at: demo.publishedAt, created_at: demo.publishedAt, updated_at: demo.publishedAt })
    .where('id', '=', articleId)
    .execute();
  for (const entry of demo.live?.entries ?? []) {
    const { id } = await trx
      .insertInto('live_entries')
      .values({ article_id: articleId, created_by: null, posted_at: entry.at, key_event: entry.key ?? false, pinned: entry.pinned ?? false, created_at: entry.at, updated_at: entry.at })
      .returning('id')
      .executeTakeFirstOrThrow();
    const texts = locales.flatMap((locale) => {
      const text = entry.text[locale];
      return text ? [{ locale, text }] : [];
    });
    await trx
      .insertInto('live_entry_translations')
      .values(
        texts.map(({ locale, text }) => ({
          entry_id: id,
          locale,
          title: entry.title?.[locale] ?? '',
          body: JSON.stringify(documentFromParagraphs([text])),
          status: 'published' as const,
          published_at: entry.at,
          created_at: entry.at,
          updated_at: entry.at,
        })),
      )
      .execute();
  }
}

function required<K>(ids: Map<K, number>, key: K): number {
  const id = ids.get(key);
  if (id === undefined) throw new Error(`demo content refers to unknown ${String(key)}`);
  return id;
}

type TermTable = 'categories' | 'tags';

async function upsertTerms<K extends string>(
  trx: Kysely<Database>,
  table: TermTable,
  terms: { key: K; names: Record<Locale, string> }[],
  values: (key: K, index: number) => { key: string; position?: number },
): Promise<Map<K, number>> {
  const ids = new Map<K, number>();
  for (const [index, term] of terms.entries()) {
    await trx.insertInto(table).values(values(term.key, index)).onConflict((oc) => oc.column('key').doNothing()).execute();
    const { id } = await trx.selectFrom(table).select('id').where('key', '=', term.key).executeTakeFirstOrThrow();
    ids.set(term.key, id);
    const names = locales.map((locale) => ({ locale, name: term.names[locale], slug: slugify(term.names[locale], locale) }));
    const insert =
      table === 'categories'
        ? trx.insertInto('category_translations').values(names.map((n) => ({ ...n, category_id: id })))
        : trx.insertInto('tag_translations').values(names.map((n) => ({ ...n, tag_id: id })));
    await insert.onConflict((oc) => oc.doNothing()).execute();
  }
  return ids;
}

async function upsertAuthors(trx: Kysely<Database>): Promise<Map<string, number>> {
  const ids = new Map<string, number>();
  for (const author of demoAuthors) {
    await trx.insertInto('authors').values({ slug: author.key, user_id: null }).onConflict((oc) => oc.column('slug').doNothing()).execute();
    const { id } = await trx.selectFrom('authors').select('id').where('slug', '=', author.key).executeTakeFirstOrThrow();
    ids.set(author.key, id);
    await trx
      .insertInto('author_translations')
      .values(locales.map((locale) => ({ author_id: id, locale, name: author.names[locale] })))
      .onConflict((oc) => oc.doNothing())
      .execute();
  }
  return ids;
}
