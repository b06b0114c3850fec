import { defaultLocale, localePattern, locales } from './locale-list.mjs';

export { defaultLocale, localePattern, locales };
export type Locale = (typeof locales)[number];

export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (locales as readonly string[]).includes(value);
}

/** Each language named in itself, as a language switcher shows it. */
export const LANGUAGE_NAMES: Record<Locale, string> = { ru: 'Русский', az: 'Azərbaycanca', en: 'English' };

/** Alternate URLs of one page, keyed by locale; a locale with no translation is absent. */
export type Alternates = Partial<Record<Locale, string>>;
