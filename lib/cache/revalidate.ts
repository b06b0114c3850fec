import 'server-only';
import { revalidatePath } from 'next/cache';
import { after as afterResponse } from 'next/server';
import { notifyIndexNow } from '@/lib/crawlers/indexnow';
import { forgetWithdrawn } from '@/lib/crawlers/withdrawn';
import { articleFootprint, type ArticleFootprint } from './footprint';
import { articlePagesOf, OLDER_PAGE_ROUTES, pathsTouchedBy } from './paths';
import { announceArticleChange } from './article-changes';
import { revalidateEverythingFromBackground, revalidatePathsFromBackground, settleLater } from '@/lib/jobs/background-revalidate';
import { warmPaths } from './warm';
import { hasEdge, purgeEdge } from './edge';
import { keysToPurge, SITE_KEY } from './keys';
import { metrics } from '@/lib/ops/metrics.mjs';

/**
 * The one way to change an article: takes the article's footprint before and after `change` and revalidates exactly
 * the cached pages either one appears on (the article in every locale, home, latest, its category, tags and author,
 * sitemaps and feeds), so an old slug or a category the article left is refreshed too. Then, in the background, those
 * pages that readers can see are rendered again (warm.ts), the whole revalidation is repeated once to settle
 * (lib/jobs/background-revalidate.ts), other instances are told (article-changes.ts) and so are search engines (IndexNow).
 * Returns what `change` returns. Call it from a server action or a route handler.
 */
export async function changeArticle<T>(articleId: number, change: () => Promise<T>): Promise<T> {
  const before = await articleFootprint(articleId);
  const result = await change();
  const after = await articleFootprint(articleId);
  refreshArticlePages(articleId, before, after);
  return result;
}

/**
 * After a live page's entries changed, which moves none of its slugs or lists: its pages are refreshed as
 * `changeArticle` refreshes them. Search engines are told only when asked (a key event, at most once a minute).
 */
export async function changeLiveEntries(articleId: number, { indexNow }: { indexNow: boolean }): Promise<void> {
  const footprint = await articleFootprint(articleId);
  refreshArticlePages(articleId, footprint, footprint, { indexNow });
}

function refreshArticlePages(
  articleId: number,
  before: ArticleFootprint | null,
  after: ArticleFootprint | null,
  { indexNow = true }: { indexNow?: boolean } = {},
): void {
  forgetWithdrawn();
  const paths = pathsTouchedBy([before, after]);
  // Only what readers can see now is rendered ahead: warming a draft's URL would cache its 404, and a render still
  // running when a later change lands could put that 404 back over the fresh page.
  const readable = after ? pathsTouchedBy([{ ...after, locales: after.locales.filter((t) => t.published) }]) : [];
  revalidatePathsAndWarm(paths, readable);
  // A cursor-paged older page may list the article too; those are cheap to regenerate on their next visit.
  for (const route of OLDER_PAGE_ROUTES) revalidatePath(route, 'page');
  settleLater(() => revalidatePathsFromBackground(paths, readable, `article ${articleId}`));
  announceArticleChange(paths, readable).catch((error: unknown) =>
    console.error(`[cache] could not tell other instances that article ${articleId} changed:`, error),
  );
  if (indexNow) notifyIndexNow(articlePagesOf([before, after]));
}

/**
 * For changes that show on every reader page (categories and tags renamed, site settings, currency rates): marks
 * every cached page stale; each regenerates on its next visit, not all at once.
 */
export function revalidateEverything({ settle = true }: { settle?: boolean } = {}): void {
  revalidatePath('/', 'layout');
  metrics().revalidations.inc({ scope: 'everything' });
  purgeEdgeAfterResponse([SITE_KEY], 'a site-wide change');
  if (settle) settleLater(() => revalidateEverythingFromBackground('settling after a change'));
}

/**
 * Marks `paths` stale, renders `warm` again and purges the paths' keys at the edge; also the settling pass of an
 * article change (lib/jobs/background-revalidate.ts), and another instance's pass when it hears of one (article-changes.ts).
 */
export function revalidatePathsAndWarm(paths: string[], warm: string[]): void {
  for (const path of paths) revalidatePath(path);
  metrics().revalidations.inc({ scope: 'path' }, paths.length);
  void warmPaths(warm);
  purgeEdgeAfterResponse(keysToPurge(paths), 'an article change');
}

/**
 * Next applies revalidations when the action or route handler that asked for them is done; the edge is purged only
 * after that, or its next request could fetch the old page again from an instance that has not seen the change.
 */
function purgeEdgeAfterResponse(keys: string[], reason: string): void {
  if (!hasEdge()) return;
  afterResponse(() => purgeEdge(keys, reason));
}
