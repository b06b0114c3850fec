// Shared with the admin's client components (the date field's pattern): no server code here.

/** Baku keeps UTC+4 all year (no daylight saving since 2016). */
const BAKU_OFFSET = '+04:00';

export const DATE_PATTERN = '\\d{1,2}\\.\\d{1,2}\\.\\d{4}';
export const TIME_PATTERN = '\\d{1,2}:\\d{2}';

/** Whether the year, month and day name a day of the calendar (31.02 does not; `Date` would make it 3 March). */
export function isCalendarDay(year: number, month: number, day: number): boolean {
  // Day 0 of the next month is the last of this one; UTC arithmetic has no offsets to trip on.
  return year >= 1 && month >= 1 && month <= 12 && day >= 1 && day <= new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** A wall-clock time in Baku as a moment; null when there is no such time (24:00, 10:60, 31.04). */
export function bakuMoment(year: number, month: number, day: number, hour: number, minute: number): Date | null {
  if (year < 2000 || year > 2999 || !isCalendarDay(year, month, day) || hour > 23 || minute > 59) return null;
  const pad = (n: number) => String(n).padStart(2, '0');
  return new Date(`${year}-${pad(month)}-${pad(day)}T${pad(hour)}:${pad(minute)}:00${BAKU_OFFSET}`);
}

/**
 * A moment from the admin's date and time fields: `dd.mm.yyyy` and 24-hour `HH:MM` on Baku's clock, as the newsroom
 * writes them whatever the browser's own locale. Null for anything that is not a real date and time (31.02, 24:00).
 */
export function parseBakuDateTime(date: string, time: string): Date | null {
  const d = /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/.exec(date.trim());
  const t = /^(\d{1,2}):(\d{2})$/.exec(time.trim());
  if (!d || !t) return null;
  const [day, month, year, hour, minute] = [d[1], d[2], d[3], t[1], t[2]].map(Number) as [number, number, number, number, number];
  return bakuMoment(year, month, day, hour, minute);
}

/** The fields' values for a moment, on Baku's clock. */
export function bakuDateTimeFields(at: Date): { date: string; time: string } {
  const baku = new Date(at.getTime() + 4 * 3_600_000);
  const pad = (n: number) => String(n).padStart(2, '0');
  return {
    date: `${pad(baku.getUTCDate())}.${pad(baku.getUTCMonth() + 1)}.${baku.getUTCFullYear()}`,
    time: `${pad(baku.getUTCHours())}:${pad(baku.getUTCMinutes())}`,
  };
}
