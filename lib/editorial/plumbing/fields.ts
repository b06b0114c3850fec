import { z } from 'zod';
import { bakuMoment, isCalendarDay } from '@/lib/editorial/shared/baku-time';

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

const DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/;

/**
 * A wall-clock time in Baku, as a datetime-local field sends it: `2027-03-01T10:00`. Impossible dates and times are
 * refused, never rolled over (lib/editorial/shared/baku-time.ts, which the article editor's own fields use too).
 */
export const bakuDateTime = z
  .string()
  // Aborting checks: a form's own refinements (a window that must end after it starts) never see unparsed text.
  .regex(DATE_TIME, { message: 'invalid', abort: true })
  .transform((value, ctx) => {
    const [year, month, day, hour, minute] = DATE_TIME.exec(value)!.slice(1).map(Number) as [number, number, number, number, number];
    const moment = bakuMoment(year, month, day, hour, minute);
    if (moment) return moment;
    ctx.addIssue({ code: 'custom', message: 'invalid', fatal: true });
    return z.NEVER;
  });

/** A calendar day, `2025-10-20`. */
export const calendarDay = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, { message: 'invalid', abort: true })
  .refine((value) => {
    const [year, month, day] = value.split('-').map(Number) as [number, number, number];
    return isCalendarDay(year, month, day);
  }, { message: 'invalid', abort: true });
