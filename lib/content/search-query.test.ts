import { describe, expect, it } from 'vitest';
import { buildSnippet, foldForSearch, indexTerms, MAX_QUERY_LENGTH, parseSearchQuery, trigramText } from './search-query';

describe('foldForSearch', () => {
  it('folds the Azerbaijani letters to the plain keyboard ones', () => {
    expect(foldForSearch('əıöüşçğ')).toBe('eiouscg');
    expect(foldForSearch('ƏÖÜŞÇĞ')).toBe('eouscg');
    expect(foldForSearch('Əliyevin Qazaxıstana səfəri')).toBe('eliyevin qazaxistana seferi');
  });

  it('lower-cases İ to i and I to ı (then i), never to i with a combining dot', () => {
    expect(foldForSearch('İQTİSADİYYAT')).toBe('iqtisadiyyat');
    expect(foldForSearch('BAKI')).toBe('baki');
    expect(foldForSearch('İlham')).toBe('ilham');
    expect(foldForSearch('İlham')).not.toContain('\u0307');
  });

  it('treats decomposed letters like composed ones', () => {
    expect(foldForSearch('s\u0327o\u0308')).toBe('so');
    expect(foldForSearch('I\u0307lham')).toBe('ilham');
  });

  it('leaves Cyrillic and English words lower-cased but otherwise alone', () => {
    expect(foldForSearch('Визит АЛИЕВА')).toBe('визит алиева');
    expect(foldForSearch('Visit IN Baku')).toBe('visit in baku');
  });
});

describe('parseSearchQuery', () => {
  it('keeps the words of a query, without operators or punctuation', () => {
    expect(parseSearchQuery('  "Əliyev" & (visit) | !Baku:* ')).toEqual({
      kind: 'terms',
      text: '"Əliyev" & (visit) | !Baku:*',
      terms: ['Əliyev', 'visit', 'Baku'],
    });
    expect(parseSearchQuery("'; drop table x; --")).toMatchObject({ kind: 'terms', terms: ['drop', 'table'] });
  });

  it('answers empty, word-less and oversized queries with a reason', () => {
    expect(parseSearchQuery(undefined)).toEqual({ kind: 'empty' });
    expect(parseSearchQuery('   ')).toEqual({ kind: 'empty' });
    expect(parseSearchQuery('🙂 ?! a')).toEqual({ kind: 'noWords' });
    expect(parseSearchQuery('x'.repeat(MAX_QUERY_LENGTH + 1))).toEqual({ kind: 'tooLong' });
    expect(parseSearchQuery('я'.repeat(10_000))).toEqual({ kind: 'tooLong' });
    expect(parseSearchQuery('ab'.repeat(MAX_QUERY_LENGTH / 2))).toMatchObject({ kind: 'terms' });
  });

  it('takes the first of repeated parameters, keeps digits, drops repeats and caps the word count', () => {
    expect(parseSearchQuery(['Baku', 'Astana'])).toMatchObject({ terms: ['Baku'] });
    expect(parseSearchQuery('15 соглашений 2025')).toMatchObject({ terms: ['15', 'соглашений', '2025'] });
    expect(parseSearchQuery('baku baku')).toMatchObject({ terms: ['baku'] });
    const many = parseSearchQuery('one two three four five six seven eight nine ten');
    expect(many.kind === 'terms' && many.terms).toHaveLength(8);
  });

  it('folds only Azerbaijani terms for the index', () => {
    expect(indexTerms(['Əliyev', 'SƏFƏRİ'], 'az')).toEqual(['eliyev', 'seferi']);
    expect(indexTerms(['Визита'], 'ru')).toEqual(['Визита']);
  });
});

describe('buildSnippet', () => {
  it('marks words that start with a lexeme, whatever their case or diacritics', () => {
    const parts = buildSnippet('Prezident İlham Əliyevin səfəri başladı.', ['eliyev', 'seferi']);
    expect(parts.filter((p) => p.match).map((p) => p.text)).toEqual(['Əliyevin', 'səfəri']);
    expect(parts.map((p) => p.text).join('')).toBe('Prezident İlham Əliyevin səfəri başladı.');
  });

  it('shows a window around the first match of a long text, marked as cut', () => {
    const words = Array.from({ length: 200 }, (_, i) => `word${i}`);
    words[150] = 'визита';
    const parts = buildSnippet(words.join(' '), ['визит']);
    expect(parts[0]!.text).toMatch(/^… word142 /);
    expect(parts.at(-1)!.text).toMatch(/ …$/);
    expect(parts.find((p) => p.match)?.text).toBe('визита');
  });

  it('keeps markup-like text as plain text', () => {
    const parts = buildSnippet('<script>alert(1)</script> Baku', ['baku']);
    expect(parts.map((p) => p.text).join('')).toBe('<script>alert(1)</script> Baku');
    expect(parts.filter((p) => p.match).map((p) => p.text)).toEqual(['Baku']);
  });
});

describe('trigramText', () => {
  it('writes Cyrillic in Latin letters, one for one, and folds Azerbaijani', () => {
    expect(trigramText('Казахстан')).toBe('kazahstan');
    expect(trigramText('Подъезд Щёлково')).toBe('podezd welkovo');
    expect(trigramText('Qazaxıstana')).toBe('qazaxistana');
  });
});
