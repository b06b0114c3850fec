import { describe, expect, it } from 'vitest';
import { textDiff, wordDiff } from '@/lib/editorial/shared/diff';

describe('textDiff', () => {
  it('marks removed and added lines around the common ones', () => {
    expect(textDiff('title\nold line\nend', 'title\nnew text\nend\nmore')).toEqual([
      { kind: 'same', text: 'title' },
      { kind: 'removed', text: 'old line' },
      { kind: 'added', text: 'new text' },
      { kind: 'same', text: 'end' },
      { kind: 'added', text: 'more' },
    ]);
  });

  it('finds nothing between equal texts', () => {
    expect(textDiff('a\nb', 'a\nb').every((line) => line.kind === 'same')).toBe(true);
  });

  it('shows the words that changed inside a paragraph, not the paragraph twice', () => {
    expect(textDiff('# Port\n\nThe port reopened at dawn on Monday.', '# Port\n\nThe harbour reopened at dawn on Monday.')).toEqual([
      { kind: 'same', text: '# Port' },
      { kind: 'same', text: '' },
      {
        kind: 'changed',
        parts: [
          { kind: 'same', text: 'The ' },
          { kind: 'removed', text: 'port' },
          { kind: 'added', text: 'harbour' },
          { kind: 'same', text: ' reopened at dawn on Monday.' },
        ],
      },
    ]);
  });

  it('finds the few edits in texts far longer than the old comparison could hold', () => {
    const lines = Array.from({ length: 10_000 }, (_, i) => `Paragraph ${i} of a very long body.`);
    const edited = lines.with(4_000, 'Paragraph 4000 of a very long, edited body.').with(9_000, 'A new paragraph.');
    const diff = textDiff(lines.join('\n'), edited.join('\n'));
    expect(diff.filter((line) => line.kind !== 'same')).toEqual([
      {
        kind: 'changed',
        parts: [
          { kind: 'same', text: 'Paragraph 4000 of a very long' },
          { kind: 'added', text: ',' },
          { kind: 'same', text: ' ' },
          { kind: 'added', text: 'edited ' },
          { kind: 'same', text: 'body.' },
        ],
      },
      { kind: 'removed', text: 'Paragraph 9000 of a very long body.' },
      { kind: 'added', text: 'A new paragraph.' },
    ]);
    expect(diff).toHaveLength(10_001);
  });

  it('gives up on two unrelated long texts and shows them whole', () => {
    const a = Array.from({ length: 3_000 }, (_, i) => `a${i}`).join('\n');
    const b = Array.from({ length: 3_000 }, (_, i) => `b${i}`).join('\n');
    const diff = textDiff(a, b);
    expect(diff.filter((line) => line.kind === 'removed')).toHaveLength(3_000);
    expect(diff.filter((line) => line.kind === 'added')).toHaveLength(3_000);
    expect(diff.filter((line) => line.kind === 'same' || line.kind === 'changed')).toHaveLength(0);
  });
});

describe('wordDiff', () => {
  it('keeps spaces and punctuation as written', () => {
    expect(wordDiff('Ships are back.', 'Ships are back, at last.')).toEqual([
      { kind: 'same', text: 'Ships are back' },
      { kind: 'added', text: ', at last' },
      { kind: 'same', text: '.' },
    ]);
  });
});
