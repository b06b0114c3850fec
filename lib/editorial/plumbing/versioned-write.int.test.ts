import { sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import { getDb } from '@/lib/db/client';
import { versionedWrite } from '@/lib/editorial/plumbing/versioned-write';

const key = (name: string) => `versioned-write-${name}-${Date.now().toString(36)}`;

async function setting(name: string) {
  return getDb().selectFrom('site_settings').select(['value', 'version']).where('key', '=', name).executeTakeFirst();
}

/** Bumps a setting if it is still at `version`, after writing another one in the same transaction. */
function bump(name: string, version: number, alongside: string) {
  return versionedWrite((current) =>
    getDb()
      .transaction()
      .execute(async (trx) => {
        await trx.insertInto('site_settings').values({ key: alongside, value: '"written alongside"' }).execute();
        return current(
          await trx
            .updateTable('site_settings')
            .set({ value: '"second"', version: sql`version + 1` })
            .where('key', '=', name)
            .where('version', '=', version)
            .returning('version')
            .executeTakeFirst(),
        ).version;
      }),
  );
}

describe('versionedWrite', () => {
  it('writes at the version seen, and on a stale one answers conflict and rolls back everything written with it', async () => {
    const name = key('row');
    await getDb().insertInto('site_settings').values({ key: name, value: '"first"' }).execute();
    expect(await bump(name, 1, key('fresh'))).toEqual({ ok: true, data: 2 });

    const alongside = key('stale');
    expect(await bump(name, 1, alongside)).toEqual({ ok: false, errors: { form: 'conflict' } });
    expect(await setting(name)).toEqual({ value: 'second', version: 2 });
    expect(await setting(alongside)).toBeUndefined();
  });

  it('turns unique and foreign-key violations into the messages given, and throws them when none is', async () => {
    const name = key('unique');
    await getDb().insertInto('site_settings').values({ key: name, value: '1' }).execute();
    const duplicate = () => getDb().insertInto('site_settings').values({ key: name, value: '2' }).execute();
    expect(await versionedWrite(duplicate, { unique: { slug: 'slugTaken' } })).toEqual({ ok: false, errors: { slug: 'slugTaken' } });
    await expect(versionedWrite(duplicate)).rejects.toMatchObject({ code: '23505' });

    const dangling = () => getDb().insertInto('article_tags').values({ article_id: 2_000_000_000, tag_id: 2_000_000_000, position: 0 }).execute();
    expect(await versionedWrite(dangling, { reference: { form: 'invalid' } })).toEqual({ ok: false, errors: { form: 'invalid' } });
    await expect(versionedWrite(dangling, { unique: { slug: 'slugTaken' } })).rejects.toMatchObject({ code: '23503' });
  });
});
