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
