import { describe, expect, it } from 'vitest';
import { formatDateTime, formatDay, formatRate, formatShortDateTime } from './format';

// 22.10.2025 09:20 in Baku (UTC+4) is 05:20 UTC.
const seedTime = new Date('2025-10-22T05:20:00Z');

describe('dates in Baku time', () => {
  it('writes the seed article date as the seed page does, whatever the machine time zone', () => {
    expect(formatDateTime(seedTime, 'ru')).toBe('22.10.2025 09:20');
    expect(formatDateTime(seedTime, 'az')).toBe('22.10.2025 09:20');
    expect(formatDateTime(seedTime, 'en')).toBe('22 Oct 2025, 09:20');
  });

  it('moves to the next day in Baku before it does in UTC', () => {
    const lateUtc = new Date('2025-10-21T21:30:00Z');
    const sameYear = new Date('2025-12-01T12:00:00Z');
    expect(formatShortDateTime(lateUtc, 'ru', sameYear)).toBe('22.10 01:30');
    expect(formatShortDateTime(lateUtc, 'en', sameYear)).toBe('22 Oct 01:30');
  });

  it('keeps the year in lists for a time before the current year in Baku', () => {
    const inDecember2026 = new Date('2026-12-01T12:00:00Z');
    const story = new Date('2025-10-23T16:43:00Z');
    expect(formatShortDateTime(story, 'ru', inDecember2026)).toBe('23.10.2025 20:43');
    expect(formatShortDateTime(story, 'az', inDecember2026)).toBe('23.10.2025 20:43');
    expect(formatShortDateTime(story, 'en', inDecember2026)).toBe('23 Oct 2025 20:43');
    // 31 December 21:30 UTC is already the new year in Baku: a story from that evening's UTC day is last year's.
    const newYearInBaku = new Date('2026-12-31T21:30:00Z');
    expect(formatShortDateTime(new Date('2026-12-31T19:00:00Z'), 'en', newYearInBaku)).toBe('31 Dec 2026 23:00');
  });

  it('writes calendar days without shifting them', () => {
    expect(formatDay('2025-10-22', 'az')).toBe('22.10.2025');
    expect(formatDay('2025-10-01', 'en')).toBe('1 October 2025');
  });
});

describe('rates', () => {
  it('keeps every digit, at least four, and uses the locale decimal separator', () => {
    expect(formatRate('0.021216', 'ru')).toBe('0,021216');
    expect(formatRate('1.7', 'en')).toBe('1.7000');
    expect(formatRate('2', 'az')).toBe('2,0000');
  });
});
