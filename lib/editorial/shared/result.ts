// Shared with the admin's client components, which show these results: no server code here.

/** Message keys under `Admin.errors`, by form field (`form` for the whole form). */
export type ActionErrors = Partial<Record<string, ErrorKey>>;
/** `conflict`: on a stale save, what is saved now, for actions whose forms let the editor merge (C). */
export type ActionResult<T = null, C = never> = { ok: true; data: T } | { ok: false; errors: ActionErrors; conflict?: C };

export const ERROR_KEYS = [
  'signedOut',
  'forbidden',
  'notFound',
  'invalid',
  'invalidCharacters',
  'required',
  'tooLong',
  'tooShort',
  'invalidEmail',
  'invalidSlug',
  'slugTaken',
  'emailTaken',
  'unsafeLink',
  'invalidVideo',
  'conflict',
  'transition',
  'publishAtPast',
  'self',
  'tooLarge',
  'notImage',
  'tooManyPixels',
  'unknownMedia',
  'altRequired',
  'rateRange',
  'rateDate',
  'breakingWindow',
  'coverAltMissing',
  'twoFactorRequired',
  'badCode',
  'throttled',
  'twoFactorStillRequired',
  'categoryHasArticles',
  'sameCategory',
  'lastCategory',
  'mediaInUse',
  'invalidDate',
  'unavailable',
  'notSent',
  'wrongPassword',
  'passwordsDiffer',
  'passwordTooShort',
  'sharedConflict',
  'coverAltOthers',
  'inactiveAuthor',
  'notLivePage',
  'coverageEnded',
  'noLetters',
  'notLoaded',
] as const;
export type ErrorKey = (typeof ERROR_KEYS)[number];

export function isErrorKey(value: string): value is ErrorKey {
  return (ERROR_KEYS as readonly string[]).includes(value);
}

export function fail(errors: ActionErrors): { ok: false; errors: ActionErrors } {
  return { ok: false, errors };
}
