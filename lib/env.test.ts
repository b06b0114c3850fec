import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ConfigurationError, parseEnvironment, VARIABLES } from './env.mjs';

const root = path.resolve(import.meta.dirname, '..');

function problemsOf(source: Record<string, string>): string[] {
  try {
    parseEnvironment(source);
  } catch (error) {
    if (error instanceof ConfigurationError) return error.problems;
    throw error;
  }
  return [];
}

describe('the environment', () => {
  it('has a default for everything an unconfigured `npm start` needs, and treats an empty value as unset', () => {
    const parsed = parseEnvironment({ PORT: '', LOG_LEVEL: '' });
    expect(parsed).toMatchObject({ PORT: 3000, EMBEDDED_PG_PORT: 54329, TRUSTED_PROXY_HOPS: 0, LOG_LEVEL: 'info', RATES_IMPORT: 'on', EDGE_URLS: [], SKIP_BUILD: false });
    expect(parsed.DATABASE_URL).toBeUndefined();
  });

  it('reads numbers, flags and lists into their types', () => {
    expect(parseEnvironment({ PORT: '3900', SKIP_BUILD: '1', EDGE_URLS: 'http://127.0.0.1:8080/, http://10.0.0.2:8080' })).toMatchObject({
      PORT: 3900,
      SKIP_BUILD: true,
      EDGE_URLS: ['http://127.0.0.1:8080', 'http://10.0.0.2:8080'],
    });
  });

  it.each([
    ['a port that is not a number', { PORT: 'abc' }, 'PORT must be a whole number between 1 and 65535 (got "abc")'],
    ['a port out of range', { EMBEDDED_PG_PORT: '70000' }, 'EMBEDDED_PG_PORT must be a whole number between 1 and 65535 (got "70000")'],
    ['a fraction of a hop', { TRUSTED_PROXY_HOPS: '1.5' }, 'TRUSTED_PROXY_HOPS must be a whole number between 0 and 10 (got "1.5")'],
    ['a database that is not PostgreSQL', { DATABASE_URL: 'mysql://localhost/news' }, 'DATABASE_URL must be a URL starting with postgres:// or postgresql:// (got "mysql://localhost/news")'],
    ['a site address that is no URL', { SITE_URL: 'anews.az' }, 'SITE_URL must be a URL starting with http:// or https:// (got "anews.az")'],
    ['a flag that is neither 1 nor 0', { SKIP_BUILD: 'yes' }, 'SKIP_BUILD must be 1 or 0 (got "yes")'],
    ['a level pino does not know', { LOG_LEVEL: 'loud' }, 'LOG_LEVEL must be one of fatal, error, warn, info, debug, trace, silent (got "loud")'],
    ['a list with something that is no origin', { EDGE_URLS: 'http://127.0.0.1:8080,varnish' }, 'EDGE_URLS must be comma-separated origins such as http://127.0.0.1:8080 (got "http://127.0.0.1:8080,varnish")'],
    ['a secret anyone could guess, without repeating it', { METRICS_TOKEN: 'secret' }, 'METRICS_TOKEN must be at least 16 characters (got 6 characters)'],
    ['a database URL, without its password', { DATABASE_URL: 'mysql://news:hunter2@db/news' }, 'DATABASE_URL must be a URL starting with postgres:// or postgresql:// (got "mysql://news:***@db/news")'],
    ['an admin email that is none', { ADMIN_EMAIL: 'admin' }, 'ADMIN_EMAIL must be an email address (got "admin")'],
    ['an IndexNow key of the wrong shape', { INDEXNOW_KEY: 'short' }, 'INDEXNOW_KEY must be 8–128 letters, digits or dashes (got "short")'],
    ['a store size Varnish cannot read', { EDGE_MEMORY: 'lots' }, 'EDGE_MEMORY must be a size such as 256m or 1g (got "lots")'],
  ])('refuses %s, naming the variable and the value', (_, source, message) => {
    expect(problemsOf(source)).toEqual([message]);
  });

  it('names every bad variable at once', () => {
    expect(problemsOf({ PORT: '0', RATES_IMPORT: 'maybe' })).toEqual([
      'PORT must be a whole number between 1 and 65535 (got "0")',
      'RATES_IMPORT must be one of on, off (got "maybe")',
    ]);
  });

  it('is what the README’s configuration table lists, no more and no less', () => {
    const readme = readFileSync(path.join(root, 'README.md'), 'utf8');
    const table = readme.slice(readme.indexOf('## Configuration'), readme.indexOf('\n## ', readme.indexOf('## Configuration') + 1));
    const documented = new Set([...table.matchAll(/^\| ([^|]+) \|/gm)].flatMap(([, names]) => [...names!.matchAll(/`([A-Z][A-Z0-9_]+)[=`]/g)].map(([, name]) => name!)));
    expect([...documented].sort()).toEqual([...VARIABLES].sort());
  });

  it('stops `npm start` before anything starts, with the message and exit code 78, no stack trace', () => {
    const run = spawnSync(process.execPath, ['--import', 'tsx', path.join(root, 'scripts', 'run.ts'), 'start'], {
      cwd: root,
      env: { ...process.env, PORT: 'abc', DATABASE_URL: '' },
      encoding: 'utf8',
      timeout: 60_000,
    });
    expect(run.status).toBe(78);
    expect(run.stderr).toContain('PORT must be a whole number between 1 and 65535 (got "abc")');
    expect(run.stderr).not.toMatch(/\n\s+at /);
    expect(run.stdout).not.toContain('PostgreSQL');
  }, 60_000);
});
