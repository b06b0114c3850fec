import { getPublishedArticle } from '@/lib/content/articles';
import { notFoundResponse } from '@/lib/crawlers/xml';
import { formatDateTime } from '@/lib/i18n/format';
import { isLocale } from '@/lib/i18n/locales';
import { parseArticleParam } from '@/lib/i18n/paths';
import { articleShareImage } from '@/lib/seo/share-image';

// Generated on first request, then served from the cache; changing the article revalidates it (lib/cache).
export const revalidate = 86400;

export async function GET(_request: Request, { params }: { params: Promise<{ locale: string; article: string }> }) {
  const { locale, article: param } = await params;
  const parsed = parseArticleParam(param);
  const article = parsed && isLocale(locale) ? await getPublishedArticle(parsed.id, locale) : null;
  if (!article || !isLocale(locale)) return notFoundResponse();
  return articleShareImage({ title: article.title, section: article.category.name.toLocaleUpperCase(locale), date: formatDateTime(article.publishedAt, locale) });
}
