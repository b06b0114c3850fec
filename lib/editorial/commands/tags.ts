import 'server-only';
import { randomUUID } from 'node:crypto';
import { sql } from 'kysely';
import { z } from 'zod';
import type { Staff } from '@/lib/auth/sessions';
import { audit } from '@/lib/audit/write';
import { getDb } from '@/lib/db/client';
import { locales, type Locale } from '@/lib/i18n/locales';
import { slugify } from '@/lib/i18n/slugify';
import type { ActionResult } from '@/lib/editorial/shared/result';
import { MAX_LENGTH } from '@/lib/editorial/shared/limits';
import type { TypedTag } from '@/lib/editorial/shared/typed-tag';

/** At most this many tags are offered for what an editor has typed. */
export const TAG_SUGGESTIONS = 10;

/** `%` and `_` are letters in what an editor types, not wildcards. */
const literal = (text: string) => text.replace(/[\\%_]/g, '\\$&');

/**
 * A tag as the story's editor sees it: its name in the story's language, or, while that is pending, in the first
 * language that has one; and the languages it has no name in yet (readers of those do not see it).
 */
const typedTag = (locale: Locale) => sql<TypedTag>`
  json_build_object(
    'id', t.id,
    'name', (select n.name from tag_translations n where n.tag_id = t.id
             order by n.locale = ${locale} desc, array_position(${sql.val([...locales])}::text[], n.locale) limit 1),
    'pending', array(select l from unnest(${sql.val([...locales])}::text[]) as l
                     where not exists (select 1 from tag_translations n where n.tag_id = t.id and n.locale = l)))`;

/**
 * Tags for what an editor is typing: those with a word of their name, in any language, starting with `text`. Names in
 * the story's language come first, so a tag made from a Russian story is found, and not made twice, from an
 * Azerbaijani one; a tag with a name, in any language, that is just what was typed says so (`exact`), and no other is
 * offered to be made. The caller checks the session and role.
 */
export async function suggestTags(locale: Locale, text: string): Promise<TypedTag[]> {
  const start = text.trim().slice(0, MAX_LENGTH.termName);
  if (!start) return [];
  const prefix = `${literal(start)}%`;
  const word = `% ${literal(start)}%`;
  const rows = await sql<{ tag: TypedTag; exact: boolean }>`
    select ${typedTag(locale)} as tag,
      exists (select 1 from tag_translations n where n.tag_id = t.id and lower(n.name) = lower(${start})) as exact
    from tags t
    where exists (select 1 from tag_translations n where n.tag_id = t.id and (n.name ilike ${prefix} or n.name ilike ${word}))
    order by exists (select 1 from tag_translations n where n.tag_id = t.id and n.locale = ${locale} and n.name ilike ${prefix}) desc,
             (select n.name from tag_translations n where n.tag_id = t.id order by n.locale = ${locale} desc limit 1)
    limit ${TAG_SUGGESTIONS}`.execute(getDb());
  return rows.rows.map((row) => (row.exact ? { ...row.tag, exact: true } : row.tag));
}

/** The story's tags, in its order, for its editor. */
export async function tagsForEditor(locale: Locale, ids: number[]): Promise<TypedTag[]> {
  if (ids.length === 0) return [];
  const rows = await sql<{ tag: TypedTag }>`
    select ${typedTag(locale)} as tag from tags t where t.id in (${sql.join(ids)})`.execute(getDb());
  const byId = new Map(rows.rows.map((row) => [row.tag.id, row.tag]));
  return ids.flatMap((id) => byId.get(id) ?? []);
}

export const newTagSchema = z.object({
  locale: z.enum(locales),
  name: z.string().trim().min(1, 'required').max(MAX_LENGTH.termName, 'tooLong'),
});

/** Thrown inside the transaction to undo the new tag when its name was taken meanwhile. */
class TakenMeanwhile extends Error {}

/**
 * A tag typed in a story, made on the spot: named in the story's language only, its other names pending until someone
 * gives them on its page in the taxonomy. A tag of that name (or slug) in that language is the one answered, never a
 * second one. The story's own save links it; until then nothing on the reader side changes.
 */
export async function createTag(staff: Staff, input: z.output<typeof newTagSchema>): Promise<ActionResult<TypedTag>> {
  const slug = slugify(input.name, input.locale).slice(0, MAX_LENGTH.termSlug).replace(/-+$/, '');
  if (!slug) return { ok: false, errors: { tagName: 'noLetters' } };
  const db = getDb();
  const existing = async () => {
    const found = await db
      .selectFrom('tag_translations')
      .select('tag_id')
      .where('locale', '=', input.locale)
      .where((eb) => eb.or([eb('slug', '=', slug), eb(sql`lower(name)`, '=', input.name.toLowerCase())]))
      .orderBy(sql`slug = ${slug}`, 'desc')
      .executeTakeFirst();
    return found ? (await tagsForEditor(input.locale, [found.tag_id]))[0] ?? null : null;
  };
  const already = await existing();
  if (already) return { ok: true, data: already };
  try {
    const id = await db.transaction().execute(async (trx) => {
      const { id: tagId } = await trx
        .insertInto('tags')
        .values({ key: `${slug.slice(0, 80)}-${randomUUID().slice(0, 8)}` })
        .returning('id')
        .executeTakeFirstOrThrow();
      const named = await trx
        .insertInto('tag_translations')
        .values({ tag_id: tagId, locale: input.locale, name: input.name, slug })
        .onConflict((oc) => oc.columns(['locale', 'slug']).doNothing())
        .returning('tag_id')
        .executeTakeFirst();
      if (!named) throw new TakenMeanwhile();
      await audit(trx, staff.id, { action: 'term', entity: 'tag', entityId: tagId, locale: input.locale, details: { created: 'fromStory', name: input.name } });
      return tagId;
    });
    return { ok: true, data: { id, name: input.name, pending: locales.filter((l) => l !== input.locale) } };
  } catch (error) {
    if (!(error instanceof TakenMeanwhile)) throw error;
    const taken = await existing();
    return taken ? { ok: true, data: taken } : { ok: false, errors: { form: 'conflict' } };
  }
}
