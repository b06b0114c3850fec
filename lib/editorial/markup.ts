import { inlineSchema, type ArticleDocument, type Block, type Inline } from '@/lib/content/document';

/**
 * The editor's plain-text markup for an article body, parsed into the structured document (never stored as HTML):
 * blocks are separated by blank lines; `## ` and `### ` start headings, `> ` a quote, `- ` or `1. ` list items,
 * `youtube: <link or id>` a video, `![alt](media:ID "caption")` an image from the media library; inside text `**bold**`, `*italic*` and `[text](https://…)` links.
 * Anything else is plain text, so `<script>` stays the literal characters a reader sees.
 */

export type MarkupError = 'unsafeLink' | 'invalidVideo';
export type MarkupResult = { ok: true; document: ArticleDocument } | { ok: false; error: MarkupError };

const INLINE = /\*\*(.+?)\*\*|\*(.+?)\*|\[([^\]]+)\]\(([^)\s]+)\)/g;
const IMAGE = /^!\[([^\]]*)\]\(media:(\d{1,9})(?:\s+"([^"]*)")?\)$/;
const YOUTUBE = /^youtube:\s*(?:https?:\/\/(?:www\.)?(?:youtube\.com\/watch\?v=|youtu\.be\/))?([A-Za-z0-9_-]{11})\S*$/i;

class Unsafe extends Error {
  constructor(readonly reason: MarkupError) {
    super(reason);
  }
}

function parseInlines(text: string): Inline[] {
  const out: Inline[] = [];
  let last = 0;
  for (const match of text.matchAll(INLINE)) {
    if (match.index > last) out.push({ text: text.slice(last, match.index) });
    const [, bold, italic, label, href] = match;
    if (bold !== undefined) out.push({ text: bold, bold: true });
    else if (italic !== undefined) out.push({ text: italic, italic: true });
    else if (label !== undefined && href !== undefined) {
      // The document schema allows only http(s), mailto and site-relative links: javascript:, data: and the rest fail.
      if (!inlineSchema.shape.href.safeParse(href).success) throw new Unsafe('unsafeLink');
      out.push({ text: label, href });
    }
    last = match.index + match[0].length;
  }
  if (last < text.length) out.push({ text: text.slice(last) });
  return out;
}

function parseBlock(chunk: string): Block {
  const lines = chunk.split('\n').map((line) => line.trim());
  const first = lines[0] ?? '';
  if (first.startsWith('### ')) return { type: 'heading', level: 3, content: parseInlines(lines.join(' ').slice(4)) };
  if (first.startsWith('## ')) return { type: 'heading', level: 2, content: parseInlines(lines.join(' ').slice(3)) };
  if (lines.every((line) => line.startsWith('>'))) {
    return { type: 'quote', content: parseInlines(lines.map((line) => line.replace(/^>\s?/, '')).join(' ')) };
  }
  if (lines.every((line) => /^[-*] /.test(line))) {
    return { type: 'list', ordered: false, items: lines.map((line) => parseInlines(line.slice(2))) };
  }
  if (lines.every((line) => /^\d+[.)] /.test(line))) {
    return { type: 'list', ordered: true, items: lines.map((line) => parseInlines(line.replace(/^\d+[.)] /, ''))) };
  }
  const image = lines.length === 1 ? IMAGE.exec(first) : null;
  if (image) {
    const [, alt = '', mediaId, caption] = image;
    return { type: 'image', mediaId: Number(mediaId), alt: alt.slice(0, 500), ...(caption ? { caption: caption.slice(0, 1_000) } : {}) };
  }
  if (lines.length === 1 && /^youtube:/i.test(first)) {
    const video = YOUTUBE.exec(first);
    if (!video?.[1]) throw new Unsafe('invalidVideo');
    return { type: 'youtube', videoId: video[1] };
  }
  return { type: 'paragraph', content: parseInlines(lines.join(' ')) };
}

export function parseMarkup(markup: string): MarkupResult {
  const chunks = markup
    .replace(/\r\n?/g, '\n')
    .split(/\n\s*\n/)
    .map((chunk) => chunk.trim())
    .filter(Boolean);
  try {
    return { ok: true, document: { version: 1, blocks: chunks.map(parseBlock) } };
  } catch (error) {
    if (error instanceof Unsafe) return { ok: false, error: error.reason };
    throw error;
  }
}

function inlinesToMarkup(content: Inline[]): string {
  return content
    .map((inline) => {
      if (inline.href) return `[${inline.text}](${inline.href})`;
      if (inline.bold) return `**${inline.text}**`;
      if (inline.italic) return `*${inline.text}*`;
      return inline.text;
    })
    .join('');
}

/** The markup an editor sees for a stored document; parsing it again gives the same document. */
export function documentToMarkup(document: ArticleDocument): string {
  return document.blocks
    .flatMap((block): string[] => {
      switch (block.type) {
        case 'paragraph':
          return [inlinesToMarkup(block.content)];
        case 'heading':
          return [`${'#'.repeat(block.level)} ${inlinesToMarkup(block.content)}`];
        case 'quote':
          return [`> ${inlinesToMarkup(block.content)}`];
        case 'list':
          return [block.items.map((item, i) => `${block.ordered ? `${i + 1}.` : '-'} ${inlinesToMarkup(item)}`).join('\n')];
        case 'youtube':
          return [`youtube: ${block.videoId}`];
        case 'image':
          return [`![${block.alt}](media:${block.mediaId}${block.caption ? ` "${block.caption}"` : ''})`];
      }
    })
    .join('\n\n');
}
