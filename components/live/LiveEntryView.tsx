import { ArticleBody, type BodyImages } from '@/components/article/ArticleBody';
import type { LiveEntry } from '@/lib/content/live';
import { formatShortDateTime } from '@/lib/i18n/format';
import type { Locale } from '@/lib/i18n/locales';

export interface EntryLabels {
  keyEvent: string;
  pinned: string;
  video: string;
  entryLink: string;
}

/**
 * One entry of a live page, as the page renders it and as the reader's island (./live-updater.ts) renders a new
 * one from the same data: the same element, classes and anchor (`#entry-N`, the `@id` of its structured data).
 */
export function LiveEntryView({ entry, locale, labels, images, as = 'li' }: { entry: LiveEntry; locale: Locale; labels: EntryLabels; images: BodyImages; as?: 'li' | 'div' }) {
  const Element = as;
  return (
    <Element
      id={as === 'li' ? `entry-${entry.id}` : undefined}
      data-entry={entry.id}
      data-revision={entry.revision}
      data-posted={entry.postedAt.toISOString()}
      className={as === 'div' ? 'pb-4 pt-2' : `border-t border-neutral-200 py-5 ${entry.keyEvent ? 'border-l-4 border-l-accent pl-4' : ''}`}
    >
      <p className="flex flex-wrap items-center gap-x-3 text-sm text-neutral-600">
        <a href={`#entry-${entry.id}`} className="font-semibold text-neutral-900 tabular-nums hover:underline" aria-label={`${labels.entryLink}: ${formatShortDateTime(entry.postedAt, locale)}`}>
          <time dateTime={entry.postedAt.toISOString()}>{formatShortDateTime(entry.postedAt, locale)}</time>
        </a>
        {entry.keyEvent ? <span className="font-semibold uppercase text-accent">{labels.keyEvent}</span> : null}
        {entry.pinned && as === 'div' ? <span className="font-semibold uppercase">{labels.pinned}</span> : null}
      </p>
      {entry.title ? <h3 className="mt-2 font-serif text-xl font-bold leading-snug">{entry.title}</h3> : null}
      <div className="mt-2">
        <ArticleBody document={entry.body} videoTitle={labels.video} images={images} />
      </div>
      {entry.author ? <p className="mt-2 text-sm font-semibold text-neutral-700">{entry.author}</p> : null}
    </Element>
  );
}
