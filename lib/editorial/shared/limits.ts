/**
 * How many characters each text field of the newsroom may hold. The schemas refuse more (`tooLong`), and the forms
 * count against the same number: a text over it is kept whole and marked, never cut. A module of its own, with no
 * imports, because the forms run in the browser and the schemas should not follow them there.
 */
export const MAX_LENGTH = {
  title: 300,
  slug: 120,
  lead: 1_000,
  seoTitle: 200,
  seoDescription: 400,
  coverAlt: 300,
  coverCaption: 500,
  /** Why a story was unpublished, for the audit log. */
  unpublishReason: 500,
  termName: 100,
  termSlug: 120,
  breakingText: 200,
  breakingLink: 500,
  mediaSearch: 100,
  /** A live entry's short title, which the key events list shows. */
  liveEntryTitle: 120,
  /** An app's six digits, or a recovery code (ten letters and digits) written with spaces or dashes. */
  signInCode: 20,
  /** An app's six digits, with the space some apps show in the middle. */
  appCode: 7,
} as const;
