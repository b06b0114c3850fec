import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import type { ArticleDocument } from '@/lib/document/schema';
import { ArticleBody } from './ArticleBody';

describe('ArticleBody', () => {
  it('renders editor text as text, never as markup', () => {
    const doc: ArticleDocument = {
      version: 1,
      blocks: [
        { type: 'paragraph', content: [{ text: '<script>alert(1)</script><img src=x onerror=alert(2)>' }] },
        { type: 'quote', content: [{ text: '<svg onload=alert(3)>', italic: true }] },
        { type: 'heading', level: 2, content: [{ text: 'Heading' }] },
        { type: 'list', ordered: true, items: [[{ text: 'one' }], [{ text: 'two', bold: true }]] },
      ],
    };
    const html = renderToStaticMarkup(<ArticleBody document={doc} videoTitle="Video" />);
    expect(html).not.toMatch(/<script|<img|<svg/);
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(html).toContain('<h2');
    expect(html).toContain('<ol');
    expect(html).toContain('<strong>two</strong>');
  });

  it('marks outside links as untrusted', () => {
    const doc: ArticleDocument = { version: 1, blocks: [{ type: 'paragraph', content: [{ text: 'source', href: 'https://example.com' }] }] };
    expect(renderToStaticMarkup(<ArticleBody document={doc} videoTitle="Video" />)).toContain('rel="noopener noreferrer nofollow"');
  });
});
