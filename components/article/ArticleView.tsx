import { getTranslations } from 'next-intl/server';
import { Picture } from '@/components/media/Picture';
import { MoreLink } from '@/components/site/MoreLink';
import { YouTubePromo } from '@/components/site/YouTubePromo';
import { listLatest, listRelated, type Article } from '@/lib/content/articles';
import { readingMinutes } from '@/lib/document/schema';
import { formatDateTime } from '@/lib/i18n/format';
import { Link } from '@/lib/i18n/navigation';
import { authorPath, categoryPath, latestPath, localized, tagPath } from '@/lib/i18n/paths';
import { ArticleBody } from './ArticleBody';
import { ArticleList } from './ArticleList';

const RELATED_COUNT = 9;
const LATEST_COUNT = 8;

/** Everything the seed page shows around an article: byline, body, signature, tags, related and latest news. */
export async function ArticleView({ article }: { article: Article }) {
  const { locale } = article;
  const [t, tSite, related, latest] = await Promise.all([
    getTranslations({ locale, namespace: 'Article' }),
    getTranslations({ locale, namespace: 'Site' }),
    listRelated(article, RELATED_COUNT),
    listLatest(locale, LATEST_COUNT + 1),
  ]);
  const latestOthers = latest.items.filter((item) => item.id !== article.id).slice(0, LATEST_COUNT);

  return (
    <div className="grid gap-10 lg:grid-cols-3">
      <div className="lg:col-span-2">
        <nav aria-label={t('breadcrumbs')} className="text-sm text-neutral-600">
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

        <article className="mt-4">
          <header>
            <h1 className="font-serif text-3xl font-bold leading-tight md:text-4xl">{article.title}</h1>
            <p className="mt-3 flex flex-wrap gap-x-4 gap-y-1 text-sm text-neutral-600">
              <time dateTime={article.publishedAt.toISOString()}>{formatDateTime(article.publishedAt, locale)}</time>
              <span>
                {t('byline')}:{' '}
                <Link href={authorPath(article.author.slug)} rel="author" className="font-semibold text-neutral-800 hover:underline">
                  {article.author.name}
                </Link>
              </span>
              <span>{t('readingTime', { minutes: readingMinutes(article.body) })}</span>
            </p>
            {article.lead ? <p className="mt-5 font-serif text-xl font-semibold leading-relaxed">{article.lead}</p> : null}
          </header>

          {article.cover ? (
            <figure className="mt-5" data-testid="cover">
              {/* Right under the headline, above the fold: the page's main picture, fetched first. */}
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

          <div className="mt-5">
            <ArticleBody document={article.body} videoTitle={t('video')} images={article.bodyImages} />
          </div>

          <p className="mt-6 text-right font-serif text-lg font-semibold italic" data-testid="signature">
            {article.author.name}
          </p>

          {article.tags.length > 0 ? (
            <section aria-labelledby="tags-heading" className="mt-6 flex flex-wrap items-center gap-2">
              <h2 id="tags-heading" className="text-sm font-semibold text-neutral-600">
                {t('tags')}:
              </h2>
              <ul className="flex flex-wrap gap-2">
                {article.tags.map((tag) => (
                  <li key={tag.slug}>
                    <Link href={tagPath(tag.slug)} className="rounded bg-neutral-100 px-2 py-1 text-sm hover:bg-neutral-200">
                      {tag.name}
                    </Link>
                  </li>
                ))}
              </ul>
            </section>
          ) : null}
        </article>

        <section aria-labelledby="related-heading" className="mt-10">
          <h2 id="related-heading" className="border-b-2 border-accent pb-1 text-xl font-bold">
            {t('related')}
          </h2>
          {related.length ? <ArticleList articles={related} layout="cards" columns={3} className="mt-4" /> : <p className="py-3 text-neutral-600">{t('noRelated')}</p>}
        </section>
      </div>

      <div className="space-y-8">
        <YouTubePromo locale={locale} />
        <section aria-labelledby="latest-heading">
          <h2 id="latest-heading" className="border-b-2 border-accent pb-1 text-lg font-bold">
            {t('latest')}
          </h2>
          <ArticleList articles={latestOthers} />
          <MoreLink href={localized(locale, latestPath())}>{t('moreNews')}</MoreLink>
        </section>
      </div>
    </div>
  );
}
