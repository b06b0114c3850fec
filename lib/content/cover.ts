import 'server-only';
import { cache } from 'react';
import { getReaderDb } from '@/lib/db/client';
import type { Locale } from '@/lib/i18n/locales';

/** The article's cover from the media library, with this language's alt text and caption. */
export interface Cover {
  mediaId: number;
  /** Of the cleaned original, as in its variants' URLs. */
  hash: string;
  width: number;
  height: number;
  alt: string;
  caption: string | null;
}

/** An article's cover with the alt text and caption of one language, or null when it has none. */
export const getArticleCover = cache(async (articleId: number, locale: Locale): Promise<Cover | null> => {
  const row = await getReaderDb()
    .selectFrom('articles as a')
    .innerJoin('media as m', 'm.id', 'a.cover_media_id')
    .leftJoin('article_translations as t', (join) => join.onRef('t.article_id', '=', 'a.id').on('t.locale', '=', locale))
    .select(['m.id', 'm.content_hash', 'm.width', 'm.height', 't.cover_alt', 't.cover_caption'])
    .where('a.id', '=', articleId)
    .executeTakeFirst();
  return row ? { mediaId: row.id, hash: row.content_hash, width: row.width, height: row.height, alt: row.cover_alt ?? '', caption: row.cover_caption || null } : null;
});
