import { getTranslations } from 'next-intl/server';
import { Picture } from '@/components/media/Picture';
import { MoreLink } from '@/components/site/MoreLink';
import { PageShell } from '@/components/site/PageShell';
import { parseSearchCursor, searchArticles, type SearchHit, type SearchResults } from '@/lib/content/search';
import { MAX_QUERY_LENGTH, parseSearchQuery } from '@/lib/content/search-query';
import { formatShortDateTime } from '@/lib/i18n/format';
import { locales, type Locale } from '@/lib/i18n/locales';
import { Link } from '@/lib/i18n/navigation';
import { articlePath, categoryPath, localized, searchPath } from '@/lib/i18n/paths';
import { SearchForm } from './SearchForm';

const PAGE_SIZE = 20;

function searchUrl(locale: Locale, query: string, after?: string): string {
  const params = new URLSearchParams({ q: query });
  if (after) params.set('after', after);
  return `${localized(locale, searchPath())}?${params.toString()}`;
}

function Hit({ hit }: { hit: SearchHit }) {
  return (
    <li className="flex min-w-0 gap-3 py-4 sm:gap-4">
      {hit.image ? (
        <Link href={articlePath(hit.id, hit.slug)} tabIndex={-1} aria-hidden="true" className="block w-28 shrink-0 sm:w-48">
          <Picture image={hit.image} alt="" sizes="(min-width: 640px) 192px, 112px" className="aspect-[3/2] h-auto w-full rounded-sm bg-neutral-100 object-cover" />
        </Link>
      ) : null}
      <div className="min-w-0 flex-1">
      <p className="flex gap-2 text-xs text-neutral-600">
        <Link href={categoryPath(hit.category.slug)} className="font-semibold uppercase text-accent hover:underline">
          {hit.category.name}
        </Link>
        <time dateTime={hit.publishedAt.toISOString()}>{formatShortDateTime(hit.publishedAt, hit.locale)}</time>
      </p>
      <h2 className="mt-1 text-lg font-semibold leading-snug">
        <Link href={articlePath(hit.id, hit.slug)} className="hover:text-accent hover:underline">
          {hit.title}
        </Link>
      </h2>
      {/* Parts are text nodes: React escapes them, so an article's text never becomes markup. */}
      <p className="mt-1 text-sm text-neutral-700">
        {hit.snippet.map((part, i) =>
          part.match ? (
            <mark key={i} className="bg-yellow-200 text-inherit">
              {part.text}
            </mark>
          ) : (
            part.text
          ),
        )}
      </p>
      </div>
    </li>
  );
}

/** The search page: the form, then a message, or the result count, the hits and a link to more. */
export async function SearchView({ locale, q, after }: { locale: Locale; q: string | string[] | undefined; after: string | string[] | undefined }) {
  const t = await getTranslations({ locale, namespace: 'Search' });
  const query = parseSearchQuery(q);
  const cursor = parseSearchCursor(after);
  const text = query.kind === 'terms' ? query.text : '';
  let results: SearchResults | null = null;
  if (query.kind === 'terms') results = await searchArticles(locale, query.terms, { limit: PAGE_SIZE, after: cursor });

  return (
    // Another language searches the same words there (from its first page: a cursor belongs to this language's results).
    <PageShell locale={locale} alternates={Object.fromEntries(locales.map((l) => [l, text ? searchUrl(l, text) : localized(l, searchPath())]))}>
      <h1 className="border-b-2 border-accent pb-2 text-3xl font-bold">{text ? t('resultsFor', { query: text }) : t('heading')}</h1>
      <div className="my-4 max-w-xl">
        <SearchForm locale={locale} id="search-page-query" query={query.kind === 'tooLong' ? '' : text} large />
      </div>
      {query.kind === 'empty' ? <p className="text-neutral-700">{t('prompt')}</p> : null}
      {query.kind === 'noWords' ? <p role="alert" className="text-neutral-700">{t('noWords')}</p> : null}
      {query.kind === 'tooLong' ? <p role="alert" className="text-neutral-700">{t('tooLong', { max: MAX_QUERY_LENGTH })}</p> : null}
      {results ? (
        results.items.length ? (
          <>
            <p className="text-sm text-neutral-600">
              {results.capped ? t('countCapped', { count: results.total }) : t('count', { count: results.total })}
            </p>
            <ul className="divide-y divide-neutral-200">
              {results.items.map((hit) => (
                <Hit key={hit.id} hit={hit} />
              ))}
            </ul>
          </>
        ) : (
          <p className="py-6 text-neutral-700">{cursor ? t('end') : t('nothingFound', { query: text })}</p>
        )
      ) : null}
      {results && (results.nextCursor || cursor) ? (
        <nav aria-label={t('pagination')} className="mt-6 flex flex-wrap gap-4">
          {results.nextCursor ? (
            <MoreLink href={searchUrl(locale, text, results.nextCursor)} rel="next">
              {t('more')}
            </MoreLink>
          ) : null}
          {cursor ? <MoreLink href={searchUrl(locale, text)}>{t('first')}</MoreLink> : null}
        </nav>
      ) : null}
    </PageShell>
  );
}
