import type { Locale } from './locales';

/** Every time on the site is shown in Baku time, on the server and in the browser alike. */
export const TIME_ZONE = 'Asia/Baku';

const INTL_LOCALE: Record<Locale, string> = { ru: 'ru-RU', az: 'az-Latn-AZ', en: 'en-GB' };

function parts(date: Date, locale: Locale, options: Intl.DateTimeFormatOptions) {
  const formatted = new Intl.DateTimeFormat(INTL_LOCALE[locale], { timeZone: TIME_ZONE, hourCycle: 'h23', ...options });
  return Object.fromEntries(formatted.formatToParts(date).map((p) => [p.type, p.value])) as Record<Intl.DateTimeFormatPartTypes, string>;
}

/** `22.10.2025 09:20` in ru and az, `22 Oct 2025, 09:20` in en. */
export function formatDateTime(date: Date, locale: Locale): string {
  if (locale === 'en') {
    const p = parts(date, locale, { day: 'numeric', month: 'short', year: 'numeric', hour: '2-digit', minute: '2-digit' });
    return `${p.day} ${p.month} ${p.year}, ${p.hour}:${p.minute}`;
  }
  const p = parts(date, locale, { day: '2-digit', month: '2-digit', year: 'numeric', hour: '2-digit', minute: '2-digit' });
  return `${p.day}.${p.month}.${p.year} ${p.hour}:${p.minute}`;
}

/**
 * Short form for lists: `21.10 23:30` in ru and az, `21 Oct 23:30` in en, for a time in the current year in Baku;
 * an older one keeps its year (`23.10.2025 20:43`), so last year's story never passes for this year's.
 */
export function formatShortDateTime(date: Date, locale: Locale, now = new Date()): string {
  const year = (d: Date) => parts(d, locale, { year: 'numeric' }).year;
  if (year(date) !== year(now)) return locale === 'en' ? formatDateTime(date, locale).replace(',', '') : formatDateTime(date, locale);
  if (locale === 'en') {
    const p = parts(date, locale, { day: 'numeric', month: 'short', hour: '2-digit', minute: '2-digit' });
    return `${p.day} ${p.month} ${p.hour}:${p.minute}`;
  }
  const p = parts(date, locale, { day: '2-digit', month: '2-digit', hour: '2-digit', minute: '2-digit' });
  return `${p.day}.${p.month} ${p.hour}:${p.minute}`;
}

/** A calendar day (`YYYY-MM-DD`, no time zone involved): `22.10.2025` in ru and az, `22 October 2025` in en. */
export function formatDay(day: string, locale: Locale): string {
  const [year, month, date] = day.split('-');
  if (locale !== 'en') return `${date}.${month}.${year}`;
  const name = new Intl.DateTimeFormat('en-GB', { month: 'long', timeZone: 'UTC' }).format(new Date(`${day}T12:00:00Z`));
  return `${Number(date)} ${name} ${year}`;
}

/**
 * A rate as the locale writes decimals (`1,9811` in ru and az), with all its stored digits and at least four, as the
 * central bank publishes them: `1.7` is shown as `1.7000`, beside `1.9811` and `0.021216`.
 */
export function formatRate(value: string, locale: Locale): string {
  const [whole, fraction = ''] = value.split('.');
  const separator = locale === 'en' ? '.' : ',';
  return `${whole}${separator}${fraction.padEnd(4, '0')}`;
}
