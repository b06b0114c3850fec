import { createHash, randomUUID } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import { copyFile, mkdir, readFile, rm, truncate, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { sql, type Kysely } from 'kysely';
import { Secret, TOTP } from 'otpauth';
import * as tar from 'tar';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createUser, newUserSchema } from '@/lib/auth/accounts';
import { checkLogin } from '@/lib/auth/login';
import { confirmEnrolment, startEnrolment } from '@/lib/auth/two-factor';
import { createDb } from '@/lib/db/connect';
import { knownMigrations, migrateToLatest, migrateWithin } from '@/lib/db/migrate';
import type { Database } from '@/lib/db/schema';
import { seedDemoContent } from '@/lib/demo/seed';
import { createTestDatabase, type TestDatabase } from '@/test/test-database';
import { listFiles } from './files';
import { createBackup } from './create';
import { restoreBackup } from './restore';

// The demo covers of this file's own database go to a folder of its own (this worker's environment only).
const work = mkdtempSync(path.join(tmpdir(), 'newsroom-backup-test-'));
const sourceMedia = path.join(work, 'media');
process.env.NEWSROOM_MEDIA_DIR = sourceMedia;

const PASSWORD = 'backup round trip';
const databases: TestDatabase[] = [];
const clients: Kysely<Database>[] = [];
let source: TestDatabase;
let db: Kysely<Database>;
let backupFile: string;
let staff: { email: string; key: string; recoveryCodes: string[] };
/** The content and the media as they were when the backup was taken. */
let atBackup: { content: Record<string, string>; media: Record<string, string> };

async function newDatabase(): Promise<{ database: TestDatabase; db: Kysely<Database> }> {
  const database = await createTestDatabase();
  databases.push(database);
  const client = createDb(database.url, 2);
  clients.push(client);
  return { database, db: client };
}

/** Every content table's rows, each table as one checksum over its rows in a fixed order, and the sequences. */
async function contentChecksums(of: Kysely<Database>): Promise<Record<string, string>> {
  const { rows: tables } = await sql<{ name: string }>`
    select tablename as name from pg_tables where schemaname = 'public' and tablename not like 'kysely_%' order by tablename`.execute(of);
  const sums: Record<string, string> = {};
  for (const { name } of tables) {
    const { rows } = await sql<{ rows: string; sum: string | null }>`
      select count(*)::text as rows, md5(string_agg(t::text, E'\n' order by t::text)) as sum from ${sql.table(name)} as t`.execute(of);
    sums[name] = `${rows[0]!.rows} rows ${rows[0]!.sum}`;
  }
  const { rows: sequences } = await sql<{ name: string }>`select relname as name from pg_class where relkind = 'S' and relnamespace = 'public'::regnamespace`.execute(of);
  for (const { name } of sequences) {
    const { rows } = await sql<{ value: string }>`select last_value::text || ' ' || is_called::text as value from ${sql.table(name)}`.execute(of);
    sums[`sequence ${name}`] = rows[0]!.value;
  }
  return sums;
}

async function mediaChecksums(dir: string): Promise<Record<string, string>> {
  const sums: Record<string, string> = {};
  for (const file of await listFiles(dir)) sums[file] = createHash('sha256').update(await readFile(path.join(dir, file))).digest('hex');
  return sums;
}

function appCode(key: string, steps: number): string {
  return new TOTP({ secret: Secret.fromBase32(key.replace(/\s/g, '')), algorithm: 'SHA1', digits: 6, period: 30 }).generate({ timestamp: Date.now() + steps * 30_000 });
}

beforeAll(async () => {
  ({ database: source, db } = await newDatabase());
  await migrateToLatest(db);
  await seedDemoContent(db);
  // A staff member with a password and two-factor sign-in: what a backup must not lose.
  const email = `${randomUUID()}@anews.test`;
  const id = (await createUser(db, newUserSchema.parse({ email, name: 'Backed Up', role: 'admin', password: PASSWORD })))!;
  const enrolment = await startEnrolment(db, { id, email });
  const recoveryCodes = (await db.transaction().execute((trx) => confirmEnrolment(trx, id, appCode(enrolment.key, 0))))!;
  staff = { email, key: enrolment.key, recoveryCodes };
  backupFile = path.join(work, 'site.backup.tar.gz');
  await createBackup({ databaseUrl: source.url, file: backupFile, mediaDir: sourceMedia, authSecret: process.env.AUTH_SECRET });
  atBackup = { content: await contentChecksums(db), media: await mediaChecksums(sourceMedia) };
});

afterAll(async () => {
  await Promise.all(clients.map((client) => client.destroy()));
  await Promise.all(databases.map((database) => database.dispose()));
  await rm(work, { recursive: true, force: true });
});

describe('a backup', () => {
  it('comes back whole after the database and the media are wiped: every row, every media byte, and sign-in with two factors', async () => {
    expect(Object.keys(atBackup.media).length).toBeGreaterThan(0);
    expect(atBackup.content.users).not.toMatch(/^0 rows/);
    expect(atBackup.content.recovery_codes).toMatch(/^10 rows/);

    await sql`drop schema public cascade`.execute(db);
    await sql`create schema public`.execute(db);
    await rm(sourceMedia, { recursive: true });

    const { manifest, warnings } = await restoreBackup({ databaseUrl: source.url, file: backupFile, mediaDir: sourceMedia, authSecret: process.env.AUTH_SECRET });
    expect(warnings).toEqual([]);
    expect(manifest.migration).toBe(knownMigrations().at(-1));
    expect(manifest.twoFactor.users).toBe(1);
    expect(await contentChecksums(db)).toEqual(atBackup.content);
    expect(await mediaChecksums(sourceMedia)).toEqual(atBackup.media);

    const ip = randomUUID();
    expect(await checkLogin(db, { email: staff.email, password: 'not the password', ip })).toEqual({ kind: 'invalid' });
    expect(await checkLogin(db, { email: staff.email, password: PASSWORD, ip })).toEqual({ kind: 'secondFactor' });
    expect(await checkLogin(db, { email: staff.email, password: PASSWORD, ip, code: appCode(staff.key, 1) })).toMatchObject({ kind: 'ok', user: { role: 'admin' } });
    expect(await checkLogin(db, { email: staff.email, password: PASSWORD, ip, code: staff.recoveryCodes[0]! })).toMatchObject({ kind: 'ok' });
  });

  it('never overwrites a file', async () => {
    const before = await readFile(backupFile);
    await expect(createBackup({ databaseUrl: source.url, file: backupFile, mediaDir: sourceMedia })).rejects.toThrow(`${backupFile} exists: a backup never overwrites a file`);
    expect((await readFile(backupFile)).equals(before)).toBe(true);
  });

  it('restores into a new empty database, migrating it to the backup’s schema first', async () => {
    const { database, db: fresh } = await newDatabase();
    const media = path.join(work, 'fresh-media');
    await restoreBackup({ databaseUrl: database.url, file: backupFile, mediaDir: media });
    expect(await contentChecksums(fresh)).toEqual(atBackup.content);
    expect(await mediaChecksums(media)).toEqual(atBackup.media);
  });

  it('says, without refusing, that two-factor codes will not work under another AUTH_SECRET', async () => {
    const { database } = await newDatabase();
    const { warnings } = await restoreBackup({ databaseUrl: database.url, file: backupFile, mediaDir: path.join(work, 'other-secret-media'), authSecret: 'another secret' });
    expect(warnings).toEqual([expect.stringMatching(/^1 staff account uses two-factor sign-in, whose secrets were sealed with another AUTH_SECRET than this site's: .*recovery codes still sign in/)]);

    // And so it is: under another secret the password and a recovery code sign in, the authenticator's code does not.
    const restored = createDb(database.url, 1);
    clients.push(restored);
    const saved = process.env.AUTH_SECRET;
    process.env.AUTH_SECRET = 'another secret of the newsroom';
    try {
      const ip = randomUUID();
      expect(await checkLogin(restored, { email: staff.email, password: PASSWORD, ip, code: appCode(staff.key, 1) })).toEqual({ kind: 'badCode' });
      expect(await checkLogin(restored, { email: staff.email, password: PASSWORD, ip, code: staff.recoveryCodes[1]! })).toMatchObject({ kind: 'ok' });
    } finally {
      process.env.AUTH_SECRET = saved;
    }
  });
});

describe('a restore that cannot be done', () => {
  async function unchanged(attempt: () => Promise<unknown>, message: RegExp) {
    const before = await contentChecksums(db);
    const mediaBefore = await mediaChecksums(sourceMedia);
    await expect(attempt()).rejects.toThrow(message);
    expect(await contentChecksums(db)).toEqual(before);
    expect(await mediaChecksums(sourceMedia)).toEqual(mediaBefore);
    expect((await listFiles(work)).filter((f) => f.includes('.restore-'))).toEqual([]);
  }
  const into = (file: string, replace = true) => () => restoreBackup({ databaseUrl: source.url, file, mediaDir: sourceMedia, replace });

  it('refuses a database that holds content, unless told to replace it', async () => {
    await unchanged(into(backupFile, false), /there is content to replace: \d+ tables of the database hold rows \(.*\) and the media folder .* holds \d+ files\. Add --replace/);
    await restoreBackup({ databaseUrl: source.url, file: backupFile, mediaDir: sourceMedia, replace: true });
    const { rows } = await sql<{ n: number }>`select count(*)::int as n from recovery_codes where used_at is not null`.execute(db);
    expect(rows[0]!.n).toBe(0);
  });

  it('refuses to replace a media folder unasked, even for an empty database', async () => {
    const { database } = await newDatabase();
    const media = path.join(work, 'kept-media');
    await mkdir(media);
    await writeFile(path.join(media, 'upload.jpg'), 'an upload no database names');
    await expect(restoreBackup({ databaseUrl: database.url, file: backupFile, mediaDir: media })).rejects.toThrow(
      `there is content to replace: the media folder ${media} holds 1 file. Add --replace`,
    );
    expect(await readFile(path.join(media, 'upload.jpg'), 'utf8')).toBe('an upload no database names');
  });

  it('refuses a truncated backup and changes nothing', async () => {
    const cut = path.join(work, 'truncated.tar.gz');
    await copyFile(backupFile, cut);
    const { size } = await import('node:fs').then((fs) => fs.statSync(cut));
    await truncate(cut, Math.floor(size / 2));
    await unchanged(into(cut), /truncated\.tar\.gz cannot be read as a newsroom backup: it is cut short \(truncated\)/);
  });

  it('refuses a file that is not a backup, and a tar file without a manifest, and changes nothing', async () => {
    const text = path.join(work, 'notes.txt');
    await writeFile(text, 'these are not the backups you are looking for\n'.repeat(100));
    await unchanged(into(text), /notes\.txt cannot be read as a newsroom backup: it is not a gzip'd tar file/);

    const other = path.join(work, 'other');
    await mkdir(other);
    await writeFile(path.join(other, 'readme.md'), 'hello');
    const otherTar = path.join(work, 'other.tar.gz');
    await tar.c({ gzip: true, file: otherTar, cwd: other }, ['readme.md']);
    await unchanged(into(otherTar), /other\.tar\.gz is not a newsroom backup: it does not begin with a manifest\.json/);
  });

  it('refuses a backup whose data was altered', async () => {
    const unpacked = path.join(work, 'altered');
    await mkdir(unpacked);
    await tar.x({ file: backupFile, cwd: unpacked });
    const users = path.join(unpacked, 'data', 'users.copy');
    await writeFile(users, (await readFile(users, 'utf8')).replace('Backed Up', 'Backed Uq'));
    const altered = path.join(work, 'altered.tar.gz');
    await tar.c({ gzip: true, file: altered, cwd: unpacked }, ['manifest.json', 'data', 'media']);
    await unchanged(into(altered), /altered\.tar\.gz is damaged: data\/users\.copy differs from its manifest/);
  });

  it('refuses a database at another migration unless told to replace it', async () => {
    const { database, db: older } = await newDatabase();
    await migrateWithin(older, knownMigrations().at(-3)!);
    await expect(restoreBackup({ databaseUrl: database.url, file: backupFile, mediaDir: path.join(work, 'older-media') })).rejects.toThrow(
      `the database is at migration ${knownMigrations().at(-3)}, the backup at ${knownMigrations().at(-1)}: restore into an empty database, or add --replace`,
    );
    await restoreBackup({ databaseUrl: database.url, file: backupFile, mediaDir: path.join(work, 'older-media'), replace: true });
    expect((await contentChecksums(older)).articles).toBe((await contentChecksums(db)).articles);
  });
});
