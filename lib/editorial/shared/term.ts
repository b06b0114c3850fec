import type { Locale } from '@/lib/i18n/locales';

export type TermKind = 'category' | 'tag';

/** A category or tag as the admin edits it: its name and slug in every language. */
export interface EditableTerm {
  id: number;
  version: number;
  names: Record<Locale, { name: string; slug: string }>;
}
