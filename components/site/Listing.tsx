import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { notFound } from 'next/navigation';
import { cache } from 'react';
import { ArticleList } from '@/components/article/ArticleList';
import { countPublished, cursorInListing, listPublished, localesWithPublished, type Scope } from '@/lib/content/articles';
import { parseCursor } from '@/lib/content/cursor';
import { getAuthor, getCategory, getTag } from '@/lib/content/taxonomy';
import type { Alternates, Locale } from '@/lib/i18n/locales';
import { authorPath, categoryPath, latestPath, localized, tagPath, withCursor } from '@/lib/i18n/paths';
import { alternatesFrom, everyLocale, pageMetadata } from '@/lib/seo/metadata';
import { MoreLink } from './MoreLink';
import { PageShell } from './PageShell';

export type ListingKind = 'latest' | 'category' | 'tag' | 'author';

const PAGE_SIZE = 20;

interface Listing {
  heading: string;
  description: string;
  path: string;
  alternates: Alternates;
  scope: Scope;
  showCategory: boolean;
}

/** What a listing URL shows, or null when its category, tag or author does not exist in this locale. */
async function resolveListing(kind: ListingKind, locale: Locale, slug: string | undefined): Promise<Listing | null> {
  const [t, tMeta] = await Promise.all([
    getTranslations({ locale, namespace: 'Listing' }),
    getTranslations({ locale, namespace: 'Metadata' }),
  ]);
  if (kind === 'latest') {
    return {
      heading: t('latestHeading'),
      description: tMeta('latestDescription'),
      path: latestPath(),
      alternates: everyLocale(latestPath()),
      scope: {},
      showCategory: true,
    };
  }
  if (!slug) return null;
  if (kind === 'category') {
    const category = await getCategory(locale, slug);
    if (!category) return null;
    return {
      heading: category.name,
      description: tMeta('categoryDescription', { name: category.name }),
      path: categoryPath(category.slug),
      alternates: alternatesFrom(category.translations, categoryPath),
      scope: { categoryId: category.id },
      showCategory: false,
    };
  }
  if (kind === 'tag') {
    const tag = await getTag(locale, slug);
    if (!tag) return null;
    return {
      heading: t('tagHeading', { name: tag.name }),
      description: tMeta('tagDescription', { name: tag.name }),
      path: tagPath(tag.slug),
      alternates: alternatesFrom(tag.translations, tagPath),
      scope: { tagId: tag.id },
      showCategory: true,
    };
  }
  const author = await getAuthor(locale, slug);
  if (!author) return null;
  return {
    heading: t('authorHeading', { name: author.name }),
    description: author.bio || tMeta('authorDescription', { name: author.name }),
    path: authorPath(author.slug),
    alternates: alternatesFrom(author.translations, authorPath),
    scope: { authorId: author.id },
    showCategory: true,
  };
}

export interface ListingParams {
  locale: Locale;
  slug?: string;
  /** The raw `before` cursor of an older page; undefined on the first page. */
  cursor?: string;
}

/**
 * Shared by the page and its metadata within one render (cached per request, keyed by the URL's parts). A listing
 * that does not exist, and an older page whose cursor names no article of the listing, are a 404: such URLs are
 * endless, and the page cache keeps no 404 (lib/cache/page-cache).
 */
const resolveOrNotFound = cache(async (kind: ListingKind, locale: Locale, slug: string | undefined, cursor: string | undefined) => {
  const resolved = await resolveListing(kind, locale, slug);
  const before = cursor === undefined ? null : parseCursor(cursor);
  if (!resolved || (cursor !== undefined && !before)) notFound();
  const [withArticles, cursorNamesArticle] = await Promise.all([
    localesWithPublished(resolved.scope),
    before ? cursorInListing(locale, resolved.scope, before) : true,
  ]);
  if (!cursorNamesArticle) notFound();
  // Other languages are offered only where the listing has something to show; this page always names itself.
  const alternates = Object.fromEntries(
    Object.entries(resolved.alternates).filter(([other]) => other === locale || withArticles.includes(other as Locale)),
  ) as Alternates;
  return { listing: { ...resolved, alternates }, before, empty: !withArticles.includes(locale) };
});

export async function listingMetadata(kind: ListingKind, params: ListingParams): Promise<Metadata> {
  const { listing, before, empty } = await resolveOrNotFound(kind, params.locale, params.slug, params.cursor);
  const tMeta = await getTranslations({ locale: params.locale, namespace: 'Metadata' });
  if (!before) {
    const metadata = pageMetadata({ locale: params.locale, alternates: listing.alternates, title: listing.heading, description: listing.description });
    // An empty section in this language is there for readers who follow a link, not for search results.
    return empty ? { ...metadata, robots: { index: false, follow: true } } : metadata;
  }
  // Older pages are for readers; search engines index the first page and follow the links from there.
  const self = localized(params.locale, withCursor(listing.path, params.cursor ?? null));
  return {
    ...pageMetadata({
      locale: params.locale,
      alternates: { [params.locale]: self },
      title: tMeta('olderPage', { title: listing.heading }),
      description: listing.description,
    }),
    robots: { index: false, follow: true },
  };
}

export async function ListingPage({ kind, params }: { kind: ListingKind; params: ListingParams }) {
  const { listing, before } = await resolveOrNotFound(kind, params.locale, params.slug, params.cursor);
  const { locale } = params;
  const [t, page, total] = await Promise.all([
    getTranslations({ locale, namespace: 'Listing' }),
    listPublished(locale, { scope: listing.scope, before, limit: PAGE_SIZE }),
    countPublished(locale, listing.scope),
  ]);
  return (
    <PageShell locale={locale} alternates={before ? { [locale]: localized(locale, withCursor(listing.path, params.cursor ?? null)) } : listing.alternates}>
      <div className="flex flex-wrap items-baseline justify-between gap-2 border-b-2 border-accent pb-2">
        <h1 className="text-3xl font-bold">{listing.heading}</h1>
        <p className="text-sm text-neutral-600">{t('count', { count: total })}</p>
      </div>
      {page.items.length ? (
        <ArticleList articles={page.items} layout="rows" withLead showCategory={listing.showCategory} headingLevel={2} />
      ) : (
        <p className="py-6 text-neutral-700">{before ? t('end') : t('empty')}</p>
      )}
      <nav aria-label={t('pagination')} className="mt-6 flex flex-wrap gap-4">
        {page.nextCursor ? (
          <MoreLink href={localized(locale, withCursor(listing.path, page.nextCursor))} rel="next">
            {t('more')}
          </MoreLink>
        ) : null}
        {before ? (
          <MoreLink href={localized(locale, listing.path)}>{t('first')}</MoreLink>
        ) : null}
      </nav>
    </PageShell>
  );
}
