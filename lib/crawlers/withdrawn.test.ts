import { beforeEach, describe, expect, it } from 'vitest';
import { forgetWithdrawn, isWithdrawn } from './withdrawn';
import { processWide } from '@/lib/ops/singleton.mjs';

type Row = { article_id: number; locale: string };

/** Stands in for the proxy's one connection: each read of the list waits until the test answers it. */
const reads: ((rows: Row[]) => void)[] = [];
const fakeDb = {
  selectFrom: () => ({
    select: () => ({ where: () => ({ execute: () => new Promise<Row[]>((resolve) => reads.push(resolve)) }) }),
  }),
};

async function untilRead(count: number): Promise<void> {
  const deadline = Date.now() + 1_000;
  while (reads.length < count) {
    if (Date.now() > deadline) throw new Error(`the list was read ${reads.length} times, not ${count}`);
    await new Promise((resolve) => setTimeout(resolve, 1));
  }
}

describe('the proxy’s list of withdrawn translations', () => {
  beforeEach(() => {
    process.env.DATABASE_URL = 'postgres://unused';
    processWide<{ db?: unknown }>('newsroom.withdrawnList', () => ({})).db = fakeDb;
  });

  it('is read again after a change even when a read that began before it ends after it', async () => {
    const first = isWithdrawn(7, 'ru');
    await untilRead(1);
    // The editor withdraws the story while that read is on its way: it was taken before the commit.
    forgetWithdrawn();
    const afterChange = isWithdrawn(7, 'ru');
    reads[0]!([]);
    expect(await first).toBe(false);
    await untilRead(2);
    reads[1]!([{ article_id: 7, locale: 'ru' }]);
    expect(await afterChange).toBe(true);
    // A republication is seen at once too.
    forgetWithdrawn();
    const republished = isWithdrawn(7, 'ru');
    await untilRead(3);
    reads[2]!([]);
    expect(await republished).toBe(false);
  });
});
