import { describe, expect, it } from 'vitest';
import { parseSearchCursor, quotedPrefix } from './search';

describe('parseSearchCursor', () => {
  it('reads the score and id a results page wrote', () => {
    expect(parseSearchCursor('468.3952746061514_17')).toEqual({ score: 468.3952746061514, id: 17 });
    expect(parseSearchCursor('-1.5e-7_3')).toEqual({ score: -1.5e-7, id: 3 });
  });

  it('sends PostgreSQL the number JavaScript read, never a text float8 cannot hold', () => {
    // `1e-999` underflows to 0 in JavaScript; as text it is out of range for float8 (the search page answered 500).
    for (const tiny of ['1e-999_5', '-1e-999_5', '1e-400_5']) {
      const cursor = parseSearchCursor(tiny);
      expect(cursor?.id).toBe(5);
      expect(Math.abs(cursor!.score)).toBe(0);
    }
  });

  it('refuses anything else, so a bad link shows the first page', () => {
    const bad = [undefined, '', 'abc', '1_0', '1_99999999999', '1_2147483648', "1'--_2", 'NaN_1', 'Infinity_1', '1e400_1', '-1e999_1', '1e7_1', '1_2_3', '1\u0000_2', ['1_2']];
    for (const value of bad) expect(parseSearchCursor(value as string | string[] | undefined)).toBeNull();
  });
});

describe('quotedPrefix', () => {
  it('quotes a word so that no character in it is tsquery syntax', () => {
    expect(quotedPrefix('визит')).toBe("'визит':*");
    expect(quotedPrefix("x.test/a:b")).toBe("'x.test/a:b':*");
    expect(quotedPrefix("o'neil\\")).toBe("'o''neil\\\\':*");
  });
});
