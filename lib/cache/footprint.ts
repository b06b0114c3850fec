import 'server-only';
import { getDb } from '@/lib/db/client';
import type { Locale } from '@/lib/i18n/locales';

/**
 * Everything about an article that decides which cached pages show it: its slug in each locale (whatever the state),
 * and the slugs of its category, tags and author there. Taken before and after a change, the two footprints name
 * every page the change can touch (an old slug, a category it left).
 */
export interface ArticleFootprint {
  id: number;
  locales: {
    locale: Locale;
    slug: string;
    published: boolean;
    category: string;
    tags: string[];
  }[];
  author: string;
}

export async function articleFootprint(id: number): Promise<ArticleFootprint | null> {
  const db = getDb();
  const article = await db
    .selectFrom('articles as a')
    .innerJoin('authors as au', 'au.id', 'a.author_id')
    .select(['a.id', 'a.category_id', 'au.slug as author'])
    .where('a.id', '=', id)
    .executeTakeFirst();
  if (!article) return null;

  const [translations, categories, tags] = await Promise.all([
    db.selectFrom('article_translations').select(['locale', 'slug', 'status']).where('article_id', '=', id).execute(),
    db.selectFrom('category_translations').select(['locale', 'slug']).where('category_id', '=', article.category_id).execute(),
    db
      .selectFrom('article_tags as at')
      .innerJoin('tag_translations as tt', 'tt.tag_id', 'at.tag_id')
      .select(['tt.locale', 'tt.slug'])
      .where('at.article_id', '=', id)
      .execute(),
  ]);

  return {
    id,
    author: article.author,
    locales: translations.map((t) => ({
      locale: t.locale,
      slug: t.slug,
      published: t.status === 'published',
      category: categories.find((c) => c.locale === t.locale)?.slug ?? '',
      tags: tags.filter((tag) => tag.locale === t.locale).map((tag) => tag.slug),
    })),
  };
}
