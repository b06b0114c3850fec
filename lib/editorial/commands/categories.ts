import 'server-only';
import { sql, type Kysely } from 'kysely';
import { z } from 'zod';
import type { Staff } from '@/lib/auth/sessions';
import { revalidateEverything } from '@/lib/cache/revalidate';
import { getDb } from '@/lib/db/client';
import type { Database } from '@/lib/db/schema';
import { locales } from '@/lib/i18n/locales';
import { slugify } from '@/lib/i18n/slugify';
import { audit } from '@/lib/audit/write';
import { fail, type ActionResult } from '@/lib/editorial/shared/result';
import { categoryNamesSchema } from '@/lib/editorial/commands/taxonomy';
import { existingVersion, recordId } from '@/lib/editorial/plumbing/fields';

/**
 * Creating, reordering and deleting sections. Each shows on every reader page (the navigation, the footer, a block on
 * home), so each marks every cached page stale once it is committed; the next request of any page renders anew.
 */

export const newCategorySchema = categoryNamesSchema;
export const moveCategorySchema = z.object({
  id: recordId,
  version: existingVersion,
  direction: z.enum(['up', 'down']),
});
export const deleteCategorySchema = z.object({
  id: recordId,
  version: existingVersion,
  // Empty: delete only if no article is filed under it.
  moveTo: z.union([z.literal('').transform(() => null), recordId]),
});

/** Thrown inside a transaction to roll it back; the key is what the editor is told. */
class Refusal extends Error {
  constructor(readonly key: 'conflict' | 'notFound' | 'categoryHasArticles' | 'sameCategory' | 'lastCategory') {
    super(key);
  }
}

async function refusing<T>(work: () => Promise<T>): Promise<ActionResult<T>> {
  try {
    const data = await work();
    revalidateEverything();
    return { ok: true, data };
  } catch (error) {
    if (error instanceof Refusal) return fail({ form: error.key });
    if (typeof error === 'object' && error !== null && (error as { code?: unknown }).code === '23505') return fail({ form: 'slugTaken' });
    throw error;
  }
}

/** A new section, last in the navigation; an empty slug is made from the name. */
export async function createCategory(staff: Staff, input: z.output<typeof newCategorySchema>): Promise<ActionResult<{ id: number }>> {
  const names = locales.map((locale) => {
    const name = input[`name_${locale}`];
    return { locale, name, slug: input[`slug_${locale}`] || slugify(name, locale) };
  });
  return refusing(() =>
    getDb()
      .transaction()
      .execute(async (trx) => {
        const last = await trx.selectFrom('categories').select((eb) => eb.fn.max('position').as('position')).executeTakeFirst();
        const enSlug = names.find((n) => n.locale === 'en')!.slug;
        const { id } = await trx
          .insertInto('categories')
          .values({ key: `${enSlug}-${Date.now().toString(36)}`, position: (last?.position ?? 0) + 1 })
          .returning('id')
          .executeTakeFirstOrThrow();
        await trx.insertInto('category_translations').values(names.map((n) => ({ category_id: id, ...n }))).execute();
        await audit(trx, staff.id, { action: 'create', entity: 'category', entityId: id });
        return { id };
      }),
  );
}

/**
 * The versioned write on the category the editor acted on: a stale version means someone else changed it meanwhile,
 * and nothing is written. Its row stays locked until the transaction ends.
 */
async function claimCategory(trx: Kysely<Database>, id: number, version: number): Promise<void> {
  const claimed = await trx
    .updateTable('categories')
    .set({ version: sql`version + 1`, updated_at: sql`now()` })
    .where('id', '=', id)
    .where('version', '=', version)
    .returning('id')
    .executeTakeFirst();
  if (claimed) return;
  const exists = await trx.selectFrom('categories').select('id').where('id', '=', id).executeTakeFirst();
  throw new Refusal(exists ? 'conflict' : 'notFound');
}

/**
 * Moves a section one place up or down the navigation (and the home page's blocks). Positions are written as 1…n in
 * the new order, so rows that shared a position (every section starts at 0) get a definite order too; only the rows
 * whose position changed get a new version, and the one moved always does.
 */
export async function moveCategory(staff: Staff, input: z.output<typeof moveCategorySchema>): Promise<ActionResult<{ order: number[] }>> {
  return refusing(() =>
    getDb()
      .transaction()
      .execute(async (trx) => {
        await claimCategory(trx, input.id, input.version);
        const rows = await trx.selectFrom('categories').select(['id', 'position']).orderBy('position').orderBy('id').forUpdate().execute();
        const from = rows.findIndex((row) => row.id === input.id);
        const to = input.direction === 'up' ? from - 1 : from + 1;
        if (to < 0 || to >= rows.length) return { order: rows.map((row) => row.id) };
        [rows[from], rows[to]] = [rows[to]!, rows[from]!];
        for (const [index, row] of rows.entries()) {
          if (row.position === index + 1) continue;
          const others = row.id === input.id ? {} : { version: sql<number>`version + 1`, updated_at: sql<Date>`now()` };
          await trx.updateTable('categories').set({ position: index + 1, ...others }).where('id', '=', row.id).execute();
        }
        const order = rows.map((row) => row.id);
        await audit(trx, staff.id, { action: 'reorder', entity: 'category', entityId: input.id, details: { direction: input.direction, order } });
        return { order };
      }),
  );
}

/**
 * Deletes a section. One with articles is refused unless the editor names the section they go to: then they are moved
 * there in the same transaction (each article's version goes up, so an editor with it open is told instead of
 * putting it back), and the audit entry lists them. The section's own pages then answer 404; every other page,
 * the moved articles' included, renders again without it.
 */
export async function deleteCategory(staff: Staff, input: z.output<typeof deleteCategorySchema>): Promise<ActionResult<{ moved: number }>> {
  return refusing(() =>
    getDb()
      .transaction()
      .execute(async (trx) => {
        await claimCategory(trx, input.id, input.version);
        const remaining = await trx.selectFrom('categories').select('id').where('id', '!=', input.id).execute();
        if (remaining.length === 0) throw new Refusal('lastCategory');
        const articles = await trx.selectFrom('articles').select('id').where('category_id', '=', input.id).orderBy('id').forUpdate().execute();
        if (articles.length > 0) {
          if (input.moveTo === null) throw new Refusal('categoryHasArticles');
          if (input.moveTo === input.id || !remaining.some((row) => row.id === input.moveTo)) throw new Refusal('sameCategory');
          await trx
            .updateTable('articles')
            .set({ category_id: input.moveTo, version: sql`version + 1`, updated_at: sql`now()` })
            .where('category_id', '=', input.id)
            .execute();
        }
        await trx.deleteFrom('categories').where('id', '=', input.id).execute();
        await audit(trx, staff.id, {
          action: 'delete',
          entity: 'category',
          entityId: input.id,
          details: { movedTo: articles.length > 0 ? input.moveTo : null, articles: articles.map((a) => a.id) },
        });
        return { moved: articles.length };
      }),
  );
}

/** Sections in navigation order, each with how many articles it files, for the admin to say what a delete would do. */
export async function categoryOverview(): Promise<{ id: number; articles: number }[]> {
  const rows = await getDb()
    .selectFrom('categories as c')
    .leftJoin('articles as a', 'a.category_id', 'c.id')
    .select(['c.id', (eb) => eb.fn.count<string>('a.id').as('articles')])
    .groupBy(['c.id', 'c.position'])
    .orderBy('c.position')
    .orderBy('c.id')
    .execute();
  return rows.map((row) => ({ id: row.id, articles: Number(row.articles) }));
}
