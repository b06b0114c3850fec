import { describe, expect, it } from 'vitest';
import { articleDocumentSchema, documentFromParagraphs, documentText, parseDocument, readingMinutes } from './schema';

describe('article documents', () => {
  it('are built from paragraphs and read back as text', () => {
    const doc = documentFromParagraphs(['First.', 'Second paragraph.']);
    expect(documentText(doc)).toBe('First.\n\nSecond paragraph.');
    expect(readingMinutes(doc)).toBe(1);
    expect(readingMinutes(documentFromParagraphs(['word '.repeat(1000)]))).toBe(5);
  });

  it.each(['javascript:alert(1)', 'JAVASCRIPT:alert(1)', ' javascript:alert(1)', 'data:text/html,<script>alert(1)</script>', 'vbscript:x', '//evil.example/x'])(
    'refuse a %j link',
    (href) => {
      const doc = { version: 1, blocks: [{ type: 'paragraph', content: [{ text: 'click', href }] }] };
      expect(articleDocumentSchema.safeParse(doc).success).toBe(false);
      expect(parseDocument(doc).blocks).toEqual([]);
    },
  );

  it('accept web, mail and site-relative links', () => {
    for (const href of ['https://example.com/a?b=c', 'http://example.com', 'mailto:desk@example.com', '/en/latest']) {
      const doc = { version: 1, blocks: [{ type: 'paragraph', content: [{ text: 'x', href }] }] };
      expect(articleDocumentSchema.safeParse(doc).success, href).toBe(true);
    }
  });

  it('refuse unknown blocks and malformed video ids', () => {
    expect(articleDocumentSchema.safeParse({ version: 1, blocks: [{ type: 'html', html: '<script>' }] }).success).toBe(false);
    expect(articleDocumentSchema.safeParse({ version: 1, blocks: [{ type: 'youtube', videoId: 'x"><script>' }] }).success).toBe(false);
  });
});
