import { createHash, randomUUID } from 'node:crypto';
import { writeFile, mkdir } from 'node:fs/promises';
import path from 'node:path';
import { sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import { getDb } from '@/lib/db/client';
import { tinyPng, withTemporaryMediaDir } from '@/test/images';
import { up } from './2026_12_01_20_media_variants';

withTemporaryMediaDir();
class Rollback extends Error {}
const sha = (bytes: Uint8Array | string) => createHash('sha256').update(bytes).digest('hex').slice(0, 16);

describe('the media content hash migration', () => {
  it('hashes the stored file of an older upload, or its key when the file is not here', async () => {
    const folder = process.env.NEWSROOM_MEDIA_DIR!;
    const present = `${randomUUID()}.png`;
    const absent = `${randomUUID()}.jpg`;
    const png = tinyPng(3, 3);
    await mkdir(folder, { recursive: true });
    await writeFile(path.join(folder, present), png);
    // Run again on the table as it was before, inside a transaction that is rolled back: DDL is transactional here.
    await expect(
      getDb()
        .transaction()
        .execute(async (trx) => {
          await sql`alter table media drop column content_hash`.execute(trx);
          await sql`insert into media (storage_key, mime_type, width, height, byte_size) values (${present}, 'image/png', 3, 3, 70), (${absent}, 'image/jpeg', 2, 2, 90)`.execute(trx);
          await up(trx);
          const rows = await sql<{ storage_key: string; content_hash: string }>`select storage_key, content_hash from media where storage_key in (${present}, ${absent})`.execute(trx);
          expect(Object.fromEntries(rows.rows.map((r) => [r.storage_key, r.content_hash]))).toEqual({ [present]: sha(png), [absent]: sha(absent) });
          throw new Rollback();
        }),
    ).rejects.toThrow(Rollback);
  });
});
