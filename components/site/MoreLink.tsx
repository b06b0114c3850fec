import { Link } from '@/lib/i18n/navigation';

/** The seed page's "more news" button: a real link, so it works without JavaScript. */
export function MoreLink({ href, children, rel }: { href: string; children: string; rel?: 'next' }) {
  return (
    <Link
      href={href}
      rel={rel}
      className="inline-block rounded border-2 border-accent px-5 py-2 font-semibold text-accent hover:bg-accent hover:text-white"
    >
      {children}
    </Link>
  );
}
