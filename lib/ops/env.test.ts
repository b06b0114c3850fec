import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ConfigurationError, configurationWarnings, parseEnvironment, VARIABLES } from './env.mjs';

const root = path.resolve(import.meta.dirname, '..', '..');

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
    expect(parsed).toMatchObject({ PORT: 3000, EMBEDDED_PG_PORT: 54329, TRUSTED_PROXIES: [], LOG_LEVEL: 'info', RATES_IMPORT: 'on', EDGE_URLS: [], SKIP_BUILD: false });
    expect(parsed.DATABASE_URL).toBeUndefined();
  });

  it('reads numbers, flags and lists into their types', () => {
    expect(parseEnvironment({ PORT: '3900', SKIP_BUILD: '1', EDGE_URLS: 'http://127.0.0.1:8080/, http://10.0.0.2:8080', TRUSTED_PROXIES: ' 127.0.0.1, 2001:DB8::/32,::ffff:10.0.0.2 ' })).toMatchObject({
      PORT: 3900,
      SKIP_BUILD: true,
      EDGE_URLS: ['http://127.0.0.1:8080', 'http://10.0.0.2:8080'],
      TRUSTED_PROXIES: ['127.0.0.1', '2001:db8::/32', '10.0.0.2'],
    });
  });

  it('warns, without refusing, of an edge in front that the server does not trust or cannot purge', () => {
    expect(configurationWarnings(parseEnvironment({}))).toEqual([]);
    const [proxies, secret] = configurationWarnings(parseEnvironment({ EDGE_URLS: 'http://127.0.0.1:8080' }));
    expect(proxies).toMatch(/^EDGE_URLS names an edge .* TRUSTED_PROXIES is empty: every reader and editor .* one throttle holds them all/);
    expect(secret).toMatch(/without EDGE_PURGE_SECRET: the edge refuses every purge/);
    expect(configurationWarnings(parseEnvironment({ EDGE_URLS: 'http://127.0.0.1:8080', TRUSTED_PROXIES: '127.0.0.1', EDGE_PURGE_SECRET: 'x'.repeat(32) }))).toEqual([]);
  });

  it.each([
    ['a port that is not a number', { PORT: 'abc' }, 'PORT must be a whole number between 1 and 65535 (got "abc")'],
    ['a port out of range', { EMBEDDED_PG_PORT: '70000' }, 'EMBEDDED_PG_PORT must be a whole number between 1 and 65535 (got "70000")'],
    ['a proxy that is no address or network', { TRUSTED_PROXIES: '127.0.0.1, edge, 10.0.0.0/33' }, 'TRUSTED_PROXIES must be comma-separated addresses or networks such as 127.0.0.1, 10.0.0.0/8 or 2001:db8::/32; "edge", "10.0.0.0/33" are neither (got "127.0.0.1, edge, 10.0.0.0/33")'],
    ['a purger that is none', { EDGE_PURGERS: '10.0.0.0/8;' }, 'EDGE_PURGERS must be comma-separated addresses or networks such as 127.0.0.1, 10.0.0.0/8 or 2001:db8::/32; "10.0.0.0/8;" is neither (got "10.0.0.0/8;")'],
    ['a listening address that is a name', { LISTEN_HOST: 'localhost' }, 'LISTEN_HOST must be an IP address, such as 127.0.0.1 (this machine only) or 0.0.0.0 (every interface) (got "localhost")'],
    ['a purge secret anyone could guess, without repeating it', { EDGE_PURGE_SECRET: 'purge' }, 'EDGE_PURGE_SECRET must be at least 16 characters (got 5 characters)'],
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

  it('is what the configuration page’s table lists, no more and no less, each variable once', () => {
    const page = readFileSync(path.join(root, 'docs', 'configuration.md'), 'utf8');
    const rows = [...page.matchAll(/^\| ([^|]+) \|/gm)].map(([, cell]) => cell!).filter((cell) => cell.trim() !== 'variable' && !/^-+$/.test(cell.trim()));
    const documented = rows.flatMap((names) => [...names.matchAll(/`([A-Z][A-Z0-9_]+)[=`]/g)].map(([, name]) => name!));
    expect(rows.length).toBeGreaterThan(20);
    expect(documented.filter((name, index) => documented.indexOf(name) !== index)).toEqual([]);
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
