import { describe, expect, it } from 'vitest';
import { documentToMarkup } from '@/lib/editorial/shared/markup';

describe('a document as the revision comparison shows it', () => {
  it('writes every kind of block and inline style as readable text', () => {
    expect(
      documentToMarkup({
        version: 1,
        blocks: [
          { type: 'heading', level: 2, content: [{ text: 'Heading' }] },
          { type: 'paragraph', content: [{ text: 'A ' }, { text: 'bold', bold: true }, { text: ' and ' }, { text: 'italic', italic: true }, { text: ' ' }, { text: 'link', href: 'https://example.com/a' }] },
          { type: 'quote', content: [{ text: 'Quoted' }] },
          { type: 'list', ordered: true, items: [[{ text: 'first' }], [{ text: 'second' }]] },
          { type: 'image', mediaId: 12, alt: 'The port at dawn', caption: 'Photo: Anews' },
          { type: 'youtube', videoId: 'dQw4w9WgXcQ' },
        ],
      }),
    ).toBe(
      '## Heading\n\nA **bold** and *italic* [link](https://example.com/a)\n\n> Quoted\n\n1. first\n2. second\n\n![The port at dawn](media:12 "Photo: Anews")\n\nyoutube: dQw4w9WgXcQ',
    );
  });
});
