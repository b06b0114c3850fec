import type { Locale } from '@/lib/i18n/locales';
import { fragmentHtml, fragmentPath, type FragmentName } from '@/lib/fragments/render';

/**
 * A piece of every page that changes on its own (lib/fragments/render.ts), as an edge-side include with an inline
 * fallback: the edge cache (deploy/varnish/) drops what stands in `<esi:remove>` and puts the fragment's current
 * bytes in its place; a browser served with no edge in front ignores the comment and shows the inline copy. The
 * markup is built by our own code, with every editor-written byte escaped. It lives in the locale layout, which a
 * client-side navigation keeps, so what the edge put there stays.
 */
export async function EdgeFragment({ name, locale, className }: { name: FragmentName; locale: Locale; className?: string }) {
  const html = await fragmentHtml(name, locale);
  const markup = `<esi:remove>${html}</esi:remove><!--esi <esi:include src="${fragmentPath(name, locale)}"/> -->`;
  // The edge's bytes may differ from the inline copy React was given: it must keep them, not "correct" them.
  return <div data-fragment={name} className={className} suppressHydrationWarning dangerouslySetInnerHTML={{ __html: markup }} />;
}
