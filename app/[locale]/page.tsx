import type { Metadata } from 'next';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { ArticleList } from '@/components/article/ArticleList';
import { LeadStory } from '@/components/article/LeadStory';
import { LeadLiveEntries } from '@/components/live/LeadLiveEntries';
import { MoreLink } from '@/components/site/MoreLink';
import { MostRead } from '@/components/site/MostRead';
import { PageShell } from '@/components/site/PageShell';
import { YouTubePromo } from '@/components/site/YouTubePromo';
import { listLatest, listLatestPerCategory } from '@/lib/content/articles';
import { listCategories } from '@/lib/content/taxonomy';
import { Link } from '@/lib/i18n/navigation';
import { categoryPath, latestPath, localized, withCursor } from '@/lib/i18n/paths';
import { readerLocale, type LocaleParams } from '@/lib/i18n/params';
import { everyLocale, pageMetadata } from '@/lib/seo/metadata';

export const revalidate = 300;

const TOP_COUNT = 4;
const LATEST_COUNT = 10;
const PER_CATEGORY = 4;

export async function generateMetadata({ params }: LocaleParams): Promise<Metadata> {
  const locale = await readerLocale(params);
  const t = await getTranslations({ locale, namespace: 'Metadata' });
  return pageMetadata({ locale, alternates: everyLocale('/'), title: t('homeTitle'), description: t('homeDescription'), absoluteTitle: true });
}

export default async function HomePage({ params }: LocaleParams) {
  const locale = await readerLocale(params);
  setRequestLocale(locale);
  const [t, tArticle, latest, perCategory, categories] = await Promise.all([
    getTranslations({ locale, namespace: 'Home' }),
    getTranslations({ locale, namespace: 'Article' }),
    listLatest(locale, 1 + TOP_COUNT + LATEST_COUNT),
    listLatestPerCategory(locale, PER_CATEGORY),
    listCategories(locale),
  ]);
  const [lead, ...rest] = latest.items;
  const top = rest.slice(0, TOP_COUNT);
  const newest = rest.slice(TOP_COUNT);

  return (
    <PageShell locale={locale} alternates={everyLocale('/')}>
      <h1 className="sr-only">{t('heading')}</h1>
      {lead ? (
        <div className="grid gap-8 lg:grid-cols-3">
          <div className="lg:col-span-2">
            <LeadStory article={lead} label={t('leadStory')}>
              {lead.coverage === 'live' ? <LeadLiveEntries article={lead} /> : null}
            </LeadStory>
            <ArticleList articles={top} layout="cards" className="mt-6" />
          </div>
          <section aria-labelledby="latest-heading">
            <h2 id="latest-heading" className="border-b-2 border-accent pb-1 text-lg font-bold">
              {t('latest')}
            </h2>
            <ArticleList articles={newest} />
            {/* More news goes on from the last story shown here, not back to the ones above. */}
            {latest.nextCursor ? <MoreLink href={localized(locale, withCursor(latestPath(), latest.nextCursor))}>{tArticle('moreNews')}</MoreLink> : null}
            <div className="mt-8">
              <MostRead locale={locale} />
            </div>
          </section>
        </div>
      ) : (
        <p>{t('empty')}</p>
      )}

      <div className="mt-10 grid gap-8 md:grid-cols-2 lg:grid-cols-3">
        {categories.map((category) => {
          const articles = perCategory.get(category.slug);
          if (!articles?.length) return null;
          return (
            <section key={category.id} aria-labelledby={`category-${category.key}`}>
              <h2 id={`category-${category.key}`} className="border-b-2 border-accent pb-1 text-lg font-bold">
                <Link href={categoryPath(category.slug)} className="hover:text-accent">
                  {category.name}
                </Link>
              </h2>
              <ArticleList articles={articles.slice(0, 1)} layout="cards" columns={1} showCategory={false} className="mt-3" />
              <ArticleList articles={articles.slice(1)} showCategory={false} />
              <Link href={categoryPath(category.slug)} className="text-sm font-semibold text-accent hover:underline">
                {t('allInCategory', { name: category.name })}
              </Link>
            </section>
          );
        })}
        <YouTubePromo locale={locale} />
      </div>
    </PageShell>
  );
}
