import type { ArticleSummary } from '@/lib/content/articles';
import type { Cover } from '@/lib/content/cover';
import { formatDateTime } from '@/lib/i18n/format';
import { Link } from '@/lib/i18n/navigation';
import { articlePath, categoryPath } from '@/lib/i18n/paths';

export function LeadStory({ article, cover, label }: { article: ArticleSummary; cover: Cover | null; label: string }) {
  return (
    <article aria-label={label} className="border-b border-neutral-200 pb-6">
      {cover ? (
        // The first thing on home, above the fold: loaded at once, sized so the headline below never jumps.
        // eslint-disable-next-line @next/next/no-img-element -- media is served by our own route, sized by the upload
        <img
          src={`/media/${cover.mediaId}`}
          alt={cover.alt}
          width={cover.width}
          height={cover.height}
          fetchPriority="high"
          className="mb-4 aspect-video h-auto w-full bg-neutral-100 object-cover"
        />
      ) : null}
      <p className="flex gap-3 text-sm text-neutral-600">
        <Link href={categoryPath(article.category.slug)} className="font-semibold uppercase text-accent hover:underline">
          {article.category.name}
        </Link>
        <time dateTime={article.publishedAt.toISOString()}>{formatDateTime(article.publishedAt, article.locale)}</time>
      </p>
      <h2 className="mt-2 font-serif text-4xl font-bold leading-tight">
        <Link href={articlePath(article.id, article.slug)} className="hover:text-accent">
          {article.title}
        </Link>
      </h2>
      <p className="mt-4 text-lg text-neutral-700">{article.lead}</p>
    </article>
  );
}
