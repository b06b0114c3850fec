import 'server-only';
import { sql, type Selectable } from 'kysely';
import { z } from 'zod';
import { serializeDocument } from '@/lib/editorial/shared/rich-text';
import { parseDocument } from '@/lib/document/schema';
import { getDb } from '@/lib/db/client';
import { translationStatuses } from '@/lib/db/enums';
import type { ArticleTranslationsTable, TranslationStatus } from '@/lib/db/schema';
import { locales, type Locale } from '@/lib/i18n/locales';
import type { Option } from '@/lib/editorial/shared/options';
import type { StaffUser } from '@/lib/editorial/shared/staff-user';
import { recordId } from '@/lib/editorial/plumbing/fields';

const PAGE_SIZE = 30;
const optionalId = recordId.optional().catch(undefined);

/** The list's filters from the query string; anything malformed is ignored rather than an error. */
export const articleFiltersSchema = z.object({
  status: z.enum(translationStatuses).optional().catch(undefined),
  locale: z.enum(locales).optional().catch(undefined),
  missing: z.enum(locales).optional().catch(undefined),
  category: optionalId,
  author: optionalId,
  q: z.string().trim().max(200).optional().catch(undefined),
  before: optionalId,
});
export type ArticleFilters = z.output<typeof articleFiltersSchema>;

export interface AdminArticleRow {
  id: number;
  category: string;
  author: string;
  updatedAt: Date;
  translations: { locale: Locale; title: string; status: TranslationStatus }[];
}

/** Articles for the newsroom's list, newest first, paged by id (keyset, never OFFSET). Names in the admin's locale. */
export async function listArticlesForAdmin(filters: ArticleFilters, uiLocale: Locale): Promise<{ rows: AdminArticleRow[]; next: number | null }> {
  const db = getDb();
  const translated = (locale: Locale | undefined, status: TranslationStatus | undefined, q: string | undefined) =>
    db
      .selectFrom('article_translations as t')
      .select('t.article_id')
      .where('t.article_id', '=', sql<number>`a.id`)
      .$if(locale !== undefined, (qb) => qb.where('t.locale', '=', locale!))
      .$if(status !== undefined, (qb) => qb.where('t.status', '=', status!))
      .$if(Boolean(q), (qb) => qb.where('t.title', 'ilike', `%${q!.replace(/[\\%_]/g, '\\$&')}%`));
  const articles = await db
    .selectFrom('articles as a')
    .innerJoin('category_translations as ct', (join) => join.onRef('ct.category_id', '=', 'a.category_id').on('ct.locale', '=', uiLocale))
    .innerJoin('author_translations as au', (join) => join.onRef('au.author_id', '=', 'a.author_id').on('au.locale', '=', uiLocale))
    .select(['a.id', 'a.updated_at', 'ct.name as category', 'au.name as author'])
    .$if(filters.status !== undefined || filters.locale !== undefined || Boolean(filters.q), (qb) =>
      qb.where(({ exists }) => exists(translated(filters.locale, filters.status, filters.q))),
    )
    .$if(filters.missing !== undefined, (qb) => qb.where(({ not, exists }) => not(exists(translated(filters.missing, undefined, undefined)))))
    .$if(filters.category !== undefined, (qb) => qb.where('a.category_id', '=', filters.category!))
    .$if(filters.author !== undefined, (qb) => qb.where('a.author_id', '=', filters.author!))
    .$if(filters.before !== undefined, (qb) => qb.where('a.id', '<', filters.before!))
    .orderBy('a.id', 'desc')
    .limit(PAGE_SIZE + 1)
    .execute();
  const page = articles.slice(0, PAGE_SIZE);
  const translations = page.length
    ? await db
        .selectFrom('article_translations')
        .select(['article_id', 'locale', 'title', 'status'])
        .where(
          'article_id',
          'in',
          page.map((a) => a.id),
        )
        .execute()
    : [];
  return {
    rows: page.map((a) => ({
      id: a.id,
      category: a.category,
      author: a.author,
      updatedAt: a.updated_at,
      translations: translations
        .filter((t) => t.article_id === a.id)
        .sort((x, y) => locales.indexOf(x.locale) - locales.indexOf(y.locale))
        .map(({ locale, title, status }) => ({ locale, title, status })),
    })),
    next: articles.length > PAGE_SIZE ? (page.at(-1)?.id ?? null) : null,
  };
}

/** The texts of one translation as the editor's form holds them. */
export interface TranslationText {
  title: string;
  slug: string;
  lead: string;
  body: string;
  seoTitle: string;
  seoDescription: string;
}

type TextColumns = Pick<Selectable<ArticleTranslationsTable>, 'title' | 'slug' | 'lead' | 'body' | 'seo_title' | 'seo_description'>;

/** A translation row's texts the way the editor's form holds them. */
export function translationText(row: TextColumns): TranslationText {
  return {
    title: row.title,
    slug: row.slug,
    lead: row.lead,
    body: serializeDocument(parseDocument(row.body)),
    seoTitle: row.seo_title ?? '',
    seoDescription: row.seo_description ?? '',
  };
}

export interface EditableTranslation extends TranslationText {
  version: number;
  status: TranslationStatus;
  publishedAt: Date | null;
}

export interface EditableArticle {
  id: number;
  version: number;
  categoryId: number;
  authorId: number;
  authorUserId: number | null;
  tagIds: number[];
  translations: Partial<Record<Locale, EditableTranslation>>;
}

export async function getArticleForEditor(id: number): Promise<EditableArticle | null> {
  const db = getDb();
  const article = await db
    .selectFrom('articles as a')
    .innerJoin('authors as au', 'au.id', 'a.author_id')
    .select(['a.id', 'a.version', 'a.category_id', 'a.author_id', 'au.user_id'])
    .where('a.id', '=', id)
    .executeTakeFirst();
  if (!article) return null;
  const [translations, tags] = await Promise.all([
    db.selectFrom('article_translations').selectAll().where('article_id', '=', id).execute(),
    db.selectFrom('article_tags').select('tag_id').where('article_id', '=', id).orderBy('position').execute(),
  ]);
  return {
    id: article.id,
    version: article.version,
    categoryId: article.category_id,
    authorId: article.author_id,
    authorUserId: article.user_id,
    tagIds: tags.map((t) => t.tag_id),
    translations: Object.fromEntries(
      translations.map((t) => [
        t.locale,
        {
          version: t.version,
          status: t.status,
          ...translationText(t),
          publishedAt: t.published_at,
        },
      ]),
    ),
  };
}

/** Categories and bylines to choose from, named in the admin's locale (tags are typed: lib/editorial/commands/tags.ts). */
export async function listEditorOptions(locale: Locale, keepAuthorId?: number): Promise<{ categories: Option[]; authors: Option[] }> {
  const db = getDb();
  const [categories, authors] = await Promise.all([
    db
      .selectFrom('categories as c')
      .innerJoin('category_translations as t', 't.category_id', 'c.id')
      .select(['c.id', 't.name'])
      .where('t.locale', '=', locale)
      .orderBy('c.position')
      .orderBy('c.id')
      .execute(),
    // A deactivated account's byline is not offered, unless it is the article's own already.
    db
      .selectFrom('author_translations as at')
      .innerJoin('authors as a', 'a.id', 'at.author_id')
      .leftJoin('users as u', 'u.id', 'a.user_id')
      .select(['at.author_id as id', 'at.name'])
      .where('at.locale', '=', locale)
      .where((eb) => eb.or([eb('u.active', 'is', null), eb('u.active', '=', true), ...(keepAuthorId ? [eb('a.id', '=', keepAuthorId)] : [])]))
      .orderBy('at.name')
      .execute(),
  ]);
  return { categories, authors };
}

export async function listStaffUsers(): Promise<StaffUser[]> {
  return getDb()
    .selectFrom('users')
    .select(['id', 'email', 'name', 'role', 'active'])
    .select(sql<boolean>`totp_enabled_at is not null`.as('twoFactor'))
    .orderBy('id')
    .execute();
}
