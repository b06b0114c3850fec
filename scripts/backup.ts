/**
 * `npm run db:backup -- FILE` writes the site's database and media into one file; `npm run db:restore -- FILE
 * [--replace]` puts them back. Both work on DATABASE_URL when set, else on the embedded PostgreSQL in .data/postgres
 * (started for the command when the site is not running), and on the media folder (.data/media, or
 * NEWSROOM_MEDIA_DIR). What the file holds and why it is not pg_dump: docs/operations.md, "Backups"; lib/backup.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { createBackup } from '@/lib/backup/create';
import { progressOnStderr } from '@/lib/cli/progress';
import { restoreBackup } from '@/lib/backup/restore';
import { env } from '@/lib/ops/env.mjs';
import { log, projectRoot, provideDatabase } from './database';

const USAGE = 'usage: npm run db:backup -- FILE\n       npm run db:restore -- FILE [--replace]';
const [command, ...rest] = process.argv.slice(2);
const { values, positionals } = (() => {
  try {
    return parseArgs({ args: rest, allowPositionals: true, options: { replace: { type: 'boolean', default: false } } });
  } catch (error) {
    console.error(`${error instanceof Error ? error.message : String(error)}\n${USAGE}`);
    process.exit(2);
  }
})();
const file = positionals[0];
if ((command !== 'backup' && command !== 'restore') || !file || positionals.length > 1 || (command === 'backup' && values.replace)) {
  console.error(USAGE);
  process.exit(2);
}

/**
 * The AUTH_SECRET the site runs with, as scripts/run.ts gives it: the environment's, else the one `npm start`
 * generated into .data/auth-secret. Read, never generated here: a backup or restore has no business creating one.
 */
function siteAuthSecret(): string | undefined {
  const configured = env().AUTH_SECRET;
  if (configured) return configured;
  const stored = path.join(projectRoot, '.data', 'auth-secret');
  return existsSync(stored) ? readFileSync(stored, 'utf8').trim() : undefined;
}

const database = await provideDatabase();
let code = 0;
try {
  const authSecret = siteAuthSecret();
  if (command === 'backup') {
    const manifest = await createBackup({ databaseUrl: database.url, file, authSecret, progress: progressOnStderr });
    const rows = manifest.tables.reduce((sum, t) => sum + t.rows, 0);
    log(`backed up ${rows.toLocaleString('en')} rows of ${manifest.tables.length} tables at migration ${manifest.migration} and ${manifest.media.files} media files (${(manifest.media.bytes / 1e6).toFixed(1)} MB) into ${file}`);
    if (manifest.twoFactor.users) {
      log(
        `note: ${manifest.twoFactor.users} staff use two-factor sign-in; their secrets are sealed with AUTH_SECRET, which this file does not hold. ` +
          `Keep AUTH_SECRET${env().AUTH_SECRET ? '' : ' (.data/auth-secret)'} safe apart from the backup: restored under another one, their authenticator codes are refused`,
      );
    }
  } else {
    const { manifest, warnings } = await restoreBackup({ databaseUrl: database.url, file, replace: values.replace, authSecret, progress: progressOnStderr });
    log(`restored the backup of ${manifest.createdAt} (migration ${manifest.migration}, ${manifest.media.files} media files); a running site shows it once restarted (its page cache holds the old content)`);
    for (const warning of warnings) log(`warning: ${warning}`);
  }
} catch (error) {
  // A refusal is the whole message; anything else (a database that does not answer) is said in one line too.
  console.error(`[newsroom] ${command} failed: ${error instanceof Error ? error.message : String(error)}`);
  code = 1;
} finally {
  await database.stop();
}
process.exit(code);
