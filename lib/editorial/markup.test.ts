import { describe, expect, it } from 'vitest';
import { documentToMarkup, parseMarkup } from './markup';

describe('article markup', () => {
  it('parses headings, quotes, lists, videos and inline styles', () => {
    const result = parseMarkup(
      '## Heading\n\nA **bold** and *italic* [link](https://example.com/a).\n\n> Quoted\n\n- one\n- two\n\n1. first\n2. second\n\nyoutube: https://www.youtube.com/watch?v=dQw4w9WgXcQ',
    );
    expect(result).toEqual({
      ok: true,
      document: {
        version: 1,
        blocks: [
          { type: 'heading', level: 2, content: [{ text: 'Heading' }] },
          {
            type: 'paragraph',
            content: [
              { text: 'A ' },
              { text: 'bold', bold: true },
              { text: ' and ' },
              { text: 'italic', italic: true },
              { text: ' ' },
              { text: 'link', href: 'https://example.com/a' },
              { text: '.' },
            ],
          },
          { type: 'quote', content: [{ text: 'Quoted' }] },
          { type: 'list', ordered: false, items: [[{ text: 'one' }], [{ text: 'two' }]] },
          { type: 'list', ordered: true, items: [[{ text: 'first' }], [{ text: 'second' }]] },
          { type: 'youtube', videoId: 'dQw4w9WgXcQ' },
        ],
      },
    });
  });

  it('round-trips through the markup an editor sees', () => {
    const markup = '### Sub\n\nText with **bold** and [a link](/az/latest).\n\n> Said\n\n- a\n- b\n\n![The port at dawn](media:12 "Photo: Anews")';
    const first = parseMarkup(markup);
    if (!first.ok) throw new Error('did not parse');
    expect(parseMarkup(documentToMarkup(first.document))).toEqual(first);
  });

  it('turns a media reference into an image block', () => {
    expect(parseMarkup('![Cranes](media:7 "At dawn")')).toEqual({
      ok: true,
      document: { version: 1, blocks: [{ type: 'image', mediaId: 7, alt: 'Cranes', caption: 'At dawn' }] },
    });
  });

  it('refuses script and data links', () => {
    for (const href of ['javascript:alert(1)', 'JaVaScRiPt:alert(1)', 'data:text/html,<script>alert(1)</script>', '//evil.example', 'vbscript:x']) {
      expect(parseMarkup(`[click](${href})`)).toEqual({ ok: false, error: 'unsafeLink' });
    }
  });

  it('keeps HTML as literal text', () => {
    expect(parseMarkup('<script>alert(1)</script>')).toEqual({
      ok: true,
      document: { version: 1, blocks: [{ type: 'paragraph', content: [{ text: '<script>alert(1)</script>' }] }] },
    });
  });
});
