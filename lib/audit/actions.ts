/** Every action the audit log records, as lib/editorial writes them; the admin names each in its language. */
export const AUDIT_ACTIONS = [
  'create',
  'save',
  'translate',
  'restore',
  'details',
  'draft',
  'review',
  'scheduled',
  'published',
  'unpublished',
  'role',
  'activate',
  'deactivate',
  'password',
  'settings',
  'term',
  'reorder',
  'delete',
  'upload',
  'replace',
  // An image's own alt text and caption (lib/editorial/commands/media-text).
  'describe',
  'cover',
  'rates',
  'breaking',
  'breakingCleared',
  'signIn',
  'signInFailed',
  'twoFactorOn',
  'twoFactorOff',
  'recoveryCodes',
  // A wrong code typed in a session for each of those, and the session the tenth of them ended (lib/auth/session-codes).
  'twoFactorOnFailed',
  'twoFactorOffFailed',
  'recoveryCodesFailed',
  'sessionEndedByCodes',
  'twoFactorRequired',
  // Passwords: a "forgot password" link asked for (known address or not) and used, and one's own change, right or wrong.
  'passwordResetRequested',
  'passwordReset',
  'passwordChanged',
  'passwordChangeFailed',
  // Live coverage (lib/editorial/commands/live.ts): an entry posted, edited, translated, published, flagged, deleted.
  'liveEntry',
  'liveEntryEdit',
  'liveEntryTranslate',
  'liveEntryPublish',
  'liveEntryFlags',
  'liveEntryDelete',
  'coverageEnded',
  'coverageResumed',
] as const;
export type AuditAction = (typeof AUDIT_ACTIONS)[number];

export function isAuditAction(value: string): value is AuditAction {
  return (AUDIT_ACTIONS as readonly string[]).includes(value);
}
