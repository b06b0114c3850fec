import { diffArrays, diffWordsWithSpace } from 'diff';

// Plain code, no server imports: the revision comparison renders it on the server, the merge view in the browser.

export type DiffPart = { kind: 'same' | 'added' | 'removed'; text: string };

/** A line of the comparison: kept, removed or added whole, or changed within, word by word. */
export type DiffLine = { kind: 'same' | 'added' | 'removed'; text: string } | { kind: 'changed'; parts: DiffPart[] };

/**
 * Beyond this many line edits between two texts (or word edits within a line) the comparison gives up and shows the
 * whole as removed and added: Myers' algorithm costs time and memory by the size of the difference, and two texts
 * that far apart are read side by side anyway.
 */
const MAX_EDITS = 1_000;

/** A removed line and an added one are shown as one changed line when at least this share of their text is kept. */
const KEPT_TO_PAIR = 0.4;

function partKind(change: { added: boolean; removed: boolean }): DiffPart['kind'] {
  return change.added ? 'added' : change.removed ? 'removed' : 'same';
}

/** Word-level difference of two short texts (one paragraph, a title), spaces and punctuation kept as written. */
export function wordDiff(before: string, after: string): DiffPart[] {
  const changes = diffWordsWithSpace(before, after, { maxEditLength: MAX_EDITS });
  if (!changes) {
    return [
      { kind: 'removed' as const, text: before },
      { kind: 'added' as const, text: after },
    ].filter((part) => part.text);
  }
  return changes.map((change) => ({ kind: partKind(change), text: change.value }));
}

function kept(parts: DiffPart[]): number {
  return parts.reduce((sum, part) => sum + (part.kind === 'same' ? part.text.trim().length : 0), 0);
}

/** Removed lines followed by added ones: pairs that are mostly the same text become changed lines. */
function pairUp(removed: string[], added: string[]): DiffLine[] {
  const out: DiffLine[] = [];
  const pairs = Math.min(removed.length, added.length);
  for (let i = 0; i < pairs; i += 1) {
    const [before, after] = [removed[i]!, added[i]!];
    const parts = wordDiff(before, after);
    if (kept(parts) >= KEPT_TO_PAIR * Math.max(before.trim().length, after.trim().length)) out.push({ kind: 'changed', parts });
    else out.push({ kind: 'removed', text: before }, { kind: 'added', text: after });
  }
  for (const text of removed.slice(pairs)) out.push({ kind: 'removed', text });
  for (const text of added.slice(pairs)) out.push({ kind: 'added', text });
  return out;
}

/**
 * Line-by-line difference between two texts (paragraphs of a body, as lib/editorial/shared/markup writes them), with the
 * words that changed inside a line marked: what a reader of two versions wants to see.
 */
export function textDiff(before: string, after: string): DiffLine[] {
  const a = before.split('\n');
  const b = after.split('\n');
  const changes = diffArrays(a, b, { maxEditLength: MAX_EDITS });
  if (!changes) return pairUp(a, b);
  const out: DiffLine[] = [];
  for (let i = 0; i < changes.length; i += 1) {
    const change = changes[i]!;
    if (!change.added && !change.removed) {
      out.push(...change.value.map((text) => ({ kind: 'same' as const, text })));
      continue;
    }
    const next = changes[i + 1];
    if (change.removed && next?.added) {
      out.push(...pairUp(change.value, next.value));
      i += 1;
    } else {
      out.push(...change.value.map((text) => ({ kind: partKind(change), text })) as DiffLine[]);
    }
  }
  return out;
}
