import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { adminLocale } from './admin-locale';

/** The admin's own name in a window title, in its language ("Newsroom"). */
export const newsroomTitle = (newsroom: string) => `Anews — ${newsroom}`;

/**
 * An admin page's `<title>` in the admin's language: the page's heading (a key of the Admin messages), then the
 * newsroom's name. Whole, not through a layout's template, which Next does not apply to the layout's own page
 * (`/admin`). It names no content, so it needs no session.
 */
export function adminTitle(key: string, values?: Record<string, string | number>): () => Promise<Metadata> {
  return async () => {
    const t = await getTranslations({ locale: await adminLocale(), namespace: 'Admin' });
    return { title: { absolute: `${t(key, values)} · ${newsroomTitle(t('title'))}` } };
  };
}
