import type { ArticleDocument, Inline } from '@/lib/document/schema';

function inlinesToMarkup(content: Inline[]): string {
  return content
    .map((inline) => {
      let text = inline.text;
      if (inline.italic) text = `*${text}*`;
      if (inline.bold) text = `**${text}**`;
      return inline.href ? `[${text}](${inline.href})` : text;
    })
    .join('');
}

/**
 * A document as readable plain text, the way the revision comparison shows it: `## ` and `### ` headings, `> ` quotes,
 * `- ` and `1. ` list items, `**bold**`, `*italic*`, `[text](link)`, and one line per image and video.
 */
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
