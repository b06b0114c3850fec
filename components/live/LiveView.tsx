import { getTranslations } from 'next-intl/server';
import { ArticleList } from '@/components/article/ArticleList';
import { Picture } from '@/components/media/Picture';
import { MoreLink } from '@/components/site/MoreLink';
import type { Article } from '@/lib/content/articles';
import { listLatest } from '@/lib/content/articles';
import type { LiveCoverage } from '@/lib/content/live';
import { formatDateTime, formatShortDateTime } from '@/lib/i18n/format';
import { Link } from '@/lib/i18n/navigation';
import { articlePath, categoryPath, latestPath, localized, withCursor } from '@/lib/i18n/paths';
import { LiveEntryView, type EntryLabels } from './LiveEntryView';
import { LiveMark } from './LiveMark';
import { LiveUpdates } from './LiveUpdates';

const LATEST_COUNT = 8;

/**
 * A plural message as the browser needs it without the message catalogue: one text per plural category of the
 * language, `#` where the number goes (formatted here with a sample number of that category).
 */
function pluralForms(locale: string, format: (count: number) => string): Partial<Record<Intl.LDMLPluralRule, string>> {
  const rules = new Intl.PluralRules(locale);
  const forms: Partial<Record<Intl.LDMLPluralRule, string>> = {};
  for (let count = 0; count < 200; count++) {
    const category = rules.select(count);
    forms[category] ??= format(count).replace(String(count), '#');
  }
  return forms;
}

/**
 * A live page: the LIVE mark (or that it has ended) and the time of the last update, the headline and summary, the
 * key events as anchors, the pinned entry, then the entries newest first, older ones on further pages. All of it is
 * in the HTML: a reader without JavaScript sees every entry, and a reload shows what is new.
 */
export async function LiveView({ article, coverage, before }: { article: Article; coverage: LiveCoverage; before?: string }) {
  const { locale } = article;
  const [t, tArticle, tSite, latest] = await Promise.all([
    getTranslations({ locale, namespace: 'Live' }),
    getTranslations({ locale, namespace: 'Article' }),
    getTranslations({ locale, namespace: 'Site' }),
    listLatest(locale, LATEST_COUNT + 1),
  ]);
  const labels: EntryLabels = { keyEvent: t('keyEvent'), pinned: t('pinned'), video: tArticle('video'), entryLink: t('entryLink') };
  const path = articlePath(article.id, article.slug);
  const onThisPage = new Set(coverage.entries.map((entry) => entry.id));
  const keyEventHref = (event: LiveCoverage['keyEvents'][number]) =>
    onThisPage.has(event.id) ? `#entry-${event.id}` : `${localized(locale, withCursor(path, event.pageCursor))}#entry-${event.id}`;

  return (
    <div className="grid gap-10 lg:grid-cols-3">
      <div className="lg:col-span-2">
        <nav aria-label={tArticle('breadcrumbs')} className="text-sm text-neutral-600">
          <ol className="flex flex-wrap gap-2">
            <li>
              <Link href="/" className="hover:underline">
                {tSite('home')}
              </Link>
              <span aria-hidden="true"> /</span>
            </li>
            <li>
              <Link href={categoryPath(article.category.slug)} className="hover:underline">
                {article.category.name}
              </Link>
            </li>
          </ol>
        </nav>

        <article className="mt-4" data-testid="live-page">
          <header>
            <p className="flex flex-wrap items-center gap-x-3 gap-y-1 text-sm text-neutral-600" data-live-status>
              {coverage.state === 'live' ? <LiveMark coverage="live" /> : <span className="font-semibold uppercase text-neutral-800">{t('ended')}</span>}
              {coverage.lastUpdatedAt ? (
                <time dateTime={coverage.lastUpdatedAt.toISOString()} data-live-updated>
                  {t('updated', { time: formatDateTime(coverage.lastUpdatedAt, locale) })}
                </time>
              ) : null}
            </p>
            <h1 className="mt-2 font-serif text-3xl font-bold leading-tight md:text-4xl">{article.title}</h1>
            {article.lead ? <p className="mt-4 font-serif text-xl font-semibold leading-relaxed">{article.lead}</p> : null}
          </header>

          {article.cover && !before ? (
            <figure className="mt-5" data-testid="cover">
              <Picture
                image={{ id: article.cover.mediaId, hash: article.cover.hash, width: article.cover.width, height: article.cover.height }}
                alt={article.cover.alt}
                sizes="(min-width: 1152px) 740px, (min-width: 1024px) 64vw, 100vw"
                priority
                className="h-auto w-full rounded-sm bg-neutral-100"
              />
              {article.cover.caption ? <figcaption className="mt-2 text-sm text-neutral-600">{article.cover.caption}</figcaption> : null}
            </figure>
          ) : null}

          <nav aria-labelledby="key-events-heading" className="mt-6 rounded-sm bg-neutral-100 p-4" data-live-key-events hidden={coverage.keyEvents.length === 0}>
            <h2 id="key-events-heading" className="text-lg font-bold">
              {t('keyEvents')}
            </h2>
            <ul className="mt-2 space-y-2">
              {coverage.keyEvents.map((event) => (
                <li key={event.id} data-key-event={event.id} className="flex gap-3">
                  <time dateTime={event.postedAt.toISOString()} className="shrink-0 text-sm text-neutral-600 tabular-nums">
                    {formatShortDateTime(event.postedAt, locale)}
                  </time>
                  <a href={keyEventHref(event)} className="font-semibold text-accent hover:underline">
                    {event.title}
                  </a>
                </li>
              ))}
            </ul>
          </nav>

          {coverage.pinned && !before ? (
            <section aria-labelledby="pinned-heading" className="mt-6 rounded-sm border-2 border-accent px-4" data-live-pinned>
              <h2 id="pinned-heading" className="pt-3 text-sm font-bold uppercase text-accent">
                {t('pinned')}
              </h2>
              <LiveEntryView entry={coverage.pinned} locale={locale} labels={labels} images={coverage.images} as="div" />
            </section>
          ) : null}

          <section aria-labelledby="entries-heading" className="mt-6">
            <h2 id="entries-heading" className="sr-only">
              {t('entries')}
            </h2>
            {coverage.state === 'live' && !before ? (
              <>
                {/* With JavaScript new entries come by themselves; without, a reload shows them. */}
                <noscript>
                  <p className="text-sm text-neutral-600">{t('reload')}</p>
                </noscript>
                <LiveUpdates
                  labels={{
                    newEntries: pluralForms(locale, (count) => t('newEntries', { count })),
                    keyEvent: labels.keyEvent,
                    pinned: labels.pinned,
                    video: labels.video,
                    entryLink: labels.entryLink,
                    updated: t('updated', { time: '{time}' }),
                    ended: t('ended'),
                    reload: t('reload'),
                  }}
                />
              </>
            ) : null}
            <ol
              className="border-b border-neutral-200"
              data-live-entries
              data-live-locale={locale}
              data-live-article={article.id}
              data-live-seq={coverage.seq}
              data-live-state={coverage.state}
              data-live-first-page={before ? undefined : ''}
            >
              {coverage.entries.map((entry) => (
                <LiveEntryView key={entry.id} entry={entry} locale={locale} labels={labels} images={coverage.images} />
              ))}
            </ol>
            {coverage.entries.length === 0 ? (
              <p className="py-6 text-neutral-700" data-live-empty>
                {before ? t('end') : t('noEntries')}
              </p>
            ) : null}
          </section>

          <nav aria-label={t('entries')} className="mt-6 flex flex-wrap gap-4">
            {coverage.nextCursor ? (
              <MoreLink href={localized(locale, withCursor(path, coverage.nextCursor))} rel="next">
                {t('older')}
              </MoreLink>
            ) : null}
            {before ? <MoreLink href={localized(locale, path)}>{t('newest')}</MoreLink> : null}
          </nav>
        </article>
      </div>

      <div className="space-y-8">
        <section aria-labelledby="latest-heading">
          <h2 id="latest-heading" className="border-b-2 border-accent pb-1 text-lg font-bold">
            {tArticle('latest')}
          </h2>
          <ArticleList articles={latest.items.filter((item) => item.id !== article.id).slice(0, LATEST_COUNT)} />
          <MoreLink href={localized(locale, latestPath())}>{tArticle('moreNews')}</MoreLink>
        </section>
      </div>
    </div>
  );
}
