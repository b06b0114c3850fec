import { describe, expect, it } from 'vitest';
import { createLogger, logConsoleCall } from './log.mjs';

function captured(level: string) {
  const lines: string[] = [];
  const log = createLogger(level, { write: (line: string) => void lines.push(line) });
  return { log, entries: () => lines.map((line) => JSON.parse(line) as Record<string, unknown>) };
}

describe('the log', () => {
  it('turns a console call into one JSON object: the message as console prints it, the error with its stack and cause', () => {
    const { log, entries } = captured('info');
    logConsoleCall(log, 'info', ['[media] derived %d missing variant(s)', 3]);
    logConsoleCall(log, 'error', ['[rates] import crashed:', new Error('fetch failed', { cause: new Error('ECONNREFUSED') })]);
    logConsoleCall(log, 'warn', ['\u001b[33m⚠\u001b[39m slow render']);
    const [info, error, warning] = entries();
    expect(info).toMatchObject({ level: 'info', msg: '[media] derived 3 missing variant(s)' });
    expect(typeof info!.time).toBe('string');
    expect(error).toMatchObject({
      level: 'error',
      msg: '[rates] import crashed: fetch failed',
      err: { type: 'Error', message: 'fetch failed: ECONNREFUSED', stack: expect.stringMatching(/^Error: fetch failed\n\s+at .*\ncaused by: Error: ECONNREFUSED/s) },
    });
    expect(warning).toMatchObject({ level: 'warn', msg: '⚠ slow render' });
  });

  it('writes nothing below its level, and leaves out the blank lines Next prints for spacing', () => {
    const { log, entries } = captured('warn');
    logConsoleCall(log, 'info', ['GET /az 200']);
    logConsoleCall(log, 'debug', ['details']);
    logConsoleCall(log, 'warn', ['']);
    logConsoleCall(log, 'error', ['[edge] could not purge']);
    expect(entries()).toEqual([expect.objectContaining({ level: 'error', msg: '[edge] could not purge' })]);
  });
});
