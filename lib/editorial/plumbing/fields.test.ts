import { describe, expect, it } from 'vitest';
import { bakuDateTime, calendarDay, existingVersion, recordId, recordVersion } from '@/lib/editorial/plumbing/fields';

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

describe('a Baku wall-clock time', () => {
  it('is read as UTC+4', () => {
    expect(bakuDateTime.parse('2027-03-01T10:00').toISOString()).toBe('2027-03-01T06:00:00.000Z');
    expect(bakuDateTime.parse('2028-02-29T23:59').toISOString()).toBe('2028-02-29T19:59:00.000Z');
  });

  it.each(['2027-02-30T10:00', '2027-02-29T10:00', '2027-13-01T10:00', '2027-04-31T10:00', '2027-00-10T10:00', '2027-01-01T24:00', '2027-01-01T10:60', '0000-01-01T10:00', '2027-01-01', '2027-01-01T10:00:00', '2027-1-1T1:00'])(
    'refuses %j instead of rolling it over',
    (value) => {
      expect(bakuDateTime.safeParse(value).success).toBe(false);
    },
  );
});

describe('a calendar day', () => {
  it('accepts real days, leap days included', () => {
    expect(calendarDay.parse('2024-02-29')).toBe('2024-02-29');
  });

  it.each(['2025-02-29', '2025-02-30', '2025-13-01', '2025-00-10', '2025-10-32', '2025-10-1'])('refuses %j', (value) => {
    expect(calendarDay.safeParse(value).success).toBe(false);
  });
});
