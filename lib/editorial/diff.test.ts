import { describe, expect, it } from 'vitest';
import { lineDiff } from './diff';

describe('lineDiff', () => {
  it('marks removed and added lines around the common ones', () => {
    expect(lineDiff('title\nold line\nend', 'title\nnew line\nend\nmore')).toEqual([
      { kind: 'same', text: 'title' },
      { kind: 'removed', text: 'old line' },
      { kind: 'added', text: 'new line' },
      { kind: 'same', text: 'end' },
      { kind: 'added', text: 'more' },
    ]);
  });

  it('finds nothing between equal texts', () => {
    expect(lineDiff('a\nb', 'a\nb').every((line) => line.kind === 'same')).toBe(true);
  });
});
