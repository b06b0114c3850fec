import type { Locale } from '@/lib/i18n/locales';

/**
 * What a reader typed, reduced to words the database can match. Pure and shared by the page and the search module;
 * the SQL twin of `foldForSearch` is `newsroom_search_fold` in the 2026_11_26_10 migration (an integration test keeps
 * the two in agreement).
 */

export const MAX_QUERY_LENGTH = 200;
// More words than this narrow nothing a reader would notice and only cost index work.
const MAX_TERMS = 8;
const MAX_TERM_LENGTH = 40;

// The letters a keyboard without an Azerbaijani layout does not have, each to the plain letter readers type instead.
const FOLD: Record<string, string> = { ə: 'e', ı: 'i', ö: 'o', ü: 'u', ş: 's', ç: 'c', ğ: 'g' };

/**
 * Lower-cases with the Azerbaijani rules (İ → i, I → ı), then folds ə ı ö ü ş ç ğ to e i o u s c g, so "Əliyev",
 * "ƏLİYEV" and "Eliyev" are the same word. Applied to Azerbaijani text in the index and to trigram text everywhere.
 */
export function foldForSearch(text: string): string {
  return text
    .normalize('NFC')
    .replace(/İ/g, 'i')
    .replace(/I/g, 'ı')
    .toLowerCase()
    .replace(/[əıöüşçğ]/g, (letter) => FOLD[letter] ?? letter);
}

// Trigram text is plain Latin: PostgreSQL's pg_trgm counts only the letters its database's ctype knows, and under
// the C ctype of the embedded server that is ASCII alone. One Latin letter per Cyrillic one (ъ and ь dropped), so the
// SQL twin can use translate(); the spelling only has to be the same on both sides, not readable.
const CYRILLIC = 'абвгдеёжзийклмнопрстуфхцчшщыэюя';
const CYRILLIC_AS_LATIN = 'abvgdeejziyklmnoprstufhcqwwyeua';
const CYRILLIC_SIGNS = /[ъь]/g;

/** The text trigram matching compares: folded, Cyrillic letters written in Latin (SQL twin: `newsroom_trigram_text`). */
export function trigramText(text: string): string {
  return foldForSearch(text)
    .replace(CYRILLIC_SIGNS, '')
    .replace(/[а-яё]/g, (letter) => CYRILLIC_AS_LATIN[CYRILLIC.indexOf(letter)] ?? letter);
}

export type SearchQuery =
  | { kind: 'empty' }
  | { kind: 'tooLong' }
  /** Only punctuation, symbols or one-letter words: nothing to look for. */
  | { kind: 'noWords' }
  | { kind: 'terms'; text: string; terms: string[] };

/** Parses the `q` parameter of the search page; anything at all (arrays, 10 kB, SQL, emoji) gets an answer. */
export function parseSearchQuery(raw: string | string[] | undefined): SearchQuery {
  const value = (Array.isArray(raw) ? raw[0] : raw) ?? '';
  const text = value.normalize('NFC').replace(/\s+/g, ' ').trim();
  if (!text) return { kind: 'empty' };
  if ([...text].length > MAX_QUERY_LENGTH) return { kind: 'tooLong' };
  const words = text.match(/[\p{L}\p{N}][\p{L}\p{M}\p{N}]*/gu) ?? [];
  // A one-letter prefix would match half the archive; digits alone ("5") still count.
  const terms = [...new Set(words.filter((w) => w.length > 1 || /\p{N}/u.test(w)).map((w) => w.slice(0, MAX_TERM_LENGTH)))];
  if (!terms.length) return { kind: 'noWords' };
  return { kind: 'terms', text, terms: terms.slice(0, MAX_TERMS) };
}

/** The words as the index of this locale holds them: Azerbaijani folded; Russian and English are stemmed in SQL. */
export function indexTerms(terms: string[], locale: Locale): string[] {
  return locale === 'az' ? terms.map(foldForSearch) : terms;
}

export interface SnippetPart {
  text: string;
  match: boolean;
}

const SNIPPET_WORDS = 32;

/**
 * A window of the text around the first word that starts with one of the query's lexemes, split into plain and
 * matching parts. The page renders the parts as React text, so nothing in an article can become markup.
 */
export function buildSnippet(text: string, lexemes: string[]): SnippetPart[] {
  const tokens = text.split(/([\p{L}\p{M}\p{N}]+)/u);
  const prefixes = lexemes.map(foldForSearch).filter(Boolean);
  const isMatch = (token: string) => {
    const folded = foldForSearch(token);
    return prefixes.some((prefix) => folded.startsWith(prefix));
  };
  // tokens alternate separator, word, separator…: words sit at odd indices.
  const first = tokens.findIndex((token, i) => i % 2 === 1 && isMatch(token));
  const start = first < 0 ? 0 : Math.max(0, first - 2 * Math.floor(SNIPPET_WORDS / 4));
  const end = Math.min(tokens.length, start + 2 * SNIPPET_WORDS);
  const parts: SnippetPart[] = [];
  if (start > 0) parts.push({ text: '… ', match: false });
  for (let i = start; i < end; i++) {
    const token = tokens[i]!;
    if (!token) continue;
    const match = i % 2 === 1 && isMatch(token);
    const previous = parts[parts.length - 1];
    if (previous && !previous.match && !match) previous.text += token;
    else parts.push({ text: token, match });
  }
  if (end < tokens.length) parts.push({ text: ' …', match: false });
  return parts;
}
