import type { ReactNode } from 'react';
import { Picture } from '@/components/media/Picture';
import type { ArticleDocument, Block, Inline } from '@/lib/document/schema';
import type { ImageRef } from '@/lib/media/variants';
import { linkTarget } from '@/lib/document/links';

/** The body's images as stored, by id: each is shown in its served sizes; one no longer stored, as its plain URL. */
export type BodyImages = ReadonlyMap<number, ImageRef>;

const BODY_SIZES = '(min-width: 1152px) 740px, (min-width: 1024px) 64vw, 100vw';

/**
 * Renders an article document. Every element is built here from plain text and a schema-checked link, so an editor's
 * text can never become markup or script in a reader's browser.
 */
export function ArticleBody({ document, videoTitle, images = new Map() }: { document: ArticleDocument; videoTitle: string; images?: BodyImages }) {
  return (
    <div className="space-y-5 font-serif text-lg leading-relaxed">
      {document.blocks.map((block, index) => (
        <BlockView key={index} block={block} videoTitle={videoTitle} images={images} />
      ))}
    </div>
  );
}

function InlineView({ inline }: { inline: Inline }) {
  let node: ReactNode = inline.text;
  if (inline.bold) node = <strong>{node}</strong>;
  if (inline.italic) node = <em>{node}</em>;
  if (inline.href) {
    const external = linkTarget(inline.href) === 'external';
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

function BlockView({ block, videoTitle, images }: { block: Block; videoTitle: string; images: BodyImages }) {
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
    case 'image': {
      const image = images.get(block.mediaId);
      return (
        <figure>
          {image ? (
            <Picture image={image} alt={block.alt} sizes={BODY_SIZES} className="h-auto w-full rounded-sm bg-neutral-100" />
          ) : (
            // eslint-disable-next-line @next/next/no-img-element -- an image whose row is gone: its URL answers 404
            <img src={`/media/${block.mediaId}`} alt={block.alt} loading="lazy" className="w-full" />
          )}
          {block.caption ? <figcaption className="mt-2 font-sans text-sm text-neutral-600">{block.caption}</figcaption> : null}
        </figure>
      );
    }
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
