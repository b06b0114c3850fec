/**
 * The values a few columns may hold, each listed once: the column types (schema.ts), the schemas that parse the
 * newsroom's input and the admin's filters and pickers are all derived from these. The first migration spells the
 * same lists in its check constraints, since migrations never import app code; enums.test.ts keeps them equal.
 */

/** Staff roles, the most powerful first (lib/auth/roles.ts ranks them). */
export const roles = ['admin', 'editor', 'author'] as const;
export type Role = (typeof roles)[number];

/** Where one translation of an article is in its life, in the order the admin's filter lists them. */
export const translationStatuses = ['draft', 'review', 'scheduled', 'published', 'unpublished'] as const;
export type TranslationStatus = (typeof translationStatuses)[number];

/** What an article is: a story, or live coverage holding entries (lib/editorial/commands/live.ts). */
export const articleKinds = ['article', 'live'] as const;
export type ArticleKind = (typeof articleKinds)[number];

/** Where one language of a live entry is: authors draft, editors publish. */
export const liveEntryStatuses = ['draft', 'published'] as const;
export type LiveEntryStatus = (typeof liveEntryStatuses)[number];
