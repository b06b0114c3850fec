import { sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import { getDb } from '@/lib/db/client';
import { locales, type Locale } from '@/lib/i18n/locales';
import { parseSearchCursor, searchArticles, type SearchHit } from './search';
import { foldForSearch, parseSearchQuery, trigramText } from './search-query';

async function articleId(key: string): Promise<number> {
  const row = await getDb().selectFrom('articles').select('id').where('key', '=', key).executeTakeFirstOrThrow();
  return row.id;
}

/** What the search page does with what a reader typed. */
async function search(locale: Locale, typed: string, limit = 20) {
  const query = parseSearchQuery(typed);
  if (query.kind !== 'terms') return { kind: query.kind, items: [] as SearchHit[] };
  return { kind: query.kind, ...(await searchArticles(locale, query.terms, { limit })) };
}

async function findsSeed(locale: Locale, typed: string): Promise<boolean> {
  const id = await articleId('aliyev-kazakhstan-visit');
  return (await search(locale, typed)).items.some((hit) => hit.id === id);
}

describe('search normalisation', () => {
  it('is the same in SQL (the index) and in TypeScript (the query) for the whole Azerbaijani alphabet', async () => {
    const alphabet = 'AaBbCcÇçDdEeƏəFfGgĞğHhXxIıİiJjKkQqLlMmNnOoÖöPpRrSsŞşTtUuÜüVvYyZz';
    const samples = [alphabet, ...alphabet, 'ƏLİYEVİN SƏFƏRİ', 'I\u0307lham', 's\u0327', 'Визит АЛИЕВА', "Aliyev's VISIT"];
    const { rows } = await sql<{ folded: string[] }>`
      select array(select newsroom_search_fold(s) from unnest(${samples}::text[]) with ordinality as u(s, n) order by n) as folded
    `.execute(getDb());
    expect(rows[0]!.folded).toEqual(samples.map(foldForSearch));
    const trigrams = await sql<{ text: string }>`select newsroom_trigram_text(${samples.join(' ')}) as text`.execute(getDb());
    expect(trigrams.rows[0]!.text).toBe(trigramText(samples.join(' ')));
    expect(foldForSearch(alphabet)).toBe('aabbccccddeeeeffgggghhxxiiiijjkkqqllmmnnoooopprrssssttuuuuvvyyzz');
  });
});

describe('search', () => {
  it('finds the seed article in Russian by another form of the word (morphology)', async () => {
    expect(await findsSeed('ru', 'визит')).toBe(true);
    expect(await findsSeed('ru', 'визита')).toBe(true);
    expect(await findsSeed('ru', 'Алиеву')).toBe(true);
    expect(await findsSeed('ru', 'сотрудничества')).toBe(true);
    // Forms the stemmer cuts differently from the text's: "визит" is indexed as виз, "визитом" stems to визит.
    expect(await findsSeed('ru', 'визитом')).toBe(true);
    expect(await findsSeed('ru', 'визитами')).toBe(true);
    expect(await findsSeed('ru', 'Казахстаном')).toBe(true);
    const [first] = (await search('ru', 'визит Алиева в Казахстан')).items;
    expect(first?.title).toBe('Визит Алиева в Казахстан углубляет сотрудничество между Баку и Астаной');
  });

  it('finds the seed article in English by stem', async () => {
    expect(await findsSeed('en', 'visiting')).toBe(true);
    expect(await findsSeed('en', 'deepening cooperation')).toBe(true);
  });

  it('finds the seed article in Azerbaijani typed without diacritics or in capitals', async () => {
    expect(await findsSeed('az', 'seferi')).toBe(true);
    expect(await findsSeed('az', 'Eliyev')).toBe(true);
    expect(await findsSeed('az', 'ƏLİYEVİN SƏFƏRİ')).toBe(true);
    expect(await findsSeed('az', 'emekdasligi derinlesdirir')).toBe(true);
    // Case endings longer than the text's word: ablative and genitive of səfər, Qazaxıstan.
    expect(await findsSeed('az', 'səfərindən')).toBe(true);
    expect(await findsSeed('az', 'Qazaxıstanın')).toBe(true);
  });

  it('finds partial words and typos', async () => {
    expect(await findsSeed('en', 'Kazakh')).toBe(true);
    expect(await findsSeed('en', 'Kazakstan')).toBe(true);
    expect(await findsSeed('az', 'Qazaxstana')).toBe(true);
    expect(await findsSeed('ru', 'Казахстна')).toBe(true);
  });

  it('highlights the matching words of the snippet', async () => {
    const id = await articleId('aliyev-kazakhstan-visit');
    const hit = (await search('az', 'seferi')).items.find((h) => h.id === id);
    expect(hit?.snippet.filter((p) => p.match).map((p) => p.text)).toContain('səfəri');
    const ru = (await search('ru', 'визит')).items.find((h) => h.id === id);
    expect(ru?.snippet.some((p) => p.match && /^визит/i.test(p.text))).toBe(true);
  });

  it('answers any input with results or a reason, never an error', async () => {
    const hostile = ['"Baku"', '&|!:*()', "'", '\\', "Baku'", 'a & b | !c', ':*', '🙂🙂🙂 Baku 🙂', 'x'.repeat(10_240), "'; drop table x; --", 'NULL', '$1', '<script>', 'the of and', 'и в на', '北京 مرحبا', 'ﬁ ǅ x\u0301y'];
    for (const locale of locales) {
      for (const typed of hostile) {
        const result = await search(locale, typed);
        expect(['terms', 'noWords', 'tooLong', 'empty'], typed.slice(0, 20)).toContain(result.kind);
      }
    }
    expect((await search('en', 'x'.repeat(10_240))).kind).toBe('tooLong');
    expect((await search('en', '&|!:*()')).kind).toBe('noWords');
    expect((await search('en', '🙂 Baku 🙂')).items.length).toBeGreaterThan(0);
    const { rows } = await sql<{ n: string }>`select count(*) as n from article_translations`.execute(getDb());
    expect(Number(rows[0]!.n)).toBeGreaterThan(0);
  });

  it('pages by cursor through every match exactly once, best first', async () => {
    const all = await search('ru', 'Азербайджан', 1_000);
    expect(all.items.length).toBeGreaterThan(5);
    const seen: SearchHit[] = [];
    let after = null;
    for (let guard = 0; guard < 100; guard++) {
      const query = parseSearchQuery('Азербайджан');
      if (query.kind !== 'terms') throw new Error('unexpected');
      const page = await searchArticles('ru', query.terms, { limit: 3, after });
      expect(page.items.length).toBeLessThanOrEqual(3);
      seen.push(...page.items);
      if (!page.nextCursor) break;
      after = parseSearchCursor(page.nextCursor);
      expect(after).not.toBeNull();
    }
    expect(new Set(seen.map((h) => h.id)).size).toBe(seen.length);
    expect(seen.map((h) => h.id)).toEqual(all.items.map((h) => h.id));
    expect('total' in all && all.total).toBe(all.items.length);
  });

  it('never finds unpublished, future or other-language translations', async () => {
    const db = getDb();
    const id = await articleId('aliyev-kazakhstan-visit');
    const silver = await articleId('silver-prices-moderate-decline');
    expect((await search('az', 'серебро')).items).toEqual([]);
    expect((await search('ru', 'серебро')).items.some((h) => h.id === silver)).toBe(true);
    expect((await search('en', 'Визит Алиева')).items).toEqual([]);

    const enSeed = db.updateTable('article_translations').where('article_id', '=', id).where('locale', '=', 'en');
    await enSeed.set({ status: 'draft' }).execute();
    try {
      expect(await findsSeed('en', 'Kazakhstan')).toBe(false);
      await enSeed.set({ status: 'published', published_at: sql<Date>`now() + interval '1 day'` }).execute();
      expect(await findsSeed('en', 'Kazakhstan')).toBe(false);
    } finally {
      await enSeed.set({ status: 'published', published_at: '2025-10-22T09:20:00+04:00' }).execute();
    }
    expect(await findsSeed('en', 'Kazakhstan')).toBe(true);
  });

  it('keeps the index current when a translation is edited', async () => {
    const db = getDb();
    const id = await articleId('aliyev-kazakhstan-visit');
    const azSeed = db.updateTable('article_translations').where('article_id', '=', id).where('locale', '=', 'az');
    const { title } = await db.selectFrom('article_translations').select('title').where('article_id', '=', id).where('locale', '=', 'az').executeTakeFirstOrThrow();
    expect(await findsSeed('az', 'Zəngəzur dəhlizi')).toBe(false);
    await azSeed.set({ title: `${title} və Zəngəzur dəhlizi` }).execute();
    try {
      expect(await findsSeed('az', 'zengezur dehlizi')).toBe(true);
      // Its words join the dictionary that typos are corrected against.
      expect(await findsSeed('az', 'zengezr dehlizi')).toBe(true);
    } finally {
      await azSeed.set({ title }).execute();
    }
    expect(await findsSeed('az', 'zengezur dehlizi')).toBe(false);
  });
});

describe('the words in use (search_words), against text an author can store', () => {
  // Text an author controls: URLs and emails (one token to the `simple` parser), tsquery operators, backslashes,
  // quotes, combining marks, right-to-left and zero-width marks.
  const planted = [
    'poisonlink.test/a:b',
    'https://poisonlink.test/x:y?q=1&r=2',
    'poisonmail@x.az',
    "poison&word|bar!baz*(qux)<quux>-corge",
    'poison\\back\\slash',
    "poison'quote\"double",
    'poisonmark\u0301ed',
    '\u200fpoisonrtl\u200f',
    'poison\u200bzero',
    'poisonplain',
  ].join(' ');
  const queries = ['poisonlink', 'poisonlin', 'poisonlinks', 'poisonlink test', 'poisonmail', 'poison', 'poisn', 'poisonmarked', 'poisonmark\u0301', 'x\u0301', 'poisonrtl', 'back slash', 'test a b'];

  async function plantedArticle(status: 'draft' | 'published') {
    const db = getDb();
    const seed = await db.selectFrom('articles').select(['category_id', 'author_id']).limit(1).executeTakeFirstOrThrow();
    const article = await db.insertInto('articles').values({ key: `poison-${status}-${Date.now()}`, category_id: seed.category_id, author_id: seed.author_id }).returning('id').executeTakeFirstOrThrow();
    await db
      .insertInto('article_translations')
      .values({ article_id: article.id, locale: 'en', slug: `poison-${article.id}`, title: `Poisoned headline ${status}`, lead: planted, body: JSON.stringify({ version: 1, blocks: [{ type: 'paragraph', content: [{ text: planted }] }] }), status, published_at: status === 'published' ? sql<Date>`now() - interval '1 minute'` : null })
      .execute();
    return article.id;
  }

  async function wordsLike(pattern: string): Promise<string[]> {
    const { rows } = await sql<{ word: string }>`select word from search_words where locale = 'en' and word like ${pattern} order by word`.execute(getDb());
    return rows.map((r) => r.word);
  }

  it('holds no word of a draft, and no token with punctuation from published text', async () => {
    const draft = await plantedArticle('draft');
    const published = await plantedArticle('published');
    try {
      const words = await wordsLike('poison%');
      expect(words.length).toBeGreaterThan(0);
      for (const word of words) expect(word).not.toMatch(/[!-/:-@[-`{-~]/);
      // Every query near the planted words answers, in every language.
      for (const locale of ['en', 'ru', 'az'] as const) {
        for (const typed of queries) {
          const result = await search(locale, typed);
          expect(['terms', 'noWords'], typed).toContain(result.kind);
        }
      }
      expect((await search('en', 'Poisoned headline')).items.map((hit) => hit.id)).toEqual([published]);
    } finally {
      await getDb().deleteFrom('articles').where('id', 'in', [draft, published]).execute();
    }
    // Gone with the only text that used them.
    expect(await wordsLike('poison%')).toEqual([]);
  });

  it('loses a word when the text using it is unpublished or edited, and keeps one that other text still uses', async () => {
    const db = getDb();
    const id = await plantedArticle('published');
    const row = db.updateTable('article_translations').where('article_id', '=', id).where('locale', '=', 'en');
    try {
      expect(await wordsLike('poisonplain')).toEqual(['poisonplain']);
      await row.set({ status: 'unpublished' }).execute();
      expect(await wordsLike('poison%')).toEqual([]);
      await row.set({ status: 'published' }).execute();
      expect(await wordsLike('poisonplain')).toEqual(['poisonplain']);
      await row.set({ lead: 'Nothing planted here', body: JSON.stringify({ version: 1, blocks: [] }) }).execute();
      expect(await wordsLike('poison%')).toEqual(['poisoned']);
      // A word every story uses stays while one still does.
      expect(await wordsLike('kazakhstan')).toEqual(['kazakhstan']);
      expect(await wordsLike('planted')).toEqual(['planted']);
      const uses = await db.selectFrom('search_words').select('uses').where('locale', '=', 'en').where('word', '=', 'headline').executeTakeFirst();
      await row.set({ title: 'Renamed' }).execute();
      const after = await db.selectFrom('search_words').select('uses').where('locale', '=', 'en').where('word', '=', 'headline').executeTakeFirst();
      expect(after?.uses ?? 0).toBe((uses?.uses ?? 0) - 1);
    } finally {
      await db.deleteFrom('articles').where('id', '=', id).execute();
    }
    expect(await wordsLike('planted')).toEqual([]);
  });

  it('counts every published translation that uses a word, as a rebuild from scratch would', async () => {
    const { rows } = await sql<{ n: string }>`
      select count(*) as n from (
        select locale, word, count(*)::integer as uses
        from article_translations t, newsroom_search_words(t.locale, t.title, t.lead, t.body) as w(word)
        where t.status = 'published' group by locale, word
      ) expected
      full join search_words s using (locale, word)
      where s.uses is distinct from expected.uses`.execute(getDb());
    expect(Number(rows[0]!.n)).toBe(0);
  });
});
