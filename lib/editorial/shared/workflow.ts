import { hasRole } from '@/lib/auth/roles';
import type { Role, TranslationStatus } from '@/lib/db/schema';

/** Where an editor may move a translation from each state. */
const EDITOR_MOVES: Record<TranslationStatus, readonly TranslationStatus[]> = {
  draft: ['review', 'published', 'scheduled'],
  review: ['draft', 'published', 'scheduled'],
  scheduled: ['draft', 'published'],
  published: ['unpublished'],
  unpublished: ['draft', 'published', 'scheduled'],
};

/** An author only hands a draft over for review; publishing is an editor's call. */
const AUTHOR_MOVES: Partial<Record<TranslationStatus, readonly TranslationStatus[]>> = { draft: ['review'] };

export function canMove(role: Role, from: TranslationStatus, to: TranslationStatus): boolean {
  const moves = hasRole(role, 'editor') ? EDITOR_MOVES[from] : AUTHOR_MOVES[from];
  return moves?.includes(to) ?? false;
}

export function nextMoves(role: Role, from: TranslationStatus): readonly TranslationStatus[] {
  return hasRole(role, 'editor') ? EDITOR_MOVES[from] : (AUTHOR_MOVES[from] ?? []);
}

/** Whether an author may still change a translation's text: only while it is their own draft. */
export function authorMayEdit(status: TranslationStatus | null): boolean {
  return status === null || status === 'draft';
}
