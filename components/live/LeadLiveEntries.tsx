import { getTranslations } from 'next-intl/server';
import type { ArticleSummary } from '@/lib/content/articles';
import { excerpt, latestEntries } from '@/lib/content/live';
import { formatShortDateTime } from '@/lib/i18n/format';
import { articlePath, localized } from '@/lib/i18n/paths';

const SHOWN = 3;

/** Home's lead story, when it is live coverage: its latest three entries, each a link to its place on the page. */
export async function LeadLiveEntries({ article }: { article: ArticleSummary }) {
  const [t, entries] = await Promise.all([getTranslations({ locale: article.locale, namespace: 'Live' }), latestEntries(article.id, article.locale, SHOWN)]);
  if (!entries.length) return null;
  const page = localized(article.locale, articlePath(article.id, article.slug));
  return (
    <section aria-label={t('latestEntries')} className="mt-4" data-testid="lead-live-entries">
      <ol className="space-y-2 border-l-2 border-accent pl-4">
        {entries.map((entry) => (
          <li key={entry.id} className="text-sm">
            <time dateTime={entry.postedAt.toISOString()} className="mr-2 font-semibold tabular-nums text-neutral-600">
              {formatShortDateTime(entry.postedAt, article.locale)}
            </time>
            <a href={`${page}#entry-${entry.id}`} className="hover:text-accent hover:underline">
              {entry.title || excerpt(entry.body, 140)}
            </a>
          </li>
        ))}
      </ol>
    </section>
  );
}
