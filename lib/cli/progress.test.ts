import { describe, expect, it } from 'vitest';
import { formatDuration, progressFigures, startProgress, timedStep } from './progress';

function fakeTerminal(isTTY: boolean) {
  const writes: string[] = [];
  return { stream: { isTTY, write: (text: string) => writes.push(text) }, writes };
}

function clock(start = 1_000) {
  let ms = start;
  return { now: () => ms, advance: (by: number) => (ms += by) };
}

describe('progress figures', () => {
  it('give the rate since the start and the time left at that rate', () => {
    expect(progressFigures(250, 1_000, 5_000)).toEqual({ share: 0.25, rate: 50, etaSeconds: 15 });
    expect(progressFigures(1_000, 1_000, 20_000)).toEqual({ share: 1, rate: 50, etaSeconds: 0 });
  });

  it('have no time left to tell before anything is done, and count an empty job as done', () => {
    expect(progressFigures(0, 1_000, 3_000)).toEqual({ share: 0, rate: 0, etaSeconds: null });
    expect(progressFigures(0, 0, 0)).toEqual({ share: 1, rate: 0, etaSeconds: 0 });
  });

  it('read as seconds, minutes or hours', () => {
    expect(formatDuration(42.4)).toBe('42 s');
    expect(formatDuration(185)).toBe('3 min 05 s');
    expect(formatDuration(3_720)).toBe('1 h 02 min');
  });
});

describe('in a terminal', () => {
  it('redraws one bar in place with count, rate and time left, and ends it with the time taken', () => {
    const { stream, writes } = fakeTerminal(true);
    const time = clock();
    const bar = startProgress(1_000, { unit: 'rows', label: 'backup', stream, now: time.now });
    time.advance(2_000);
    bar.add(250);
    expect(writes).toEqual([`\rbackup [########......................]  25 % 250/1,000 rows, 125 rows/s, 6 s left\x1b[K`]);
    // Redrawn at most ten times a second.
    time.advance(50);
    bar.add(10);
    expect(writes).toHaveLength(1);
    time.advance(6_000);
    bar.add(740);
    bar.finish();
    bar.finish();
    expect(writes).toHaveLength(3);
    expect(writes[2]).toBe(`\rbackup [##############################] 100 % 1,000/1,000 rows, 124 rows/s, took 8 s\x1b[K\n`);
    expect(writes.join('')).not.toMatch(/\n.*\n/);
  });
});

describe('when the output is not a terminal', () => {
  it('prints a plain line at each tenth of the way and one at the end, never a bar or a carriage return', () => {
    const { stream, writes } = fakeTerminal(false);
    const time = clock();
    const progress = startProgress(100, { unit: 'translations', stream, now: time.now });
    for (let i = 0; i < 100; i++) {
      time.advance(10);
      progress.add(1);
    }
    progress.finish();
    expect(writes).toHaveLength(10);
    expect(writes[0]).toBe(' 10 % 10/100 translations, 100 translations/s, 1 s left\n');
    expect(writes[9]).toBe('100 % 100/100 translations, 100 translations/s, took 1 s\n');
    expect(writes.join('')).not.toMatch(/[\r[#]/);
  });

  it('prints a line after a long silence even within one tenth', () => {
    const { stream, writes } = fakeTerminal(false);
    const time = clock();
    const progress = startProgress(1_000_000, { unit: 'rows', stream, now: time.now, quietMs: 5_000 });
    time.advance(4_000);
    progress.add(10);
    expect(writes).toEqual([]);
    time.advance(1_000);
    progress.add(10);
    expect(writes).toEqual(['  0 % 20/1,000,000 rows, 4 rows/s, 69 h 26 min left\n']);
  });
});

describe('a step of unknown size', () => {
  it('names itself when it starts and tells its time when it ends', async () => {
    const { stream, writes } = fakeTerminal(false);
    const time = clock();
    const result = await timedStep('building the search index', async () => {
      time.advance(65_000);
      return 7;
    }, { stream, now: time.now });
    expect(result).toBe(7);
    expect(writes).toEqual(['building the search index…\n', 'building the search index: done in 1 min 05 s\n']);
  });
});
