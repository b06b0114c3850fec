import { diffArrays } from 'diff';
import type { ArticleDocument, Block, Inline } from '@/lib/document/schema';
import { wordDiff, type DiffPart } from './diff';

// Plain code, no server imports: two versions of a body compared as the formatted text readers see, not as markup.

export type Change = 'same' | 'added' | 'removed';

/** A run of text with its formatting, kept, added or removed. */
export interface InlineChange extends Inline {
  kind: Change;
}

type TextBlock = Extract<Block, { type: 'paragraph' | 'heading' | 'quote' }>;

/** One block of the comparison: kept, added or removed whole, or a text block (or list) changed word by word within. */
export type BlockChange =
  | { kind: Change; block: Block }
  | { kind: 'changed'; block: TextBlock; parts: InlineChange[] }
  | { kind: 'changed'; block: Extract<Block, { type: 'list' }>; items: { kind: Change | 'changed'; parts: InlineChange[] }[] };

export interface DocumentChanges {
  title: DiffPart[];
  lead: DiffPart[];
  blocks: BlockChange[];
}

/** Beyond this many edits the comparison shows the two as removed and added whole (Myers' cost grows with it). */
const MAX_EDITS = 1_000;

/** A removed block and an added one of the same kind are one changed block when this share of their words is kept. */
const KEPT_TO_PAIR = 0.4;

type Token = Inline;

const sameMarks = (a: Inline, b: Inline) => Boolean(a.bold) === Boolean(b.bold) && Boolean(a.italic) === Boolean(b.italic) && (a.href ?? '') === (b.href ?? '');

/** Words, the spaces between them and punctuation, each with the formatting of the run it is in. */
function tokens(content: Inline[]): Token[] {
  return content.flatMap((inline) =>
    inline.text
      .split(/(\s+|[.,;:!?()[\]"'«»“”„…—–-])/)
      .filter(Boolean)
      .map((text) => ({ ...inline, text })),
  );
}

/** Neighbouring tokens of the same change and formatting, joined back into runs. */
function runs(list: InlineChange[]): InlineChange[] {
  const out: InlineChange[] = [];
  for (const token of list) {
    const last = out.at(-1);
    if (last && last.kind === token.kind && sameMarks(last, token)) last.text += token.text;
    else out.push({ ...token });
  }
  return out;
}

/** Two runs of formatted text compared word by word; a word whose formatting changed counts as changed. */
export function inlineDiff(before: Inline[], after: Inline[]): InlineChange[] {
  const a = tokens(before);
  const b = tokens(after);
  const changes = diffArrays(a, b, { comparator: (x, y) => x.text === y.text && sameMarks(x, y), maxEditLength: MAX_EDITS });
  if (!changes) return runs([...a.map((t) => ({ ...t, kind: 'removed' as const })), ...b.map((t) => ({ ...t, kind: 'added' as const }))]);
  return runs(changes.flatMap((change) => change.value.map((t) => ({ ...t, kind: change.added ? ('added' as const) : change.removed ? ('removed' as const) : ('same' as const) }))));
}

const keptShare = (parts: InlineChange[]) => {
  const length = (kinds: Change[]) => parts.filter((p) => kinds.includes(p.kind)).reduce((sum, p) => sum + p.text.trim().length, 0);
  const kept = length(['same']);
  return kept / Math.max(1, kept + Math.max(length(['removed']), length(['added'])));
};

const isText = (block: Block): block is TextBlock => block.type === 'paragraph' || block.type === 'heading' || block.type === 'quote';

/** A removed block and an added one, as one changed block when they are of a kind and mostly the same words. */
function pair(before: Block, after: Block): BlockChange[] | null {
  if (isText(before) && isText(after) && before.type === after.type && (before.type !== 'heading' || after.type !== 'heading' || before.level === after.level)) {
    const parts = inlineDiff(before.content, after.content);
    return keptShare(parts) >= KEPT_TO_PAIR ? [{ kind: 'changed', block: after, parts }] : null;
  }
  if (before.type === 'list' && after.type === 'list' && before.ordered === after.ordered) {
    const changes = diffArrays(before.items.map(itemKey), after.items.map(itemKey), { maxEditLength: MAX_EDITS });
    if (!changes) return null;
    const items: { kind: Change | 'changed'; parts: InlineChange[] }[] = [];
    let [i, j] = [0, 0];
    for (let c = 0; c < changes.length; c += 1) {
      const change = changes[c]!;
      const next = changes[c + 1];
      if (change.removed && next?.added) {
        const pairs = Math.min(change.count ?? 0, next.count ?? 0);
        for (let k = 0; k < pairs; k += 1) items.push({ kind: 'changed', parts: inlineDiff(before.items[i + k]!, after.items[j + k]!) });
        for (let k = pairs; k < (change.count ?? 0); k += 1) items.push({ kind: 'removed', parts: whole(before.items[i + k]!, 'removed') });
        for (let k = pairs; k < (next.count ?? 0); k += 1) items.push({ kind: 'added', parts: whole(after.items[j + k]!, 'added') });
        i += change.count ?? 0;
        j += next.count ?? 0;
        c += 1;
      } else if (change.removed) {
        for (let k = 0; k < (change.count ?? 0); k += 1) items.push({ kind: 'removed', parts: whole(before.items[i + k]!, 'removed') });
        i += change.count ?? 0;
      } else if (change.added) {
        for (let k = 0; k < (change.count ?? 0); k += 1) items.push({ kind: 'added', parts: whole(after.items[j + k]!, 'added') });
        j += change.count ?? 0;
      } else {
        for (let k = 0; k < (change.count ?? 0); k += 1) items.push({ kind: 'same', parts: whole(after.items[j + k]!, 'same') });
        i += change.count ?? 0;
        j += change.count ?? 0;
      }
    }
    return [{ kind: 'changed', block: after, items }];
  }
  return null;
}

const itemKey = (item: Inline[]) => JSON.stringify(item);
const whole = (content: Inline[], kind: Change): InlineChange[] => content.map((inline) => ({ ...inline, kind }));
const blockKey = (block: Block) => JSON.stringify(block);

/** Removed blocks followed by added ones: each pair that is one block edited becomes a changed block. */
function pairUp(removed: Block[], added: Block[]): BlockChange[] {
  const out: BlockChange[] = [];
  const pairs = Math.min(removed.length, added.length);
  for (let i = 0; i < pairs; i += 1) {
    out.push(...(pair(removed[i]!, added[i]!) ?? [
      { kind: 'removed' as const, block: removed[i]! },
      { kind: 'added' as const, block: added[i]! },
    ]));
  }
  for (const block of removed.slice(pairs)) out.push({ kind: 'removed', block });
  for (const block of added.slice(pairs)) out.push({ kind: 'added', block });
  return out;
}

/**
 * Two versions of a translation compared as formatted text: the headline and lead word by word, the body block by
 * block, and inside an edited paragraph, heading, quote or list the words that changed, each with its formatting.
 */
export function documentDiff(
  before: { title: string; lead: string; body: ArticleDocument },
  after: { title: string; lead: string; body: ArticleDocument },
): DocumentChanges {
  const a = before.body.blocks;
  const b = after.body.blocks;
  const changes = diffArrays(a.map(blockKey), b.map(blockKey), { maxEditLength: MAX_EDITS });
  const blocks: BlockChange[] = [];
  if (!changes) blocks.push(...pairUp(a, b));
  else {
    let [i, j] = [0, 0];
    for (let c = 0; c < changes.length; c += 1) {
      const change = changes[c]!;
      const count = change.count ?? change.value.length;
      const next = changes[c + 1];
      if (change.removed && next?.added) {
        const nextCount = next.count ?? next.value.length;
        blocks.push(...pairUp(a.slice(i, i + count), b.slice(j, j + nextCount)));
        i += count;
        j += nextCount;
        c += 1;
      } else if (change.removed) {
        blocks.push(...a.slice(i, i + count).map((block) => ({ kind: 'removed' as const, block })));
        i += count;
      } else if (change.added) {
        blocks.push(...b.slice(j, j + count).map((block) => ({ kind: 'added' as const, block })));
        j += count;
      } else {
        blocks.push(...b.slice(j, j + count).map((block) => ({ kind: 'same' as const, block })));
        i += count;
        j += count;
      }
    }
  }
  return { title: wordDiff(before.title, after.title), lead: wordDiff(before.lead, after.lead), blocks };
}
