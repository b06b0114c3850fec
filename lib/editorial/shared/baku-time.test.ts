import { describe, expect, it } from 'vitest';
import { bakuDateTimeFields, parseBakuDateTime } from '@/lib/editorial/shared/baku-time';

describe('the admin’s date and time fields', () => {
  it('read dd.mm.yyyy and 24-hour time on Baku’s clock', () => {
    expect(parseBakuDateTime('22.10.2025', '09:20')?.toISOString()).toBe('2025-10-22T05:20:00.000Z');
    expect(parseBakuDateTime('1.2.2026', '23:59')?.toISOString()).toBe('2026-02-01T19:59:00.000Z');
    // Not the American month-first reading a browser in en-US would give 02.01.
    expect(parseBakuDateTime('02.01.2026', '00:00')?.toISOString()).toBe('2026-01-01T20:00:00.000Z');
    expect(parseBakuDateTime('29.02.2028', '12:00')).not.toBeNull();
  });

  it('refuse dates and times that do not exist', () => {
    for (const [date, time] of [['31.02.2026', '10:00'], ['29.02.2027', '10:00'], ['31.04.2026', '10:00'], ['00.01.2026', '10:00'], ['12.13.2026', '10:00'],
      ['12.12.2026', '24:00'], ['12.12.2026', '10:60'], ['2026-12-12', '10:00'], ['12/12/2026', '10:00'], ['12.12.2026', '10 pm'], ['', '']]) {
      expect(parseBakuDateTime(date!, time!), `${date} ${time}`).toBeNull();
    }
  });

  it('show a moment as Baku writes it', () => {
    expect(bakuDateTimeFields(new Date('2025-10-22T05:20:00Z'))).toEqual({ date: '22.10.2025', time: '09:20' });
    expect(bakuDateTimeFields(new Date('2025-12-31T21:30:00Z'))).toEqual({ date: '01.01.2026', time: '01:30' });
  });
});
