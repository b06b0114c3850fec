import { z } from 'zod';
import { linkTarget } from './links';

// In the browser (the editor checks bodies as they are written) zod must not probe for `new Function`: the site's
// Content-Security-Policy refuses eval, and Chromium reports the probe as a violation even though zod catches it.
if (typeof window !== 'undefined') z.config({ jitless: true });

/**
 * Article bodies are stored as this structured document, never as HTML: the renderer builds every element itself,
 * so no editor-supplied markup can reach a reader's browser.
 */

/** Whether a link may be stored: http(s), mailto or a path on this site, as a browser reads it (links.ts). */
export const isSafeHref = (href: string) => linkTarget(href) !== null;

/** A YouTube video id: eleven letters, digits, `-` or `_`. */
export const YOUTUBE_ID = /^[A-Za-z0-9_-]{11}$/;

/** How long an image's alt text and caption may be; the editor's fields stop there. */
export const IMAGE_TEXT_MAX_LENGTH = { alt: 500, caption: 1_000 } as const;

export const inlineSchema = z.object({
  text: z.string().max(20_000),
  bold: z.boolean().optional(),
  italic: z.boolean().optional(),
  href: z
    .string()
    .max(2_000)
    .refine(isSafeHref, 'unsafe link')
    .optional(),
});

const inlines = z.array(inlineSchema).max(500);

export const blockSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('paragraph'), content: inlines }),
  z.object({ type: z.literal('heading'), level: z.union([z.literal(2), z.literal(3)]), content: inlines }),
  z.object({ type: z.literal('quote'), content: inlines }),
  z.object({ type: z.literal('list'), ordered: z.boolean(), items: z.array(inlines).max(200) }),
  z.object({
    type: z.literal('image'),
    mediaId: z.number().int().positive(),
    alt: z.string().max(IMAGE_TEXT_MAX_LENGTH.alt),
    caption: z.string().max(IMAGE_TEXT_MAX_LENGTH.caption).optional(),
  }),
  z.object({ type: z.literal('youtube'), videoId: z.string().regex(YOUTUBE_ID) }),
]);

export const articleDocumentSchema = z.object({
  version: z.literal(1),
  blocks: z.array(blockSchema).max(2_000),
});

export type Inline = z.infer<typeof inlineSchema>;
export type Block = z.infer<typeof blockSchema>;
export type ArticleDocument = z.infer<typeof articleDocumentSchema>;

export function documentFromParagraphs(paragraphs: string[]): ArticleDocument {
  return { version: 1, blocks: paragraphs.map((text) => ({ type: 'paragraph', content: [{ text }] })) };
}

/** Parses a stored body; anything that is not a valid document renders as nothing rather than as raw data. */
export function parseDocument(value: unknown): ArticleDocument {
  const parsed = articleDocumentSchema.safeParse(value);
  return parsed.success ? parsed.data : { version: 1, blocks: [] };
}

export function documentText(doc: ArticleDocument): string {
  const line = (content: Inline[]) => content.map((i) => i.text).join('');
  return doc.blocks
    .map((block) => {
      switch (block.type) {
        case 'paragraph':
        case 'heading':
        case 'quote':
          return line(block.content);
        case 'list':
          return block.items.map(line).join('\n');
        case 'image':
          return block.caption ?? '';
        case 'youtube':
          return '';
      }
    })
    .filter(Boolean)
    .join('\n\n');
}

const WORDS_PER_MINUTE = 200;

export function readingMinutes(doc: ArticleDocument): number {
  const words = documentText(doc).split(/\s+/).filter(Boolean).length;
  return Math.max(1, Math.round(words / WORDS_PER_MINUTE));
}
