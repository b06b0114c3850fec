import 'server-only';
import { sql } from 'kysely';
import { z } from 'zod';
import type { Staff } from '@/lib/auth/sessions';
import { revalidateEverything } from '@/lib/cache/revalidate';
import { getDb } from '@/lib/db/client';
import { locales, type Locale } from '@/lib/i18n/locales';
import { slugify } from '@/lib/i18n/slugify';
import { audit } from '@/lib/audit/write';
import type { ActionResult } from '@/lib/editorial/shared/result';
import { versionedWrite } from '@/lib/editorial/plumbing/versioned-write';
import type { EditableTerm, TermKind } from '@/lib/editorial/shared/term';
import { recordId, recordVersion } from '@/lib/editorial/plumbing/fields';
import { MAX_LENGTH } from '@/lib/editorial/shared/limits';

export type { EditableTerm, TermKind } from '@/lib/editorial/shared/term';

const TABLES = {
  category: { table: 'categories', translations: 'category_translations', column: 'category_id' },
  tag: { table: 'tags', translations: 'tag_translations', column: 'tag_id' },
} as const;

export async function listTermsForEditing(kind: TermKind): Promise<EditableTerm[]> {
  const { table, translations, column } = TABLES[kind];
  const db = getDb();
  const terms = await db.selectFrom(table).select(['id', 'version']).orderBy('id').execute();
  const names = await sql<{ id: number; locale: Locale; name: string; slug: string }>`
    select ${sql.ref(column)} as id, locale, name, slug from ${sql.table(translations)}`.execute(db);
  return terms.map((term) => ({
    id: term.id,
    version: term.version,
    names: Object.fromEntries(
      locales.map((locale) => {
        const row = names.rows.find((n) => n.id === term.id && n.locale === locale);
        return [locale, { name: row?.name ?? '', slug: row?.slug ?? '' }];
      }),
    ) as EditableTerm['names'],
  }));
}

/** At most this many terms on one page of the taxonomy's search; the search narrows the rest. */
export const TERM_PAGE_SIZE = 50;

/**
 * Categories or tags whose name or slug in any language contains `q` (all of them when empty), by id, at most
 * TERM_PAGE_SIZE, and how many match in all.
 */
export async function searchTermsForEditing(kind: TermKind, q: string): Promise<{ terms: EditableTerm[]; total: number }> {
  const { table, translations, column } = TABLES[kind];
  const db = getDb();
  const like = `%${q.trim().replace(/[\\%_]/g, '\\$&')}%`;
  const matching = sql<{ id: number; version: number; total: string }>`
    select t.id, t.version, count(*) over () as total from ${sql.table(table)} t
    where ${q.trim() ? sql`exists (select 1 from ${sql.table(translations)} n where n.${sql.ref(column)} = t.id and (n.name ilike ${like} or n.slug ilike ${like}))` : sql`true`}
    order by t.id limit ${TERM_PAGE_SIZE}`;
  const rows = (await matching.execute(db)).rows;
  if (rows.length === 0) return { terms: [], total: 0 };
  const names = await sql<{ id: number; locale: Locale; name: string; slug: string }>`
    select ${sql.ref(column)} as id, locale, name, slug from ${sql.table(translations)} where ${sql.ref(column)} in (${sql.join(rows.map((r) => r.id))})`.execute(db);
  return { terms: rows.map((row) => termWithNames(row, names.rows)), total: Number(rows[0]!.total) };
}

/** One category or tag for its edit page; null when there is none. */
export async function getTermForEditing(kind: TermKind, id: number): Promise<EditableTerm | null> {
  const { table, translations, column } = TABLES[kind];
  const db = getDb();
  const term = await db.selectFrom(table).select(['id', 'version']).where('id', '=', id).executeTakeFirst();
  if (!term) return null;
  const names = await sql<{ id: number; locale: Locale; name: string; slug: string }>`
    select ${sql.ref(column)} as id, locale, name, slug from ${sql.table(translations)} where ${sql.ref(column)} = ${id}`.execute(db);
  return termWithNames(term, names.rows);
}

function termWithNames(term: { id: number; version: number }, names: { id: number; locale: Locale; name: string; slug: string }[]): EditableTerm {
  return {
    id: term.id,
    version: term.version,
    names: Object.fromEntries(
      locales.map((locale) => {
        const row = names.find((n) => n.id === term.id && n.locale === locale);
        return [locale, { name: row?.name ?? '', slug: row?.slug ?? '' }];
      }),
    ) as EditableTerm['names'],
  };
}

const slug = z.string().trim().max(MAX_LENGTH.termSlug, 'tooLong').regex(/^([a-z0-9]+(-[a-z0-9]+)*)?$/, 'invalidSlug');
const name = z.string().trim().min(1, 'required').max(MAX_LENGTH.termName, 'tooLong');
const optionalName = z.string().trim().max(MAX_LENGTH.termName, 'tooLong');

/** A new category's names and slugs: a section of every language's site, so named in every language. */
export const categoryNamesSchema = z.object({ name_ru: name, name_az: name, name_en: name, slug_ru: slug, slug_az: slug, slug_en: slug });

/**
 * A category's or tag's names and slugs. A category needs every name; a tag needs one, the others may wait for their
 * translation (readers of a language see the tag once it has a name there).
 */
export const termSchema = z
  .object({
    kind: z.enum(['category', 'tag']),
    id: recordId.or(z.literal('0').transform(() => 0)),
    version: recordVersion,
    name_ru: optionalName,
    name_az: optionalName,
    name_en: optionalName,
    slug_ru: slug,
    slug_az: slug,
    slug_en: slug,
  })
  .superRefine((term, context) => {
    const missing = locales.filter((locale) => !term[`name_${locale}`]);
    const required = term.kind === 'category' || missing.length === locales.length ? missing : [];
    for (const locale of required) context.addIssue({ code: 'custom', path: [`name_${locale}`], message: 'required' });
  });

/**
 * Creates (id 0) or renames a category or tag in all three languages; an empty slug is made from the name. Names show
 * on every page (navigation, article pages), so every cached page is marked stale afterwards.
 */
export async function saveTerm(staff: Staff, input: z.output<typeof termSchema>): Promise<ActionResult<{ id: number }>> {
  const { table, translations, column } = TABLES[input.kind];
  const rows = locales.flatMap((locale) => {
    const termName = input[`name_${locale}`];
    return termName ? [{ locale, name: termName, slug: input[`slug_${locale}`] || slugify(termName, locale) }] : [];
  });
  // A tag's name left empty is a translation pending again.
  const unnamed = locales.filter((locale) => !rows.some((row) => row.locale === locale));
  const saved = await versionedWrite(
    (current) =>
      getDb()
        .transaction()
        .execute(async (trx) => {
          const written =
            input.id === 0
              ? await sql<{ id: number }>`insert into ${sql.table(table)} (key) values (${`${rows[0]!.slug}-${Date.now().toString(36)}`}) returning id`.execute(trx)
              : await sql<{ id: number }>`update ${sql.table(table)} set version = version + 1, updated_at = now()
                  where id = ${input.id} and version = ${input.version} returning id`.execute(trx);
          const termId = current(written.rows[0]).id;
          for (const row of rows) {
            await sql`insert into ${sql.table(translations)} (${sql.ref(column)}, locale, name, slug)
              values (${termId}, ${row.locale}, ${row.name}, ${row.slug})
              on conflict (${sql.ref(column)}, locale) do update set name = excluded.name, slug = excluded.slug`.execute(trx);
          }
          if (unnamed.length) {
            await sql`delete from ${sql.table(translations)} where ${sql.ref(column)} = ${termId} and locale in (${sql.join(unnamed)})`.execute(trx);
          }
          await audit(trx, staff.id, { action: 'term', entity: input.kind, entityId: termId });
          return termId;
        }),
    { unique: { form: 'slugTaken' } },
  );
  if (!saved.ok) return saved;
  revalidateEverything();
  return { ok: true, data: { id: saved.data } };
}
