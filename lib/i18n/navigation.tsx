import { getLocale } from 'next-intl/server';
import { permanentRedirect as nextPermanentRedirect } from 'next/navigation';
import type { ComponentProps } from 'react';
import { isLocale, defaultLocale, type Locale } from './locales';
import { localized } from './paths';

/**
 * A link to a reader page in the page's language: a plain `<a>`, rendered on the server. Reader pages have no client
 * component, so a client `Link` would send its props in the page's payload and the provider's code with it, for a
 * prefetch the edge cache makes needless.
 */
export async function Link({ href, locale, ...props }: Omit<ComponentProps<'a'>, 'href'> & { href: string; locale?: Locale }) {
  const current = locale ?? (await getLocale());
  return <a href={localized(isLocale(current) ? current : defaultLocale, href)} {...props} />;
}

/** Sends the reader on, for good, to `path` in `locale` (a relative Location, never one built from the Host header). */
export function permanentRedirect({ href, locale }: { href: string; locale: Locale }): never {
  nextPermanentRedirect(localized(locale, href));
}
