/**
 * The seed page's "more news" button. A plain link with a full page load: it works without JavaScript, and the
 * `?before=` page it opens is rewritten by the proxy to a cached route, which the client router does not follow.
 */
export function MoreLink({ href, children, rel }: { href: string; children: string; rel?: 'next' }) {
  return (
    <a
      href={href}
      rel={rel}
      className="inline-block rounded border-2 border-accent px-5 py-2 font-semibold text-accent hover:bg-accent hover:text-white"
    >
      {children}
    </a>
  );
}
