import { describe, expect, it } from 'vitest';
import { formatCursor, parseCursor } from './cursor';

describe('listing cursor', () => {
  it('round-trips', () => {
    const cursor = { micros: 1761110400123456n, id: 42 };
    expect(parseCursor(formatCursor(cursor))).toEqual(cursor);
  });

  it.each(['', 'abc', '12-', '-5', '1.5-2', '1761110400123456-0', '1-99999999999', "1-1' or 1=1", '1'.repeat(18) + '-1'])(
    'rejects %j',
    (value) => {
      expect(parseCursor(value)).toBeNull();
    },
  );
});
