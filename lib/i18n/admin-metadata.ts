import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { adminLocale } from './admin-locale';

/**
 * An admin page's `<title>` in the admin's language: the page's heading (a key of the Admin messages), which the
 * admin layout follows with the newsroom's name. It names no content, so it needs no session.
 */
export function adminTitle(key: string, values?: Record<string, string | number>): () => Promise<Metadata> {
  return async () => {
    const t = await getTranslations({ locale: await adminLocale(), namespace: 'Admin' });
    return { title: t(key, values) };
  };
}
