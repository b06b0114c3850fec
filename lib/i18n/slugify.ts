import type { Locale } from './locales';

// Russian: the simple scheme readers type on a Latin keyboard (щ → shch, ж → zh, х → kh), without apostrophes.
const CYRILLIC: Record<string, string> = {
  а: 'a', б: 'b', в: 'v', г: 'g', д: 'd', е: 'e', ё: 'yo', ж: 'zh', з: 'z', и: 'i', й: 'y', к: 'k', л: 'l',
  м: 'm', н: 'n', о: 'o', п: 'p', р: 'r', с: 's', т: 't', у: 'u', ф: 'f', х: 'kh', ц: 'ts', ч: 'ch', ш: 'sh',
  щ: 'shch', ъ: '', ы: 'y', ь: '', э: 'e', ю: 'yu', я: 'ya',
  // Azerbaijani and Kazakh Cyrillic letters that turn up in names.
  ә: 'e', ғ: 'g', қ: 'q', ң: 'n', ө: 'o', ұ: 'u', ү: 'u', һ: 'h', і: 'i', ј: 'y',
};

// Azerbaijani Latin letters to their plain keyboard counterparts (ə → e, ı → i, ş → s …).
const AZERBAIJANI: Record<string, string> = { ə: 'e', ı: 'i', ğ: 'g', ö: 'o', ş: 's', ç: 'c', ü: 'u' };

const MAX_LENGTH = 80;

/** Lower-cases with the locale's rules: in Azerbaijani `I` is the capital of `ı` and `İ` that of `i`. */
export function lowerCase(text: string, locale: Locale): string {
  return text.toLocaleLowerCase(locale === 'az' ? 'az' : locale);
}

export function upperCase(text: string, locale: Locale): string {
  return text.toLocaleUpperCase(locale === 'az' ? 'az' : locale);
}

/** Turns a title into an ASCII URL slug, transliterating Cyrillic and Azerbaijani letters. */
export function slugify(text: string, locale: Locale): string {
  const lower = lowerCase(text, locale);
  let ascii = '';
  for (const char of lower) {
    ascii += CYRILLIC[char] ?? AZERBAIJANI[char] ?? char;
  }
  const words = ascii
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim()
    .split(' ')
    .filter(Boolean);

  let slug = '';
  for (const word of words) {
    const next = slug ? `${slug}-${word}` : word;
    if (next.length > MAX_LENGTH) break;
    slug = next;
  }
  return slug || words.join('-').slice(0, MAX_LENGTH);
}
