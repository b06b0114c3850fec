import type { Metadata } from 'next';
import { setRequestLocale } from 'next-intl/server';
import { listAuthorParams, listTermParams } from '@/lib/content/taxonomy';
import { readerLocale } from '@/lib/i18n/params';
import { ListingPage, listingMetadata, type ListingKind, type ListingParams } from './Listing';

type RouteParams = { locale: string; slug?: string; cursor?: string };
type Props = { params: Promise<RouteParams> };

async function slugsToPrerender(kind: ListingKind, locale: string): Promise<{ slug: string }[]> {
  if (kind === 'latest') return [];
  const terms = kind === 'author' ? await listAuthorParams() : await listTermParams(kind);
  return terms.filter((term) => term.locale === locale).map(({ slug }) => ({ slug }));
}

/**
 * The route exports of one listing (latest, category, tag, author), first page or an older `before/[cursor]` page.
 * First pages of every section are prerendered; older pages render on first request and are cached after that.
 */
export function listingRoute(kind: ListingKind, page: 'first' | 'older') {
  async function listingParams(params: Props['params']): Promise<ListingParams> {
    const { slug, cursor } = await params;
    return { locale: await readerLocale(params), slug, cursor };
  }

  return {
    async generateStaticParams({ params }: { params: { locale: string } }) {
      return page === 'first' ? slugsToPrerender(kind, params.locale) : [];
    },
    async generateMetadata({ params }: Props): Promise<Metadata> {
      return listingMetadata(kind, await listingParams(params));
    },
    async Page({ params }: Props) {
      const listing = await listingParams(params);
      setRequestLocale(listing.locale);
      return <ListingPage kind={kind} params={listing} />;
    },
  };
}
