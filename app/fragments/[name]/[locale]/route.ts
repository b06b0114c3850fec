import { SURROGATE_KEY_HEADER } from '@/lib/cache/keys';
import { isFragmentName, renderFragment } from '@/lib/fragments/render';
import { isLocale } from '@/lib/i18n/locales';

export const dynamic = 'force-dynamic';

/**
 * The ticker or the breaking line alone, as the edge includes it into every page (components/site/EdgeFragment.tsx).
 * Rendered on each request that reaches the origin; the edge keeps it until a change purges it, or until its
 * s-maxage, which ends no later than the next breaking line starts or expires.
 */
export async function GET(_request: Request, { params }: { params: Promise<{ name: string; locale: string }> }) {
  const { name, locale } = await params;
  if (!isFragmentName(name) || !isLocale(locale)) {
    return new Response('Not found\n', { status: 404, headers: { 'content-type': 'text/plain; charset=utf-8', 'cache-control': 'no-store' } });
  }
  const fragment = await renderFragment(name, locale);
  return new Response(fragment.html, {
    headers: {
      'content-type': 'text/html; charset=utf-8',
      'content-language': locale,
      'cache-control': `public, max-age=0, s-maxage=${fragment.maxAgeSeconds}`,
      [SURROGATE_KEY_HEADER]: fragment.keys.join(' '),
    },
  });
}
