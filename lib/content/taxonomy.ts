import 'server-only';
import { cache } from 'react';
import { getReaderDb } from '@/lib/db/client';
import type { Locale } from '@/lib/i18n/locales';

export interface Term {
  id: number;
  slug: string;
  name: string;
  /** The term's slug in every locale that names it, for the language switcher and hreflang. */
  translations: { locale: Locale; slug: string }[];
}

export interface CategoryLink {
  id: number;
  key: string;
  slug: string;
  name: string;
}

/** Categories in navigation order, named in one locale. */
export const listCategories = cache(async (locale: Locale): Promise<CategoryLink[]> => {
  return getReaderDb()
    .selectFrom('categories as c')
    .innerJoin('category_translations as ct', 'ct.category_id', 'c.id')
    .select(['c.id', 'c.key', 'ct.slug', 'ct.name'])
    .where('ct.locale', '=', locale)
    .orderBy('c.position')
    .orderBy('c.id')
    .execute();
});

async function translationsOf(table: 'category_translations' | 'tag_translations', column: 'category_id' | 'tag_id', id: number) {
  return getReaderDb()
    .selectFrom(table)
    .select(['locale', 'slug'])
    .where(column, '=', id)
    .orderBy('locale')
    .execute();
}

export const getCategory = cache(async (locale: Locale, slug: string): Promise<Term | null> => {
  const row = await getReaderDb()
    .selectFrom('category_translations')
    .select(['category_id as id', 'slug', 'name'])
    .where('locale', '=', locale)
    .where('slug', '=', slug)
    .executeTakeFirst();
  if (!row) return null;
  return { ...row, translations: await translationsOf('category_translations', 'category_id', row.id) };
});

export const getTag = cache(async (locale: Locale, slug: string): Promise<Term | null> => {
  const row = await getReaderDb()
    .selectFrom('tag_translations')
    .select(['tag_id as id', 'slug', 'name'])
    .where('locale', '=', locale)
    .where('slug', '=', slug)
    .executeTakeFirst();
  if (!row) return null;
  return { ...row, translations: await translationsOf('tag_translations', 'tag_id', row.id) };
});

export interface AuthorProfile extends Term {
  bio: string;
}

export const getAuthor = cache(async (locale: Locale, slug: string): Promise<AuthorProfile | null> => {
  const db = getReaderDb();
  const row = await db
    .selectFrom('authors as a')
    .innerJoin('author_translations as at', 'at.author_id', 'a.id')
    .select(['a.id', 'a.slug', 'at.name', 'at.bio'])
    .where('at.locale', '=', locale)
    .where('a.slug', '=', slug)
    .executeTakeFirst();
  if (!row) return null;
  const locales = await db.selectFrom('author_translations').select('locale').where('author_id', '=', row.id).execute();
  return { ...row, translations: locales.map(({ locale: l }) => ({ locale: l, slug: row.slug })) };
});

/** Slugs of every category and tag per locale, for prerendering at build time. */
export async function listTermParams(kind: 'category' | 'tag'): Promise<{ locale: Locale; slug: string }[]> {
  const table = kind === 'category' ? 'category_translations' : 'tag_translations';
  return getReaderDb().selectFrom(table).select(['locale', 'slug']).execute();
}

export async function listAuthorParams(): Promise<{ locale: Locale; slug: string }[]> {
  return getReaderDb()
    .selectFrom('authors as a')
    .innerJoin('author_translations as at', 'at.author_id', 'a.id')
    .select(['at.locale', 'a.slug'])
    .execute();
}
