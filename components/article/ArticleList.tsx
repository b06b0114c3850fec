import { LiveMark } from '@/components/live/LiveMark';
import { Picture } from '@/components/media/Picture';
import type { ArticleSummary } from '@/lib/content/articles';
import { formatShortDateTime } from '@/lib/i18n/format';
import { Link } from '@/lib/i18n/navigation';
import { articlePath, categoryPath } from '@/lib/i18n/paths';

/**
 * How a list shows its stories, as the portals do:
 * - `rows`: a picture beside the headline and lead (section, tag, author and latest pages, search);
 * - `compact`: a small picture beside the headline (sidebars: latest, a section block's later stories);
 * - `cards`: a picture above the headline, in a grid (home's top stories, related news); on a phone, a row like
 *   `compact`, so the first screen shows several stories rather than one picture.
 * A story without a picture keeps the same text column, without the picture's place.
 */
export type ListLayout = 'rows' | 'compact' | 'cards';

const SIZES: Record<ListLayout, string> = {
  rows: '(min-width: 640px) 224px, 112px',
  compact: '96px',
  cards: '(min-width: 1024px) 360px, (min-width: 640px) 50vw, 112px',
};

const PICTURE: Record<ListLayout, string> = {
  rows: 'w-28 shrink-0 sm:w-56',
  compact: 'w-24 shrink-0',
  cards: 'w-28 shrink-0 sm:mb-3 sm:w-auto',
};

export function ArticleList({
  articles,
  layout = 'compact',
  withLead = false,
  showCategory = true,
  className = '',
  headingLevel = 3,
  columns = 2,
}: {
  articles: ArticleSummary[];
  layout?: ListLayout;
  withLead?: boolean;
  showCategory?: boolean;
  className?: string;
  /** 2 where the list sits right under the page's h1 (a listing page), 3 under a section heading. */
  headingLevel?: 2 | 3;
  /** Of a `cards` grid from 640 px up (three from 1024 px when 3). */
  columns?: 1 | 2 | 3;
}) {
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  const grid = { 1: '', 2: 'sm:grid-cols-2', 3: 'sm:grid-cols-2 lg:grid-cols-3' }[columns];
  const list =
    layout === 'cards'
      ? `grid divide-y divide-neutral-200 sm:gap-x-6 sm:gap-y-6 sm:divide-y-0 ${grid} ${className}`
      : `divide-y divide-neutral-200 ${className}`;
  return (
    <ul className={list}>
      {articles.map((article) => (
        <li key={article.id} className={layout === 'cards' ? 'flex min-w-0 gap-3 py-3 sm:block sm:py-0' : 'flex min-w-0 gap-3 py-3 sm:gap-4'}>
          {article.image ? (
            <Link href={articlePath(article.id, article.slug)} tabIndex={-1} aria-hidden="true" className={`block ${PICTURE[layout]}`}>
              <Picture
                image={article.image}
                alt=""
                sizes={SIZES[layout]}
                className="aspect-[3/2] h-auto w-full rounded-sm bg-neutral-100 object-cover"
              />
            </Link>
          ) : null}
          <div className="min-w-0 flex-1">
            <p className="flex flex-wrap gap-x-2 text-xs text-neutral-600">
              {showCategory ? (
                <Link href={categoryPath(article.category.slug)} className="font-semibold uppercase text-accent hover:underline">
                  {article.category.name}
                </Link>
              ) : null}
              <time dateTime={article.publishedAt.toISOString()}>{formatShortDateTime(article.publishedAt, article.locale)}</time>
              <LiveMark coverage={article.coverage} />
            </p>
            <Heading className={`mt-1 font-semibold leading-snug ${layout === 'rows' ? 'text-lg' : layout === 'cards' ? 'text-[0.95rem] sm:text-lg' : 'text-[0.95rem]'}`}>
              <Link href={articlePath(article.id, article.slug)} className="hover:text-accent hover:underline">
                {article.title}
              </Link>
            </Heading>
            {withLead && article.lead ? <p className="mt-1 line-clamp-3 text-sm text-neutral-700">{article.lead}</p> : null}
          </div>
        </li>
      ))}
    </ul>
  );
}
