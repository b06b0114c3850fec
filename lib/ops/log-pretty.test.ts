import { describe, expect, it } from 'vitest';
import { createLogger, logConsoleCall } from './log.mjs';
import { prettyDestination, prettyLine, resolveLogFormat } from './log-pretty.mjs';

function captured() {
  const out: string[] = [];
  const log = createLogger('info', prettyDestination({ write: (text: string) => out.push(text) }));
  return { log, text: () => out.join('') };
}

const CLOCK = String.raw`\d\d:\d\d:\d\d\.\d{3}`;

describe('the readable log', () => {
  it('is the default only for a person at a terminal outside production; LOG_FORMAT decides when set', () => {
    expect(resolveLogFormat(undefined, { isTTY: true, nodeEnv: undefined })).toBe('pretty');
    expect(resolveLogFormat(undefined, { isTTY: true, nodeEnv: 'development' })).toBe('pretty');
    expect(resolveLogFormat(undefined, { isTTY: true, nodeEnv: 'production' })).toBe('json');
    expect(resolveLogFormat(undefined, { isTTY: undefined, nodeEnv: undefined })).toBe('json');
    expect(resolveLogFormat('json', { isTTY: true, nodeEnv: undefined })).toBe('json');
    expect(resolveLogFormat('pretty', { isTTY: false, nodeEnv: 'production' })).toBe('pretty');
  });

  it('writes the time, the level and the message, then what else the line holds, without pid or hostname', () => {
    const { log, text } = captured();
    logConsoleCall(log, 'info', ['[media] derived %d missing variant(s)', 3]);
    log.warn({ job: 'rates-import', attempt: 2, note: 'bank said 503' }, 'retrying');
    expect(text()).toMatch(new RegExp(`^${CLOCK} INFO  \\[media\\] derived 3 missing variant\\(s\\)\\n${CLOCK} WARN  retrying  job=rates-import attempt=2 note="bank said 503"\\n$`));
    expect(text()).not.toMatch(/pid|hostname|\{/);
  });

  it('shows an access line as method, path, status and duration, with the route, cache state and client after it', () => {
    const line = JSON.stringify({
      level: 'info',
      time: '2026-12-01T21:51:16.725Z',
      pid: 20056,
      hostname: 'web-1',
      requestId: 'a4865504-5777-4592-acaa-6fefbb50c307',
      method: 'GET',
      path: '/az/news/1-x',
      route: 'article',
      status: 200,
      durationMs: 27.6,
      cache: 'hit',
      remote: '203.0.113.7',
      msg: 'GET /az/news/1-x 200 in 27.6 ms',
    });
    const shown = prettyLine(line);
    expect(shown).toMatch(new RegExp(`^${CLOCK} INFO  GET /az/news/1-x 200 in 27\\.6 ms  requestId=a4865504-5777-4592-acaa-6fefbb50c307 route=article cache=hit remote=203\\.0\\.113\\.7\\n$`));
    expect(shown).not.toContain('durationMs');
  });

  it('follows a failure with its stack and causes, indented, one line each', () => {
    const { log, text } = captured();
    logConsoleCall(log, 'error', ['[rates] import crashed:', new Error('fetch failed', { cause: new Error('ECONNREFUSED') })]);
    const [first, ...stack] = text().trimEnd().split('\n');
    expect(first).toMatch(new RegExp(`^${CLOCK} ERROR \\[rates\\] import crashed: fetch failed$`));
    expect(stack[0]).toBe('    Error: fetch failed');
    expect(stack.some((row) => /^ {4}\s+at /.test(row))).toBe(true);
    expect(stack).toContain('    caused by: Error: ECONNREFUSED');
  });

  it('colours the level only when asked, and passes on a line that is not JSON as it came', () => {
    const line = JSON.stringify({ level: 'error', time: '2026-12-01T21:51:16.725Z', msg: 'x' });
    expect(prettyLine(line, { colors: true })).toContain('\u001b[31mERROR\u001b[39m');
    expect(prettyLine(line)).not.toContain('\u001b[');
    expect(prettyLine('▲ Next.js 16.4.6')).toBe('▲ Next.js 16.4.6\n');
  });
});
