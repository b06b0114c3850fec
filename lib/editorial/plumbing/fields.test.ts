import { describe, expect, it } from 'vitest';
import { bakuDateAndTime, calendarDay, existingVersion, recordId, recordVersion } from '@/lib/editorial/plumbing/fields';

describe('record ids and versions', () => {
  it('accept what PostgreSQL integer columns hold, written in decimal digits', () => {
    expect(recordId.parse('1')).toBe(1);
    expect(recordId.parse('2147483647')).toBe(2_147_483_647);
    expect(recordVersion.parse('0')).toBe(0);
    expect(existingVersion.parse('7')).toBe(7);
  });

  it.each(['0', '2147483648', '99999999999', '-1', '1e3', '0x10', '1.5', ' ', '', 'NaN', 'Infinity'])('refuse %j as an id', (value) => {
    expect(recordId.safeParse(value).success).toBe(false);
  });

  it('refuse version 0 where the record must exist', () => {
    expect(existingVersion.safeParse('0').success).toBe(false);
  });
});

describe('a Baku wall-clock time from the date and time fields', () => {
  it('is read as UTC+4', () => {
    expect(bakuDateAndTime('01.03.2027', '10:00')?.toISOString()).toBe('2027-03-01T06:00:00.000Z');
    expect(bakuDateAndTime('29.02.2028', '23:59')?.toISOString()).toBe('2028-02-29T19:59:00.000Z');
  });

  it('is nothing when both fields are empty', () => {
    expect(bakuDateAndTime('', ' ')).toBeUndefined();
  });

  it.each([
    ['30.02.2027', '10:00'],
    ['29.02.2027', '10:00'],
    ['01.13.2027', '10:00'],
    ['01.01.2027', '24:00'],
    ['01.01.2027', '10:60'],
    ['2027-01-01', '10:00'],
    ['01.01.2027', ''],
    ['', '10:00'],
    ['01.01.2027', '10 am'],
  ])('refuses %j %j instead of rolling it over', (date, time) => {
    expect(bakuDateAndTime(date, time)).toBeNull();
  });
});

describe('a calendar day', () => {
  it('accepts real days, leap days included', () => {
    expect(calendarDay.parse('2024-02-29')).toBe('2024-02-29');
  });

  it.each(['2025-02-29', '2025-02-30', '2025-13-01', '2025-00-10', '2025-10-32', '2025-10-1'])('refuses %j', (value) => {
    expect(calendarDay.safeParse(value).success).toBe(false);
  });
});
