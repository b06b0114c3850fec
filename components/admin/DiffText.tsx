import type { DiffLine, DiffPart } from '@/lib/editorial/shared/diff';

// No hooks and no 'use client': the revisions page renders it on the server, the merge view in the browser.

type Side = 'both' | 'before' | 'after';

const MARK = {
  both: { removed: 'bg-red-100 text-red-900 line-through decoration-red-700', added: 'bg-green-100 text-green-900' },
  // One version of a side-by-side pair: no strike-through, what the other side lacks is only tinted.
  before: { removed: 'bg-red-100 text-red-950', added: '' },
  after: { removed: '', added: 'bg-green-100 text-green-950' },
} as const;

const LINE = { removed: 'bg-red-50', added: 'bg-green-50' } as const;

function shown(kind: DiffPart['kind'], side: Side): boolean {
  return side === 'both' || kind === 'same' || (side === 'before' ? kind === 'removed' : kind === 'added');
}

/**
 * A comparison as text: whole lines tinted when removed or added, and inside a changed line the words that changed,
 * each announced to screen readers by its label.
 */
export function DiffText({ lines, side = 'both', labels }: { lines: DiffLine[]; side?: Side; labels: { removed: string; added: string } }) {
  // Side by side, each side reads whole and its heading says which it is; interleaved, each change is announced.
  const announce = side === 'both';
  const mark = (part: DiffPart, key: number) => {
    if (part.kind === 'same') return <span key={key}>{part.text}</span>;
    const Tag = part.kind === 'removed' ? 'del' : 'ins';
    return (
      <Tag key={key} className={`rounded-sm no-underline ${MARK[side][part.kind]}`}>
        {announce ? <span className="sr-only">[{labels[part.kind]}: </span> : null}
        {part.text}
        {announce ? <span className="sr-only">]</span> : null}
      </Tag>
    );
  };
  return (
    <div className="whitespace-pre-wrap break-words font-serif text-sm leading-relaxed">
      {lines.map((line, index) => {
        if (line.kind === 'changed') {
          return (
            <p key={index} className="min-h-[1lh]">
              {line.parts.filter((part) => shown(part.kind, side)).map(mark)}
            </p>
          );
        }
        if (!shown(line.kind, side)) return null;
        // A blank line between paragraphs is spacing, not a change worth marking.
        const blank = !line.text.trim();
        return (
          <p key={index} className={`min-h-[1lh] ${line.kind === 'same' || blank ? '' : `-mx-1 px-1 ${LINE[line.kind]}`}`}>
            {line.kind === 'same' || blank ? line.text : mark({ kind: line.kind, text: line.text }, 0)}
          </p>
        );
      })}
    </div>
  );
}
