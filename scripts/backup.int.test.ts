import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { projectRoot } from './database';

const work = mkdtempSync(path.join(tmpdir(), 'newsroom-backup-cli-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** `npm run db:backup` / `db:restore` as a person runs them, on the integration run's database and media folder. */
function run(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      ['--import', 'tsx', '--conditions=react-server', path.join(projectRoot, 'scripts', 'backup.ts'), ...args],
      { cwd: projectRoot, env: { ...process.env, AUTH_SECRET: process.env.AUTH_SECRET } },
      (error, stdout, stderr) => resolve({ code: error ? Number(error.code ?? 1) : 0, stdout, stderr }),
    );
  });
}

describe('the backup commands', () => {
  it('back up the site into one file, and refuse to restore it over content without --replace, in one line each', async () => {
    const file = path.join(work, 'site.tar.gz');
    const backup = await run('backup', file);
    expect(backup.code).toBe(0);
    expect(backup.stdout).toMatch(/backed up [\d,]+ rows of \d+ tables at migration \d{4}_\d\d_\d\d_\w+ and \d+ media files \([\d.]+ MB\) into /);
    // Piped, progress is plain lines on stderr: no carriage returns, no bar.
    expect(backup.stderr).toMatch(/^backup 100 % [\d,]+\/[\d,]+ rows, .*took/m);
    expect(backup.stderr).not.toContain('\r');
    expect(statSync(file).mode & 0o777).toBe(0o600);

    const restore = await run('restore', file);
    expect(restore.code).toBe(1);
    expect(restore.stderr).toMatch(/^\[newsroom\] restore failed: there is content to replace: .*Add --replace/m);
    expect(restore.stderr).not.toMatch(/^\s+at /m);
  }, 120_000);

  it('answer a file that is not a backup, and a command without a file, with a message and no stack trace', async () => {
    const text = path.join(work, 'notes.txt');
    writeFileSync(text, 'not a backup\n');
    const restore = await run('restore', text);
    expect(restore.code).toBe(1);
    expect(restore.stderr.trim().split('\n').at(-1)).toBe(`[newsroom] restore failed: ${text} cannot be read as a newsroom backup: it is not a gzip'd tar file`);
    expect(restore.stderr).not.toMatch(/^\s+at /m);

    const usage = await run('restore');
    expect(usage.code).toBe(2);
    expect(usage.stderr).toContain('usage: npm run db:backup -- FILE');
  }, 120_000);
});
