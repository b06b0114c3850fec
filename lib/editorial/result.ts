// Shared with the admin's client components, which show these results: no server code here.

/** Message keys under `Admin.errors`, by form field (`form` for the whole form). */
export type ActionErrors = Partial<Record<string, ErrorKey>>;
export type ActionResult<T = null> = { ok: true; data: T } | { ok: false; errors: ActionErrors };

export const ERROR_KEYS = [
  'signedOut',
  'forbidden',
  'notFound',
  'invalid',
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
  'unavailable',
] as const;
export type ErrorKey = (typeof ERROR_KEYS)[number];

export function isErrorKey(value: string): value is ErrorKey {
  return (ERROR_KEYS as readonly string[]).includes(value);
}

export function fail(errors: ActionErrors): { ok: false; errors: ActionErrors } {
  return { ok: false, errors };
}
