// @ts-check
import { styleText } from 'node:util';

/**
 * The log as a person reads it in a terminal (LOG_FORMAT=pretty): each JSON line pino writes becomes
 * `12:04:05.123 INFO  message  key=value …`, an access line `GET /az 200 in 27.6 ms  route=home cache=hit …`, and a
 * failure is followed by its stack, indented. The JSON line is the only source, so both formats say the same.
 */

/** @typedef {'json' | 'pretty'} LogFormat */

/**
 * The format when LOG_FORMAT leaves it open: readable only for a person at a terminal outside production. Piped or
 * redirected output, the image (NODE_ENV=production) and every test runner that reads the lines get JSON.
 * @param {LogFormat | undefined} setting LOG_FORMAT
 * @param {{ isTTY: boolean | undefined; nodeEnv: string | undefined }} where
 * @returns {LogFormat}
 */
export function resolveLogFormat(setting, { isTTY, nodeEnv }) {
  return setting ?? (isTTY && nodeEnv !== 'production' ? 'pretty' : 'json');
}

const LEVELS = /** @type {const} */ ({
  trace: ['TRACE', 'gray'],
  debug: ['DEBUG', 'gray'],
  info: ['INFO ', 'green'],
  warn: ['WARN ', 'yellow'],
  error: ['ERROR', 'red'],
  fatal: ['FATAL', 'red'],
});

// Said by the time, the level and the message already, or the same on every line of a process.
const SHOWN_ELSEWHERE = new Set(['level', 'time', 'msg', 'err', 'pid', 'hostname']);
// An access line's message is `GET /path 200 in 27.6 ms` (scripts/front-door.mjs): these fields are in it.
const IN_ACCESS_MESSAGE = new Set(['method', 'path', 'status', 'durationMs']);

/** @param {unknown} value */
function shownValue(value) {
  if (typeof value === 'string') return /^[^\s"=]+$/.test(value) ? value : JSON.stringify(value);
  return JSON.stringify(value);
}

/** @param {string} iso */
function clock(iso) {
  const time = new Date(iso);
  if (Number.isNaN(time.getTime())) return iso;
  const two = (/** @type {number} */ n) => String(n).padStart(2, '0');
  return `${two(time.getHours())}:${two(time.getMinutes())}:${two(time.getSeconds())}.${String(time.getMilliseconds()).padStart(3, '0')}`;
}

/**
 * One JSON log line as a readable line (and the stack below it, for a failure). A line that is not JSON is returned
 * as it came.
 * @param {string} line
 * @param {{ colors?: boolean }} [options]
 */
export function prettyLine(line, { colors = false } = {}) {
  /** @type {Record<string, unknown>} */
  let entry;
  try {
    entry = JSON.parse(line);
  } catch {
    return line.endsWith('\n') ? line : `${line}\n`;
  }
  const paint = (/** @type {Parameters<typeof styleText>[0]} */ style, /** @type {string} */ text) => (colors ? styleText(style, text, { validateStream: false }) : text);
  const [label, color] = LEVELS[/** @type {keyof typeof LEVELS} */ (entry.level)] ?? [String(entry.level).toUpperCase().padEnd(5), 'white'];
  const access = typeof entry.method === 'string' && typeof entry.status === 'number';
  const fields = Object.entries(entry)
    .filter(([key, value]) => value !== undefined && !SHOWN_ELSEWHERE.has(key) && !(access && IN_ACCESS_MESSAGE.has(key)))
    .map(([key, value]) => `${key}=${shownValue(value)}`)
    .join(' ');
  const message = typeof entry.msg === 'string' ? entry.msg : '';
  let text = `${paint('dim', clock(String(entry.time)))} ${paint(color, label)} ${message}${fields ? `  ${paint('dim', fields)}` : ''}\n`;
  const err = /** @type {{ stack?: unknown } | undefined} */ (entry.err);
  if (err && typeof err.stack === 'string') text += `${err.stack.replace(/^/gm, '    ')}\n`;
  return text;
}

/**
 * A pino destination that writes each line readably to `out` (stdout unless given), in colour when `out` is a
 * terminal that takes colours (NO_COLOR and FORCE_COLOR are honoured).
 * @param {{ write: (text: string) => unknown }} out
 * @param {{ colors?: boolean }} [options]
 */
export function prettyDestination(out, options = {}) {
  return { write: (/** @type {string} */ line) => void out.write(prettyLine(line, options)) };
}
