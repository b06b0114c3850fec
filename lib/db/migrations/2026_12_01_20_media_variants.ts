import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { sql, type Kysely } from 'kysely';

// Migrations run on Kysely<any> and never import app code: they must keep working as the app changes.

/**
 * Each image's content hash: the hex prefix of the SHA-256 of its stored original, carried by its variants' URLs
 * (`/media/{id}/{hash}/{width}.{format}`) so that a URL names one set of bytes and can be cached forever.
 *
 * Rows stored before this have a flat key (`{uuid}.{ext}` in the media folder): their hash is that file's, or, when
 * the file cannot be read here (another machine's folder), the key's; such a row's variants are then never found and
 * answer 404, as for any row whose files are gone. With no media rows it is three quick statements.
 */
const BATCH = 500;
const LEGACY_KEY = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\.(?:png|jpg|gif|webp)$/;

const hash = (bytes: Uint8Array | string) => createHash('sha256').update(bytes).digest('hex').slice(0, 16);

async function hashOf(storageKey: string): Promise<string> {
  if (!LEGACY_KEY.test(storageKey)) return hash(storageKey);
  // Data written at run time, not a file of the build: never traced into the standalone server.
  const folder = process.env.NEWSROOM_MEDIA_DIR ?? path.join(/* turbopackIgnore: true */ process.cwd(), '.data', 'media');
  const bytes = await readFile(path.join(/* turbopackIgnore: true */ folder, storageKey)).catch(() => null);
  return hash(bytes ?? storageKey);
}

export async function up(db: Kysely<any>): Promise<void> {
  await sql`alter table media add column content_hash text`.execute(db);
  for (let after = 0; ; ) {
    const rows = await sql<{ id: number; storage_key: string }>`
      select id, storage_key from media where id > ${after} order by id limit ${BATCH}`.execute(db);
    if (rows.rows.length === 0) break;
    const ids = rows.rows.map((r) => r.id);
    const hashes = await Promise.all(rows.rows.map((r) => hashOf(r.storage_key)));
    await sql`update media m set content_hash = u.hash
      from unnest(${ids}::int[], ${hashes}::text[]) as u(id, hash) where m.id = u.id`.execute(db);
    after = ids[ids.length - 1]!;
  }
  await sql`alter table media alter column content_hash set not null,
    add constraint media_content_hash_format check (content_hash ~ '^[0-9a-f]{16}$')`.execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  await sql`alter table media drop column content_hash`.execute(db);
}
