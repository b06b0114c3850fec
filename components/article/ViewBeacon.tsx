import type { Locale } from '@/lib/i18n/locales';

/**
 * Counts a view of the article (app/api/views). A plain 1×1 image rather than a script: it works without JavaScript,
 * adds nothing to the page's JavaScript budget, sends no cookie (the site sets none) and leaves the page static.
 */
export function ViewBeacon({ locale, articleId }: { locale: Locale; articleId: number }) {
  return (
    // eslint-disable-next-line @next/next/no-img-element -- a counting pixel, not an image to optimise
    <img
      src={`/api/views/${locale}/${articleId}`}
      alt=""
      width={1}
      height={1}
      decoding="async"
      fetchPriority="low"
      referrerPolicy="no-referrer"
      className="pointer-events-none absolute h-px w-px opacity-0"
    />
  );
}
