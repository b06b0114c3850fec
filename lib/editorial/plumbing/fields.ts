import { z } from 'zod';
import { isCalendarDay, parseBakuDateTime } from '@/lib/editorial/shared/baku-time';

/**
 * The write side's field types that every schema shares, so that a limit is stated once: ids and versions are
 * PostgreSQL `integer`s, and an out-of-range number is a form error here rather than a failed query.
 */
export const INT4_MAX = 2_147_483_647;

/** Decimal digits as a form sends them: not `0x1f`, `1e3` or `-0`, which `Number` would also read. */
const integer = (min: number) =>
  z
    .string()
    .regex(/^\d{1,10}$/, 'invalid')
    .transform(Number)
    .pipe(z.number().int().min(min, 'invalid').max(INT4_MAX, 'invalid'));

export const recordId = integer(1);
/** 0 for a record the form creates. */
export const recordVersion = integer(0);
/** The version of a record that exists. */
export const existingVersion = integer(1);

/** A calendar day, `2025-10-20`. */
export const calendarDay = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, { message: 'invalid', abort: true })
  .refine((value) => {
    const [year, month, day] = value.split('-').map(Number) as [number, number, number];
    return isCalendarDay(year, month, day);
  }, { message: 'invalid', abort: true });

/** One of the admin's date or time fields (BakuDateTimeField): text, bounded; read with bakuDateAndTime. */
export const dateTimePart = z.string().max(20, 'invalidDate').optional().default('');

/**
 * The moment the admin's date and time fields name (`dd.mm.yyyy`, `hh:mm`, Baku time): undefined when both are
 * empty, null when they name no real date and time (or only one is filled in).
 */
export function bakuDateAndTime(date: string, time: string): Date | undefined | null {
  if (!date.trim() && !time.trim()) return undefined;
  return parseBakuDateTime(date, time);
}
