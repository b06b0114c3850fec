/**
 * Listings are paged by a keyset cursor: the (published_at, article_id) of the last item shown, written as
 * `<microseconds since the epoch>-<article id>`. Microseconds, because that is PostgreSQL's precision: a millisecond
 * cursor would skip or repeat articles published within the same millisecond.
 */
export interface Cursor {
  micros: bigint;
  id: number;
}

const CURSOR = /^(\d{1,17})-(\d{1,10})$/;

export function parseCursor(value: string | null | undefined): Cursor | null {
  const match = value ? CURSOR.exec(value) : null;
  if (!match) return null;
  const id = Number(match[2]);
  if (!Number.isSafeInteger(id) || id < 1 || id > 2_147_483_647) return null;
  return { micros: BigInt(match[1]!), id };
}

export function formatCursor(cursor: Cursor): string {
  return `${cursor.micros}-${cursor.id}`;
}
