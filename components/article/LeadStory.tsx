import type { ReactNode } from 'react';
import { LiveMark } from '@/components/live/LiveMark';
import { Picture } from '@/components/media/Picture';
import type { ArticleSummary } from '@/lib/content/articles';
import { formatDateTime } from '@/lib/i18n/format';
import { Link } from '@/lib/i18n/navigation';
import { articlePath, categoryPath } from '@/lib/i18n/paths';

/** Home's first story: its picture large, then the headline and lead (and, for live coverage, its latest entries). */
export function LeadStory({ article, label, children }: { article: ArticleSummary; label: string; children?: ReactNode }) {
  return (
    <article aria-label={label} className="border-b border-neutral-200 pb-6">
      {article.image ? (
        <Link href={articlePath(article.id, article.slug)} tabIndex={-1} className="mb-4 block">
          {/* The first thing on home, above the fold: the page's largest picture, fetched first. */}
          <Picture
            image={article.image}
            alt={article.image.alt}
            sizes="(min-width: 1152px) 740px, (min-width: 1024px) 64vw, 100vw"
            priority
            className="aspect-video h-auto w-full rounded-sm bg-neutral-100 object-cover"
          />
        </Link>
      ) : null}
      <p className="flex flex-wrap gap-x-3 text-sm text-neutral-600">
        <Link href={categoryPath(article.category.slug)} className="font-semibold uppercase text-accent hover:underline">
          {article.category.name}
        </Link>
        <time dateTime={article.publishedAt.toISOString()}>{formatDateTime(article.publishedAt, article.locale)}</time>
        <LiveMark coverage={article.coverage} />
      </p>
      <h2 className="mt-2 font-serif text-2xl font-bold leading-tight sm:text-4xl">
        <Link href={articlePath(article.id, article.slug)} className="hover:text-accent">
          {article.title}
        </Link>
      </h2>
      <p className="mt-3 text-neutral-700 sm:text-lg">{article.lead}</p>
      {children}
    </article>
  );
}
