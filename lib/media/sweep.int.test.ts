import { randomUUID } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdir, readdir, rm, utimes, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { sql } from 'kysely';
import { getDb } from '@/lib/db/client';
import { noisyPhoto, withTemporaryMediaDir } from '@/test/images';
import { mediaDir, ORPHANED, STAGING } from './files';
import { storeImage } from './store';
import { SWEEP_AFTER_MS, sweepMedia } from './sweep';

withTemporaryMediaDir();

// The sweeps run as if it were an hour and more from now: the test database is seconds old, and the sweep leaves
// alone any folder older than its database.
const LATER = Date.now() + SWEEP_AFTER_MS + 120_000;

/** A folder `ageMs` old by the time of the sweeps. */
async function folder(parent: string, ageMs: number): Promise<string> {
  const dir = path.join(parent, randomUUID());
  await mkdir(path.join(dir, '0123456789abcdef'), { recursive: true });
  await writeFile(path.join(dir, '0123456789abcdef', 'original.jpg'), 'x');
  const at = new Date(LATER - ageMs);
  await utimes(dir, at, at);
  return dir;
}

describe('the media sweep', () => {
  it('removes old staging folders and old folders no row names, and nothing an upload may still be writing or a row uses', async () => {
    const old = SWEEP_AFTER_MS + 60_000;
    const stored = await storeImage(new Uint8Array(await noisyPhoto(64, 48)), null);
    if (!stored.ok) throw new Error(stored.error);
    const row = await getDb().selectFrom('media').select('storage_key').where('id', '=', stored.id).executeTakeFirstOrThrow();
    const used = path.join(mediaDir(), row.storage_key.split('/')[0]!);
    const at = new Date(LATER - old);
    await utimes(used, at, at);
    const legacyKey = randomUUID();
    await getDb()
      .insertInto('media')
      .values({ storage_key: `${legacyKey}.jpg`, content_hash: '0123456789abcdef', mime_type: 'image/jpeg', width: 1, height: 1, byte_size: 1 })
      .execute();
    const legacyVariants = path.join(mediaDir(), legacyKey);
    await mkdir(legacyVariants);
    await utimes(legacyVariants, at, at);

    const staleStaging = await folder(path.join(mediaDir(), STAGING), old);
    const freshStaging = await folder(path.join(mediaDir(), STAGING), 1_000);
    const orphan = await folder(mediaDir(), old);
    const freshOrphan = await folder(mediaDir(), 1_000);

    const swept = await sweepMedia(LATER);
    expect(swept.staging).toBeGreaterThanOrEqual(1);
    expect(swept.orphaned).toBeGreaterThanOrEqual(1);
    expect([staleStaging, orphan].map(existsSync)).toEqual([false, false]);
    // Set aside, not deleted: a folder no row names may be an upload a restored backup does not know of.
    expect(existsSync(path.join(mediaDir(), ORPHANED, path.basename(orphan), '0123456789abcdef', 'original.jpg'))).toBe(true);
    expect([freshStaging, freshOrphan, used, legacyVariants].map(existsSync)).toEqual([true, true, true, true]);
  });

  it('leaves alone folders older than the database: a new database on a folder an earlier one filled', async () => {
    const { rows } = await sql<{ born: string }>`select min("timestamp") as born from kysely_migration`.execute(getDb());
    const earlier = await folder(mediaDir(), LATER - Date.parse(rows[0]!.born) + 60_000);
    await sweepMedia(LATER);
    expect(existsSync(earlier)).toBe(true);
    await rm(earlier, { recursive: true });
  });

  it('moves nothing when most folders are named by no row: the folder belongs to another database', async () => {
    const old = SWEEP_AFTER_MS + 60_000;
    // More strangers than all the folders the other tests' uploads left here.
    const present = (await readdir(mediaDir())).length;
    const strangers = await Promise.all(Array.from({ length: Math.max(11, present + 1) }, () => folder(mediaDir(), old)));
    await expect(sweepMedia(LATER)).rejects.toThrow(/folders .* are named by no row of this database; nothing was moved/);
    expect(strangers.every(existsSync)).toBe(true);
    await Promise.all(strangers.map((dir) => rm(dir, { recursive: true })));
  });
});
