import { YOUTUBE_ID, type ArticleDocument, type Block, type Inline } from '@/lib/document/schema';

/**
 * The rich-text editor (components/admin/RichTextEditor) edits a ProseMirror document; what is stored is the article
 * document (lib/document/schema). These two functions translate between them, and nothing else reaches the server:
 * a mark or node the article document has no place for is dropped here, and the server checks the result again.
 */

/** The shape of a ProseMirror/Tiptap document as JSON (Tiptap's `JSONContent`, restated so this module stays plain). */
export interface EditorNode {
  type?: string;
  attrs?: Record<string, unknown>;
  content?: EditorNode[];
  marks?: { type: string; attrs?: Record<string, unknown> }[];
  text?: string;
}

/** The custom node names the editor registers for the two embeds. */
export const MEDIA_IMAGE = 'mediaImage';
export const YOUTUBE_VIDEO = 'youtubeVideo';

/** An inline with its keys always in one order, so that equal documents serialize to equal strings. */
function inline(text: string, bold: boolean, italic: boolean, href: string | undefined): Inline {
  return { text, ...(bold ? { bold: true } : {}), ...(italic ? { italic: true } : {}), ...(href ? { href } : {}) };
}

function inlinesOf(node: EditorNode | undefined): Inline[] {
  const out: Inline[] = [];
  for (const child of node?.content ?? []) {
    // A line break has no place in a paragraph of the article document; it reads as a space.
    const text = child.type === 'hardBreak' ? ' ' : child.type === 'text' ? (child.text ?? '') : '';
    if (!text) continue;
    const marks = child.marks ?? [];
    const bold = marks.some((m) => m.type === 'bold');
    const italic = marks.some((m) => m.type === 'italic');
    const link = marks.find((m) => m.type === 'link')?.attrs?.href;
    const href = typeof link === 'string' && link ? link : undefined;
    const last = out.at(-1);
    // Neighbours with the same formatting are one run of text, as the document stores it.
    if (last && Boolean(last.bold) === bold && Boolean(last.italic) === italic && last.href === href) last.text += text;
    else out.push(inline(text, bold, italic, href));
  }
  return out;
}

const hasText = (content: Inline[]) => content.some((i) => i.text.trim() !== '');
const isTextblock = (node: EditorNode) => node.type === 'paragraph' || node.type === 'heading';
const isList = (node: EditorNode) => node.type === 'bulletList' || node.type === 'orderedList';

/** A quote holds lines of text; each becomes a quote block, and an embed dropped inside one follows it on its own. */
function quoteBlocks(quote: EditorNode): Block[] {
  return (quote.content ?? []).flatMap((child): Block[] => {
    if (isTextblock(child)) {
      const content = inlinesOf(child);
      return hasText(content) ? [{ type: 'quote', content }] : [];
    }
    return child.type === 'blockquote' ? quoteBlocks(child) : toBlocks(child);
  });
}

/** A list's items, nested ones flattened into it; an embed inside an item splits the list around it. */
function listBlocks(list: EditorNode): Block[] {
  const ordered = list.type === 'orderedList';
  const out: Block[] = [];
  let items: Inline[][] = [];
  const flush = () => {
    if (items.length) out.push({ type: 'list', ordered, items });
    items = [];
  };
  const visit = (node: EditorNode) => {
    for (const child of node.content ?? []) {
      if (isTextblock(child)) {
        const content = inlinesOf(child);
        if (hasText(content)) items.push(content);
      } else if (child.type === 'listItem' || isList(child) || child.type === 'blockquote') visit(child);
      else {
        flush();
        out.push(...toBlocks(child));
      }
    }
  };
  visit(list);
  flush();
  return out;
}

function toBlocks(node: EditorNode): Block[] {
  switch (node.type) {
    case 'paragraph': {
      const content = inlinesOf(node);
      // Empty paragraphs (an editor pressing Enter twice) are not shown to readers.
      return hasText(content) ? [{ type: 'paragraph', content }] : [];
    }
    case 'heading': {
      const content = inlinesOf(node);
      const level = node.attrs?.level === 3 ? 3 : 2;
      return hasText(content) ? [{ type: 'heading', level, content }] : [];
    }
    case 'blockquote':
      return quoteBlocks(node);
    case 'bulletList':
    case 'orderedList':
      return listBlocks(node);
    case MEDIA_IMAGE: {
      const mediaId = Number(node.attrs?.mediaId);
      const alt = String(node.attrs?.alt ?? '');
      const caption = String(node.attrs?.caption ?? '');
      return [{ type: 'image', mediaId, alt, ...(caption ? { caption } : {}) }];
    }
    case YOUTUBE_VIDEO:
      return [{ type: 'youtube', videoId: String(node.attrs?.videoId ?? '') }];
    default:
      return [];
  }
}

export function editorToDocument(doc: EditorNode): ArticleDocument {
  return { version: 1, blocks: (doc.content ?? []).flatMap(toBlocks) };
}

function textNodes(content: Inline[]): EditorNode[] {
  return content
    .filter((i) => i.text)
    .map((i) => {
      const marks = [
        ...(i.bold ? [{ type: 'bold' }] : []),
        ...(i.italic ? [{ type: 'italic' }] : []),
        ...(i.href ? [{ type: 'link', attrs: { href: i.href } }] : []),
      ];
      return { type: 'text', text: i.text, ...(marks.length ? { marks } : {}) };
    });
}

const paragraph = (content: Inline[]): EditorNode => ({ type: 'paragraph', content: textNodes(content) });

function fromBlock(block: Block): EditorNode {
  switch (block.type) {
    case 'paragraph':
      return paragraph(block.content);
    case 'heading':
      return { type: 'heading', attrs: { level: block.level }, content: textNodes(block.content) };
    case 'quote':
      return { type: 'blockquote', content: [paragraph(block.content)] };
    case 'list':
      return {
        type: block.ordered ? 'orderedList' : 'bulletList',
        content: block.items.map((item) => ({ type: 'listItem', content: [paragraph(item)] })),
      };
    case 'image':
      return { type: MEDIA_IMAGE, attrs: { mediaId: block.mediaId, alt: block.alt, caption: block.caption ?? '' } };
    case 'youtube':
      return { type: YOUTUBE_VIDEO, attrs: { videoId: block.videoId } };
  }
}

export function documentToEditor(document: ArticleDocument): EditorNode {
  const content = document.blocks.map(fromBlock);
  return { type: 'doc', content: content.length ? content : [{ type: 'paragraph' }] };
}

/** The body as the form sends it and the editor page receives it: one canonical JSON text per document. */
export function serializeDocument(document: ArticleDocument): string {
  return JSON.stringify(editorToDocument(documentToEditor(document)));
}

/** The YouTube video id in a link an editor pastes (watch, youtu.be, shorts or embed address), or the bare id. */
export function youtubeId(input: string): string | null {
  const value = input.trim();
  if (YOUTUBE_ID.test(value)) return value;
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return null;
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return null;
  const host = url.hostname.replace(/^(www\.|m\.)/, '');
  const id =
    host === 'youtu.be'
      ? url.pathname.slice(1)
      : host === 'youtube.com' || host === 'youtube-nocookie.com'
        ? (url.searchParams.get('v') ?? /^\/(?:shorts|embed|live)\/([^/]+)/.exec(url.pathname)?.[1] ?? '')
        : '';
  return YOUTUBE_ID.test(id) ? id : null;
}
