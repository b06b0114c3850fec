import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { getDb } from '@/lib/db/client';
import { locales } from '@/lib/i18n/locales';
import { getTermForEditing, searchTermsForEditing, TERM_PAGE_SIZE } from '@/lib/editorial/commands/taxonomy';

async function tag(names: Record<(typeof locales)[number], string>): Promise<number> {
  const db = getDb();
  const { id } = await db.insertInto('tags').values({ key: `t-${randomUUID()}` }).returning('id').executeTakeFirstOrThrow();
  await db
    .insertInto('tag_translations')
    .values(locales.map((locale) => ({ tag_id: id, locale, name: names[locale], slug: `${names.en.toLowerCase().replace(/\W+/g, '-')}-${id}` })))
    .execute();
  return id;
}

describe('finding a category or tag', () => {
  it('searches names and slugs in every language, literally, and opens one term for editing', async () => {
    const run = randomUUID().slice(0, 8);
    const id = await tag({ ru: `Шахматы ${run}`, az: `Şahmat ${run}`, en: `Chess ${run}` });
    expect((await searchTermsForEditing('tag', `Шахматы ${run}`)).terms.map((t) => t.id)).toEqual([id]);
    expect((await searchTermsForEditing('tag', `chess ${run}`)).terms.map((t) => t.id)).toEqual([id]);
    expect((await searchTermsForEditing('tag', `${run}-${id}`)).terms.map((t) => t.id)).toEqual([id]);
    // % and _ are letters here, not wildcards.
    expect((await searchTermsForEditing('tag', `%${run}`)).total).toBe(0);
    const all = await searchTermsForEditing('tag', '');
    expect(all.terms.length).toBeLessThanOrEqual(TERM_PAGE_SIZE);
    expect(all.total).toBeGreaterThanOrEqual(all.terms.length);
    expect((await getTermForEditing('tag', id))?.names.az.name).toBe(`Şahmat ${run}`);
    expect(await getTermForEditing('tag', 2_000_000_000)).toBeNull();
  });
});
