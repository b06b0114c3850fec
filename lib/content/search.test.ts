import { describe, expect, it } from 'vitest';
import { parseSearchCursor } from './search';

describe('parseSearchCursor', () => {
  it('reads the score and id a results page wrote', () => {
    expect(parseSearchCursor('468.3952746061514_17')).toEqual({ score: '468.3952746061514', id: 17 });
    expect(parseSearchCursor('-1.5e-7_3')).toEqual({ score: '-1.5e-7', id: 3 });
  });

  it('refuses anything else, so a bad link shows the first page', () => {
    for (const bad of [undefined, '', 'abc', '1_0', '1_99999999999', "1'--_2", 'NaN_1', 'Infinity_1', '1_2_3', ['1_2']]) {
      expect(parseSearchCursor(bad as string | string[] | undefined)).toBeNull();
    }
  });
});
