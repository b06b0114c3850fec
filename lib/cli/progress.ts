import { performance } from 'node:perf_hooks';

/**
 * Progress of long command-line work (seeding, benchmark data, backups) on stderr, so that stdout stays the
 * command's own output. In a terminal: one bar with the count, the rate and the time left, redrawn in place. Piped
 * or in CI: a plain line at each tenth of the way, or when `quietMs` passed without one, and at the end.
 */

export interface ProgressStream {
  isTTY?: boolean;
  write(text: string): unknown;
}

export interface ProgressOptions {
  /** What is counted, plural: "translations", "rows", "MB". */
  unit: string;
  /** A word before the bar: "backup", "restore". */
  label?: string;
  stream?: ProgressStream;
  /** Milliseconds on a monotonic clock (injected by the tests). */
  now?: () => number;
  /** The longest silence between two plain lines, when the output is not a terminal. */
  quietMs?: number;
}

export interface Progress {
  /** `count` more done. */
  add(count: number): void;
  /** Ends the bar (a last line with the time taken); further calls do nothing. */
  finish(): void;
}

export interface ProgressFigures {
  share: number;
  /** Units a second since the start. */
  rate: number;
  /** Seconds left at that rate; null until something is done. */
  etaSeconds: number | null;
}

export function progressFigures(done: number, total: number, elapsedMs: number): ProgressFigures {
  const share = total > 0 ? Math.min(1, done / total) : 1;
  const rate = elapsedMs > 0 ? (done * 1000) / elapsedMs : 0;
  const etaSeconds = done >= total ? 0 : rate > 0 ? (total - done) / rate : null;
  return { share, rate, etaSeconds };
}

/** "42 s", "3 min 05 s", "1 h 02 min". */
export function formatDuration(seconds: number): string {
  const s = Math.round(seconds);
  if (s < 60) return `${s} s`;
  if (s < 3600) return `${Math.floor(s / 60)} min ${String(s % 60).padStart(2, '0')} s`;
  return `${Math.floor(s / 3600)} h ${String(Math.floor((s % 3600) / 60)).padStart(2, '0')} min`;
}

function formatCount(value: number): string {
  return value >= 100 || Number.isInteger(value) ? Math.round(value).toLocaleString('en') : value.toFixed(1);
}

const BAR_WIDTH = 30;
// A terminal redraw more often than this only costs the work it reports on.
const REDRAW_MS = 100;

export function startProgress(total: number, { unit, label, stream = process.stderr, now = () => performance.now(), quietMs = 5_000 }: ProgressOptions): Progress {
  const started = now();
  const tty = Boolean(stream.isTTY);
  let done = 0;
  let finished = false;
  let lastDraw = -Infinity;
  let lastTenth = 0;
  let lastLine = started;

  const line = () => {
    const { share, rate, etaSeconds } = progressFigures(done, total, now() - started);
    const bar = tty ? `[${'#'.repeat(Math.round(share * BAR_WIDTH)).padEnd(BAR_WIDTH, '.')}] ` : '';
    const eta = etaSeconds === null || finished ? '' : `, ${formatDuration(etaSeconds)} left`;
    return `${label ? `${label} ` : ''}${bar}${(share * 100).toFixed(0).padStart(3)} % ${formatCount(done)}/${formatCount(total)} ${unit}, ${formatCount(rate)} ${unit}/s${eta}`;
  };

  return {
    add(count) {
      if (finished) return;
      done += count;
      const at = now();
      if (tty) {
        if (at - lastDraw < REDRAW_MS) return;
        lastDraw = at;
        stream.write(`\r${line()}\x1b[K`);
        return;
      }
      const tenth = total > 0 ? Math.floor((Math.min(done, total) / total) * 10) : 10;
      if (tenth > lastTenth || at - lastLine >= quietMs) {
        lastTenth = Math.max(lastTenth, tenth);
        lastLine = at;
        if (tenth < 10) stream.write(`${line()}\n`);
      }
    },
    finish() {
      if (finished) return;
      finished = true;
      const took = `, took ${formatDuration((now() - started) / 1000)}`;
      stream.write(`${tty ? '\r' : ''}${line()}${took}${tty ? '\x1b[K' : ''}\n`);
    },
  };
}

/**
 * A step whose size is unknown (building an index, a migration): a line when it starts and one with its time when it
 * ends, so that a long silence always has a name.
 */
export async function timedStep<T>(name: string, work: () => Promise<T>, { stream = process.stderr, now = () => performance.now() }: Pick<ProgressOptions, 'stream' | 'now'> = {}): Promise<T> {
  const started = now();
  stream.write(`${name}…\n`);
  const result = await work();
  stream.write(`${name}: done in ${formatDuration((now() - started) / 1000)}\n`);
  return result;
}

/** How library code that runs long reports progress: a bar per stage on the command line, nothing elsewhere. */
export type ProgressFactory = (total: number, unit: string, label: string) => Progress;

export const noProgress: ProgressFactory = () => ({ add: () => {}, finish: () => {} });

export const progressOnStderr: ProgressFactory = (total, unit, label) => startProgress(total, { unit, label });
