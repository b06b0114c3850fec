import type { Locale } from '@/lib/i18n/locales';

/** A tag as a story's editor sees it while typing one (lib/editorial/commands/tags.ts). */
export interface TypedTag {
  id: number;
  /** In the story's language, or, while that is pending, in the first language that has one. */
  name: string;
  /** The languages it has no name in yet: readers of those do not see it. */
  pending: Locale[];
  /** A suggestion with a name, in some language, that is just what was typed. */
  exact?: true;
}
