import { describe, expect, it } from 'vitest';
import type { ArticleDocument, Block } from '@/lib/document/schema';
import { documentDiff, inlineDiff } from './document-diff';

const doc = (...blocks: Block[]): ArticleDocument => ({ version: 1, blocks });
const p = (...content: { text: string; bold?: boolean; href?: string }[]): Block => ({ type: 'paragraph', content });

describe('two versions compared as formatted text', () => {
  it('marks, inside an edited paragraph, only the words that changed, each with its formatting', () => {
    const parts = inlineDiff([{ text: 'Cranes are ' }, { text: 'working', bold: true }, { text: ' again.' }], [{ text: 'Cranes are ' }, { text: 'working', bold: true }, { text: ' once more.' }]);
    expect(parts.filter((part) => part.kind !== 'same')).toEqual([
      { kind: 'removed', text: 'again' },
      { kind: 'added', text: 'once more' },
    ]);
    expect(parts.find((part) => part.text === 'working')).toEqual({ kind: 'same', text: 'working', bold: true });
  });

  it('counts a word made bold as changed', () => {
    const parts = inlineDiff([{ text: 'a big ship' }], [{ text: 'a ' }, { text: 'big', bold: true }, { text: ' ship' }]);
    expect(parts.filter((part) => part.kind !== 'same')).toEqual([
      { kind: 'removed', text: 'big' },
      { kind: 'added', text: 'big', bold: true },
    ]);
  });

  it('keeps images and videos as blocks, added or removed whole, and pairs an edited paragraph with its old self', () => {
    const before = doc(p({ text: 'The port reopened at dawn.' }), { type: 'youtube', videoId: 'dQw4w9WgXcQ' });
    const after = doc(p({ text: 'The port reopened at noon.' }), { type: 'image', mediaId: 38, alt: 'Cranes', caption: 'The harbour' });
    const { blocks } = documentDiff({ title: 'T', lead: '', body: before }, { title: 'T', lead: '', body: after });
    expect(blocks.map((b) => `${b.kind}:${b.block.type}`)).toEqual(['changed:paragraph', 'removed:youtube', 'added:image']);
  });

  it('shows a body with no changes as kept, and marks the words added to a headline', () => {
    const body = doc(p({ text: 'Same.' }), { type: 'heading', level: 2, content: [{ text: 'What changed' }] });
    const changes = documentDiff({ title: 'Harbour reopens', lead: 'Lead', body }, { title: 'Harbour reopens (corrected)', lead: 'Lead', body });
    expect(changes.blocks.every((b) => b.kind === 'same')).toBe(true);
    expect(changes.title.filter((part) => part.kind === 'added').map((part) => part.text.trim())).toEqual(['(corrected)']);
  });

  it('compares list items one by one', () => {
    const list = (...items: string[]): Block => ({ type: 'list', ordered: false, items: items.map((text) => [{ text }]) });
    const { blocks } = documentDiff({ title: 'T', lead: '', body: doc(list('one', 'two')) }, { title: 'T', lead: '', body: doc(list('one', 'two and a half', 'three')) });
    expect(blocks).toHaveLength(1);
    const [change] = blocks;
    expect(change && 'items' in change ? change.items.map((item) => item.kind) : null).toEqual(['same', 'changed', 'added']);
  });
});
