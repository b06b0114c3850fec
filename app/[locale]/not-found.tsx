import { getLocale } from 'next-intl/server';
import { NotFoundView } from '@/components/site/NotFoundView';
import { defaultLocale, isLocale } from '@/lib/i18n/locales';

/**
 * Shown when a page calls notFound() (an unknown article, category, tag or author). Next 16 renders this one in the
 * browser only (vercel/next.js#62228); unknown paths get the server-rendered app/not-found.tsx instead.
 */
export default async function NotFound() {
  const current = await getLocale();
  return <NotFoundView locale={isLocale(current) ? current : defaultLocale} />;
}
