// @ts-check
import { format, stripVTControlCharacters } from 'node:util';
import pino from 'pino';
import { env } from './env.mjs';
import { prettyDestination, resolveLogFormat } from './log-pretty.mjs';
import { processWide } from './singleton.mjs';

/**
 * The site's log: one JSON object a line on stdout (pino), with `level`, `time`, `msg` and, for a failure, `err` with
 * its stack, which never leaves the log for a response. LOG_LEVEL sets the least severe level written; LOG_FORMAT=pretty
 * writes the same lines for a person (lib/ops/log-pretty.mjs), the default in a terminal outside production. One logger per
 * process (lib/ops/singleton.mjs), shared by the front door (lib/http/front-door.mjs, preloaded by Node) and the bundle.
 */

/**
 * @param {string} level
 * @param {pino.DestinationStream} [destination] stdout unless given
 */
export function createLogger(level, destination = pino.destination({ dest: 1, sync: true })) {
  return pino(
    {
      level,
      timestamp: pino.stdTimeFunctions.isoTime,
      formatters: { level: (label) => ({ level: label }) },
    },
    destination,
  );
}

/** The format of this process's log: LOG_FORMAT, else readable only at a terminal outside production. */
export function logFormat() {
  return resolveLogFormat(env().LOG_FORMAT, { isTTY: process.stdout.isTTY, nodeEnv: process.env.NODE_ENV });
}

/** stdout, as JSON lines or, for a person at a terminal, readable ones. */
function stdoutIn(/** @type {import('./log-pretty.mjs').LogFormat} */ chosen) {
  const stdout = pino.destination({ dest: 1, sync: true });
  return chosen === 'json' ? stdout : prettyDestination(stdout, { colors: Boolean(process.stdout.isTTY && process.stdout.hasColors()) });
}

/** The process's logger. */
export function logger() {
  return processWide('newsroom.logger', () => createLogger(env().LOG_LEVEL, stdoutIn(logFormat())));
}

/** @typedef {'debug' | 'info' | 'warn' | 'error'} ConsoleLevel */

/**
 * What a `console` call writes, as a log line: the first Error among the arguments becomes `err` (with its stack and
 * causes), the rest the message, as console would print it, without terminal colours. A blank line is left out.
 * @param {pino.Logger} log
 * @param {ConsoleLevel} level
 * @param {unknown[]} args
 */
export function logConsoleCall(log, level, args) {
  const err = args.find((arg) => arg instanceof Error);
  const text = stripVTControlCharacters(format(...args.filter((arg) => arg !== err))).trim();
  // Next prints blank lines between its blocks: spacing for a terminal, nothing for a log.
  if (!err && !text) return;
  if (!err) return log[level](text);
  log[level]({ err }, text ? `${text} ${/** @type {Error} */ (err).message}` : /** @type {Error} */ (err).message);
}

const ROUTED = Symbol.for('newsroom.consoleRouted');

/**
 * Every `console` call of the process, the site's and Next's own, goes into the log instead of printing free text: the
 * preloaded front door does it first thing, and instrumentation.ts again for a Next started without it.
 */
export function routeConsoleThroughLog(log = logger()) {
  const routed = /** @type {{ [ROUTED]?: true }} */ (/** @type {unknown} */ (console));
  if (routed[ROUTED]) return;
  routed[ROUTED] = true;
  /** @type {[keyof Console, ConsoleLevel][]} */
  const methods = [['debug', 'debug'], ['log', 'info'], ['info', 'info'], ['warn', 'warn'], ['error', 'error']];
  for (const [method, level] of methods) {
    /** @type {Record<string, unknown>} */ (/** @type {unknown} */ (console))[method] = (/** @type {unknown[]} */ ...args) => logConsoleCall(log, level, args);
  }
}
