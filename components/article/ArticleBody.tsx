import type { ReactNode } from 'react';
import type { ArticleDocument, Block, Inline } from '@/lib/content/document';

/**
 * Renders an article document. Every element is built here from plain text and a schema-checked link, so an editor's
 * text can never become markup or script in a reader's browser.
 */
export function ArticleBody({ document, videoTitle }: { document: ArticleDocument; videoTitle: string }) {
  return (
    <div className="space-y-5 font-serif text-lg leading-relaxed">
      {document.blocks.map((block, index) => (
        <BlockView key={index} block={block} videoTitle={videoTitle} />
      ))}
    </div>
  );
}

function InlineView({ inline }: { inline: Inline }) {
  let node: ReactNode = inline.text;
  if (inline.bold) node = <strong>{node}</strong>;
  if (inline.italic) node = <em>{node}</em>;
  if (inline.href) {
    const external = /^https?:/i.test(inline.href);
    node = (
      <a href={inline.href} className="text-accent underline" {...(external ? { rel: 'noopener noreferrer nofollow' } : {})}>
        {node}
      </a>
    );
  }
  return node;
}

function Inlines({ content }: { content: Inline[] }) {
  return content.map((inline, index) => <InlineView key={index} inline={inline} />);
}

function BlockView({ block, videoTitle }: { block: Block; videoTitle: string }) {
  switch (block.type) {
    case 'paragraph':
      return (
        <p>
          <Inlines content={block.content} />
        </p>
      );
    case 'heading': {
      const Heading = block.level === 2 ? 'h2' : 'h3';
      return (
        <Heading className="font-sans text-2xl font-bold">
          <Inlines content={block.content} />
        </Heading>
      );
    }
    case 'quote':
      return (
        <blockquote className="border-l-4 border-accent pl-4 italic">
          <Inlines content={block.content} />
        </blockquote>
      );
    case 'list': {
      const List = block.ordered ? 'ol' : 'ul';
      return (
        <List className={block.ordered ? 'list-decimal pl-6' : 'list-disc pl-6'}>
          {block.items.map((item, index) => (
            <li key={index}>
              <Inlines content={item} />
            </li>
          ))}
        </List>
      );
    }
    case 'image':
      return (
        <figure>
          {/* eslint-disable-next-line @next/next/no-img-element -- media is served by our own route, sized by the upload */}
          <img src={`/media/${block.mediaId}`} alt={block.alt} loading="lazy" className="w-full" />
          {block.caption ? <figcaption className="mt-2 font-sans text-sm text-neutral-600">{block.caption}</figcaption> : null}
        </figure>
      );
    case 'youtube':
      return (
        <div className="aspect-video">
          <iframe
            className="h-full w-full"
            src={`https://www.youtube-nocookie.com/embed/${block.videoId}`}
            title={videoTitle}
            loading="lazy"
            sandbox="allow-scripts allow-same-origin allow-presentation allow-popups"
            allow="encrypted-media; picture-in-picture; fullscreen"
          />
        </div>
      );
  }
}
