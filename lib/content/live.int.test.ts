import { describe, expect, it } from 'vitest';
import { getDb } from '@/lib/db/client';
import { liveBlogJsonLd } from '@/lib/seo/live-blog';
import { getPublishedArticle, listLatest } from './articles';
import { listSitemapArticles } from './crawl';
import { parseCursor } from './cursor';
import { cursorInLive, getLiveCoverage, LIVE_PAGE_SIZE } from './live';
import { ARTICLES_PER_SITEMAP } from '@/lib/i18n/sitemap-paths';

async function demoLiveId(): Promise<number> {
  const row = await getDb().selectFrom('articles').select('id').where('key', '=', 'live-absheron-storm').executeTakeFirstOrThrow();
  return row.id;
}

async function everyEntry(id: number, locale: 'ru' | 'az' | 'en') {
  const first = (await getLiveCoverage(id, locale))!;
  const all = [...first.entries];
  let cursor = first.nextCursor;
  for (let guard = 0; cursor && guard < 10; guard++) {
    const before = parseCursor(cursor)!;
    expect(await cursorInLive(id, locale, before)).toBe(true);
    const page = (await getLiveCoverage(id, locale, before))!;
    all.push(...page.entries);
    cursor = page.nextCursor;
  }
  return { first, all };
}

describe('the demo live coverage', () => {
  it('is live coverage in three languages, marked live in lists', async () => {
    const id = await demoLiveId();
    for (const locale of ['ru', 'az', 'en'] as const) {
      const article = await getPublishedArticle(id, locale);
      expect(article?.coverage, locale).toBe('live');
    }
    const latest = await listLatest('en', 50);
    expect(latest.items.find((item) => item.id === id)?.coverage).toBe('live');
    // Marked are live pages and nothing else (other tests may publish live pages of their own meanwhile).
    const marked = latest.items.filter((item) => item.coverage !== undefined).map((item) => item.id);
    const kinds = await getDb().selectFrom('articles').select('kind').where('id', 'in', marked).execute();
    expect(kinds.every((row) => row.kind === 'live')).toBe(true);
  });

  it('shows a language only its own entries, newest first, over pages', async () => {
    const id = await demoLiveId();
    const ru = await everyEntry(id, 'ru');
    const en = await everyEntry(id, 'en');
    expect(ru.all).toHaveLength(30);
    // Two entries were written in Russian and Azerbaijani only: English readers never see them, in any language.
    expect(en.all).toHaveLength(28);
    expect(en.first.entries).toHaveLength(LIVE_PAGE_SIZE);
    const times = en.all.map((entry) => entry.postedAt.getTime());
    expect(times).toEqual([...times].sort((a, b) => b - a));
    expect(new Set(en.all.map((entry) => entry.id)).size).toBe(28);
    const missing = ru.all.filter((entry) => !en.all.some((other) => other.id === entry.id));
    expect(missing.map((entry) => entry.body.blocks.length)).toEqual([1, 1]);
    expect(en.all.some((entry) => /[А-Яа-я]/.test(JSON.stringify(entry.body)))).toBe(false);
  });

  it('has a pinned entry, key events with anchors to their pages, and the time of the last update', async () => {
    const id = await demoLiveId();
    const coverage = (await getLiveCoverage(id, 'en'))!;
    expect(coverage.state).toBe('live');
    expect(coverage.pinned?.title).toBe('Schools in Baku and Sumgait closed until Friday');
    expect(coverage.keyEvents.map((event) => event.title)).toEqual([
      'Orange warning lowered to yellow',
      'Airport halts all departures',
      'Schools stay closed on Friday too',
      'Emergency commission holds urgent meeting',
      'Flights delayed at Heydar Aliyev airport',
      'Schools in Baku and Sumgait closed until Friday',
      'Ferries and sea crossings cancelled',
    ]);
    // A key event past the first page links to a page that starts with it.
    const ferries = coverage.keyEvents.at(-1)!;
    expect(ferries.pageCursor).not.toBeNull();
    const page = (await getLiveCoverage(id, 'en', parseCursor(ferries.pageCursor)))!;
    expect(page.entries[0]?.id).toBe(ferries.id);
    expect(coverage.keyEvents[0]?.pageCursor).toBeNull();
    expect(coverage.lastUpdatedAt?.toISOString()).toBe('2025-10-23T18:40:00.000Z');
  });

  it('describes itself as a LiveBlogPosting with an update and an @id per entry', async () => {
    const id = await demoLiveId();
    const article = (await getPublishedArticle(id, 'en'))!;
    const coverage = (await getLiveCoverage(id, 'en'))!;
    const data = liveBlogJsonLd(article, coverage, article.lead);
    expect(data).toMatchObject({ '@type': 'LiveBlogPosting', coverageStartTime: '2025-10-23T02:05:00.000Z', headline: 'Storm over Absheron: live' });
    expect(data).not.toHaveProperty('coverageEndTime');
    const updates = data.liveBlogUpdate as { '@id': string; '@type': string; headline: string }[];
    expect(updates).toHaveLength(LIVE_PAGE_SIZE + 1);
    expect(new Set(updates.map((update) => update['@id'])).size).toBe(updates.length);
    for (const update of updates) expect(update['@id']).toMatch(new RegExp(`/en/news/${id}-storm-over-absheron-live#entry-\\d+$`));
  });

  it('dates its sitemap entry by its last entry', async () => {
    const id = await demoLiveId();
    const chunk = Math.floor((id - 1) / ARTICLES_PER_SITEMAP);
    const entry = (await listSitemapArticles('en', chunk)).find((article) => article.id === id);
    expect(entry?.lastModified.toISOString()).toBe('2025-10-23T18:40:00.000Z');
  });
});
