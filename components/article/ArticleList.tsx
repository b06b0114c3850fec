import type { ArticleSummary } from '@/lib/content/articles';
import { formatShortDateTime } from '@/lib/i18n/format';
import { Link } from '@/lib/i18n/navigation';
import { articlePath, categoryPath } from '@/lib/i18n/paths';

/** A list of headlines, each with its category and time, as in the seed page's "related" and "latest" blocks. */
export function ArticleList({
  articles,
  withLead = false,
  showCategory = true,
}: {
  articles: ArticleSummary[];
  withLead?: boolean;
  showCategory?: boolean;
}) {
  return (
    <ul className="divide-y divide-neutral-200">
      {articles.map((article) => (
        <li key={article.id} className="py-3">
          <p className="flex gap-2 text-xs text-neutral-600">
            {showCategory ? (
              <Link href={categoryPath(article.category.slug)} className="font-semibold uppercase text-accent hover:underline">
                {article.category.name}
              </Link>
            ) : null}
            <time dateTime={article.publishedAt.toISOString()}>{formatShortDateTime(article.publishedAt, article.locale)}</time>
          </p>
          <h3 className="mt-1 font-semibold leading-snug">
            <Link href={articlePath(article.id, article.slug)} className="hover:text-accent hover:underline">
              {article.title}
            </Link>
          </h3>
          {withLead && article.lead ? <p className="mt-1 text-sm text-neutral-700">{article.lead}</p> : null}
        </li>
      ))}
    </ul>
  );
}
