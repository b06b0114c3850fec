import type { ReactNode } from 'react';
import type { Block, Inline } from '@/lib/document/schema';
import type { DiffPart } from '@/lib/editorial/shared/diff';
import type { BlockChange, Change, DocumentChanges, InlineChange } from '@/lib/editorial/shared/document-diff';

// No hooks and no 'use client': the revisions page renders it on the server. Every element is built here from the
// structured document; no stored markup or HTML reaches the page.

export interface DocumentDiffLabels {
  removed: string;
  added: string;
  image: (id: number) => string;
  video: (id: string) => string;
}

const MARK = { removed: 'bg-red-100 text-red-900 line-through decoration-red-700', added: 'bg-green-100 text-green-900' } as const;

/** A change, announced to screen readers by its label: `<del>`/`<ins>` with the text inside. */
function Marked({ kind, labels, children, block }: { kind: 'added' | 'removed'; labels: DocumentDiffLabels; children: ReactNode; block?: boolean }) {
  const Tag = kind === 'removed' ? 'del' : 'ins';
  return (
    <Tag className={block ? `-mx-2 block rounded px-2 no-underline ${kind === 'removed' ? 'bg-red-50 text-red-950 line-through decoration-red-300' : 'bg-green-50 text-green-950'}` : `rounded-sm no-underline ${MARK[kind]}`}>
      <span className="sr-only">[{labels[kind]}: </span>
      {children}
      <span className="sr-only">]</span>
    </Tag>
  );
}

/** A run of text with its formatting. Links are shown as links but lead nowhere from the comparison. */
function Formatted({ inline }: { inline: Inline }) {
  let node: ReactNode = inline.text;
  if (inline.italic) node = <em>{node}</em>;
  if (inline.bold) node = <strong>{node}</strong>;
  if (inline.href) {
    node = (
      <span className="text-blue-800 underline" title={inline.href}>
        {node}
      </span>
    );
  }
  return node;
}

function Runs({ parts, labels }: { parts: InlineChange[]; labels: DocumentDiffLabels }) {
  return parts.map((part, index) =>
    part.kind === 'same' ? (
      <Formatted key={index} inline={part} />
    ) : (
      <Marked key={index} kind={part.kind} labels={labels}>
        <Formatted inline={part} />
      </Marked>
    ),
  );
}

function PlainRuns({ parts, labels }: { parts: DiffPart[]; labels: DocumentDiffLabels }) {
  return parts.map((part, index) =>
    part.kind === 'same' ? (
      <span key={index}>{part.text}</span>
    ) : (
      <Marked key={index} kind={part.kind} labels={labels}>
        {part.text}
      </Marked>
    ),
  );
}

const TEXT_CLASS = { paragraph: '', quote: 'border-l-4 border-neutral-300 pl-3 italic', 2: 'text-lg font-bold', 3: 'font-bold' } as const;

/** One block as readers see it, its content given (whole, or with the words that changed marked). */
function BlockView({ block, content, items, labels }: { block: Block; content?: ReactNode; items?: ReactNode[]; labels: DocumentDiffLabels }) {
  switch (block.type) {
    case 'paragraph':
    case 'quote':
      return <p className={TEXT_CLASS[block.type]}>{content}</p>;
    case 'heading':
      // Styled as a subheading, not one: the page's own outline stays the page's.
      return <p className={TEXT_CLASS[block.level]}>{content}</p>;
    case 'list': {
      const List = block.ordered ? 'ol' : 'ul';
      return (
        <List className={`pl-6 ${block.ordered ? 'list-decimal' : 'list-disc'}`}>
          {items?.map((item, index) => <li key={index}>{item}</li>)}
        </List>
      );
    }
    case 'image':
      return (
        <figure className="flex items-start gap-3 rounded border border-neutral-200 bg-neutral-50 p-2">
          {/* eslint-disable-next-line @next/next/no-img-element -- the library's own image, as the admin shows it elsewhere */}
          <img src={`/media/${block.mediaId}`} alt={block.alt} className="h-20 w-28 shrink-0 object-contain" loading="lazy" />
          <figcaption className="text-xs text-neutral-700">
            <span className="block font-medium">{labels.image(block.mediaId)}</span>
            {block.caption ? <span className="block">{block.caption}</span> : null}
            {block.alt ? <span className="block text-neutral-600">alt: {block.alt}</span> : null}
          </figcaption>
        </figure>
      );
    case 'youtube':
      return <p className="rounded border border-neutral-300 bg-neutral-100 px-3 py-2 text-xs font-medium">▶ {labels.video(block.videoId)}</p>;
  }
}

function whole(block: Block, labels: DocumentDiffLabels): ReactNode {
  const same = (content: Inline[]) => content.map((inline, index) => <Formatted key={index} inline={inline} />);
  if (block.type === 'list') return <BlockView block={block} items={block.items.map(same)} labels={labels} />;
  if (block.type === 'image' || block.type === 'youtube') return <BlockView block={block} labels={labels} />;
  return <BlockView block={block} content={same(block.content)} labels={labels} />;
}

function ChangeView({ change, labels }: { change: BlockChange; labels: DocumentDiffLabels }) {
  if (change.kind !== 'changed') {
    const view = whole(change.block, labels);
    return change.kind === 'same' ? (
      view
    ) : (
      <Marked kind={change.kind} labels={labels} block>
        {view}
      </Marked>
    );
  }
  if ('items' in change) {
    const items = change.items.map((item) => {
      const runs = <Runs parts={item.parts} labels={labels} />;
      return item.kind === 'added' || item.kind === 'removed' ? (
        <Marked kind={item.kind} labels={labels}>
          {item.parts.map((part, index) => (
            <Formatted key={index} inline={part} />
          ))}
        </Marked>
      ) : (
        runs
      );
    });
    return <BlockView block={change.block} items={items} labels={labels} />;
  }
  return <BlockView block={change.block} content={<Runs parts={change.parts} labels={labels} />} labels={labels} />;
}

/** Two versions compared as the formatted text readers see, with what was removed struck through and what was added tinted, in place. */
export function DocumentDiff({ changes, labels }: { changes: DocumentChanges; labels: DocumentDiffLabels }) {
  const changed = (parts: DiffPart[]) => parts.some((part) => part.kind !== 'same');
  return (
    <div className="space-y-3 break-words font-serif leading-relaxed">
      <p className="text-xl font-bold">
        <PlainRuns parts={changes.title} labels={labels} />
      </p>
      {changes.lead.length > 0 ? (
        <p className={`font-semibold ${changed(changes.lead) ? '' : 'text-neutral-800'}`}>
          <PlainRuns parts={changes.lead} labels={labels} />
        </p>
      ) : null}
      {changes.blocks.map((change, index) => (
        <div key={index} data-change={change.kind satisfies Change | 'changed'}>
          <ChangeView change={change} labels={labels} />
        </div>
      ))}
    </div>
  );
}
