import { describe, expect, it } from 'vitest';
import type { ArticleDocument } from '@/lib/document/schema';
import { documentToEditor, editorToDocument, serializeDocument, youtubeId, type EditorNode } from '@/lib/editorial/shared/rich-text';
import { parseBody } from '@/lib/editorial/plumbing/schemas';

const everything: ArticleDocument = {
  version: 1,
  blocks: [
    { type: 'heading', level: 2, content: [{ text: 'What changed' }] },
    {
      type: 'paragraph',
      content: [{ text: 'Cranes are ' }, { text: 'working', bold: true }, { text: ' ' }, { text: 'again', bold: true, italic: true, href: 'https://port.az/news' }, { text: '.' }],
    },
    { type: 'heading', level: 3, content: [{ text: 'Details' }] },
    { type: 'quote', content: [{ text: '“We are open.”', italic: true }] },
    { type: 'list', ordered: false, items: [[{ text: 'one' }], [{ text: 'two', href: '/en/latest' }]] },
    { type: 'list', ordered: true, items: [[{ text: 'first' }], [{ text: 'second' }]] },
    { type: 'image', mediaId: 12, alt: 'The port at dawn', caption: 'Photo: Anews' },
    { type: 'image', mediaId: 13, alt: 'Cranes' },
    { type: 'youtube', videoId: 'dQw4w9WgXcQ' },
  ],
};

describe('the rich-text editor’s document and the stored article document', () => {
  it('translate into each other without losing anything the article document holds', () => {
    expect(editorToDocument(documentToEditor(everything))).toEqual(everything);
    expect(parseBody(serializeDocument(everything))).toEqual({ ok: true, document: everything });
  });

  it('merge neighbouring text with the same formatting, and read what the editor adds to marks and nodes', () => {
    const doc: EditorNode = {
      type: 'doc',
      content: [
        {
          type: 'paragraph',
          attrs: { textAlign: null },
          content: [
            { type: 'text', text: 'Ships ' },
            { type: 'text', text: 'are ' },
            { type: 'text', text: 'back', marks: [{ type: 'link', attrs: { href: 'https://port.az', target: '_blank', rel: 'noopener', class: null } }, { type: 'bold' }] },
          ],
        },
      ],
    };
    expect(editorToDocument(doc).blocks).toEqual([{ type: 'paragraph', content: [{ text: 'Ships are ' }, { text: 'back', bold: true, href: 'https://port.az' }] }]);
  });

  it('leave out empty paragraphs and flatten what the article document cannot nest, keeping embeds dropped inside', () => {
    const doc: EditorNode = {
      type: 'doc',
      content: [
        { type: 'paragraph' },
        { type: 'paragraph', content: [{ type: 'text', text: '   ' }] },
        {
          type: 'bulletList',
          content: [
            {
              type: 'listItem',
              content: [
                { type: 'paragraph', content: [{ type: 'text', text: 'outer' }] },
                { type: 'bulletList', content: [{ type: 'listItem', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'inner' }] }] }] },
              ],
            },
          ],
        },
        {
          type: 'blockquote',
          content: [
            { type: 'paragraph', content: [{ type: 'text', text: 'First line' }] },
            { type: 'paragraph', content: [{ type: 'text', text: 'Second line' }] },
          ],
        },
        { type: 'codeBlock', content: [{ type: 'text', text: '<script>alert(1)</script>' }] },
        {
          type: 'orderedList',
          content: [
            { type: 'listItem', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'before' }] }, { type: 'mediaImage', attrs: { mediaId: 5, alt: 'Map', caption: '' } }] },
            { type: 'listItem', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'after' }] }] },
          ],
        },
        { type: 'blockquote', content: [{ type: 'youtubeVideo', attrs: { videoId: 'dQw4w9WgXcQ' } }] },
      ],
    };
    expect(editorToDocument(doc).blocks).toEqual([
      { type: 'list', ordered: false, items: [[{ text: 'outer' }], [{ text: 'inner' }]] },
      { type: 'quote', content: [{ text: 'First line' }] },
      { type: 'quote', content: [{ text: 'Second line' }] },
      { type: 'list', ordered: true, items: [[{ text: 'before' }]] },
      { type: 'image', mediaId: 5, alt: 'Map' },
      { type: 'list', ordered: true, items: [[{ text: 'after' }]] },
      { type: 'youtube', videoId: 'dQw4w9WgXcQ' },
    ]);
  });

  it('give an empty body one empty paragraph to type in', () => {
    expect(documentToEditor({ version: 1, blocks: [] })).toEqual({ type: 'doc', content: [{ type: 'paragraph' }] });
  });
});

describe('a body as the form sends it', () => {
  it('refuses script links, unknown videos and anything that is not the document', () => {
    const body = (blocks: unknown[]) => JSON.stringify({ version: 1, blocks });
    expect(parseBody(body([{ type: 'paragraph', content: [{ text: 'x', href: 'javascript:alert(1)' }] }]))).toEqual({ ok: false, error: 'unsafeLink' });
    expect(parseBody(body([{ type: 'youtube', videoId: '<script>' }]))).toEqual({ ok: false, error: 'invalidVideo' });
    expect(parseBody(body([{ type: 'html', html: '<b>x</b>' }]))).toEqual({ ok: false, error: 'invalid' });
    expect(parseBody('<p>Hello</p>')).toEqual({ ok: false, error: 'invalid' });
    expect(parseBody('')).toEqual({ ok: true, document: { version: 1, blocks: [] } });
  });
});

describe('a YouTube link an editor pastes', () => {
  it('gives its video id, whatever the form of the address', () => {
    for (const link of [
      'dQw4w9WgXcQ',
      'https://www.youtube.com/watch?v=dQw4w9WgXcQ&t=42s',
      'https://youtu.be/dQw4w9WgXcQ?si=abc',
      'https://m.youtube.com/watch?v=dQw4w9WgXcQ',
      'https://www.youtube.com/shorts/dQw4w9WgXcQ',
      'https://www.youtube.com/embed/dQw4w9WgXcQ',
    ]) {
      expect(youtubeId(link), link).toBe('dQw4w9WgXcQ');
    }
  });

  it('gives nothing for other sites, script addresses or a wrong id', () => {
    for (const link of ['https://evil.example/watch?v=dQw4w9WgXcQ', 'javascript:alert(1)//dQw4w9WgXcQ', 'https://youtu.be/short', '']) {
      expect(youtubeId(link), link).toBeNull();
    }
  });
});
