import { isLocale } from '@/lib/i18n/locales';
import { readerFeed, type LiveFeed } from '@/lib/live/feed';
import { watchLiveChange } from '@/lib/live/waiters';

export const dynamic = 'force-dynamic';

/** How long a request waits for a change before it is answered 204 and asked again: well under the edge's 60 s. */
const HOLD_MS = 20_000;
/** What an answer with changes may be kept for: the same question always has this answer or a later one. */
const CHANGES_MAX_AGE = 30;

const plain = (status: number, text: string) =>
  new Response(`${text}\n`, { status, headers: { 'content-type': 'text/plain; charset=utf-8', 'cache-control': 'no-store' } });

/** Whether the feed has anything for a reader at number `after`: the page's script applies it and asks after its number. */
const hasNews = (feed: LiveFeed, after: number) => feed.entries.length > 0 || feed.state === 'ended' || feed.reset === true || feed.seq > after;

function answer(feed: LiveFeed): Response {
  return new Response(JSON.stringify(feed), {
    headers: {
      'content-type': 'application/json; charset=utf-8',
      'cache-control': `public, max-age=${CHANGES_MAX_AGE}, s-maxage=${CHANGES_MAX_AGE}`,
    },
  });
}

/**
 * `GET /live/{locale}/{article}/{after}`: the changes of a live page after number `after` for readers of one language
 * (lib/live/feed.ts), the long poll of the reader's island (components/live/live-updater.ts). With nothing new yet,
 * the request is held until a change arrives from any instance (lib/live/waiters.ts) or 20 s pass (204: ask again).
 * Behind the edge every reader asks the same URL, and Varnish sends one request of them to an origin
 * (deploy/varnish/newsroom.vcl).
 */
export async function GET(request: Request, { params }: { params: Promise<{ locale: string; article: string; after: string }> }) {
  const { locale, article, after } = await params;
  if (!isLocale(locale) || !/^\d{1,10}$/.test(article) || !/^\d{1,15}$/.test(after)) return plain(400, 'Bad request');
  const articleId = Number(article);
  const seq = Number(after);
  if (articleId < 1 || articleId > 2_147_483_647) return plain(400, 'Bad request');
  // Watching from before the read: a change that commits after it is then waited for, never missed.
  const watch = watchLiveChange(articleId, locale, seq);
  try {
    const feed = await readerFeed(articleId, locale, seq);
    if (!feed) return plain(404, 'Not found');
    if (hasNews(feed, seq)) return answer(feed);
    await watch.wait(HOLD_MS, request.signal);
  } finally {
    watch.stop();
  }
  if (request.signal.aborted) return plain(499, 'Gone');
  const later = await readerFeed(articleId, locale, seq);
  if (!later) return plain(404, 'Not found');
  if (hasNews(later, seq)) return answer(later);
  return new Response(null, { status: 204, headers: { 'cache-control': 'no-store' } });
}
