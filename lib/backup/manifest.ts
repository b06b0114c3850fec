import { createHmac } from 'node:crypto';
import { z } from 'zod';

/**
 * The first entry of a backup file, `manifest.json`: what the file holds and the figures to check it by. A restore
 * reads it before anything else and refuses a file whose manifest, data or media do not agree with it.
 */

export const BACKUP_FORMAT = 'newsroom-backup';
export const BACKUP_VERSION = 1;

/** A refusal to show as it is: the command prints the message, without a stack, and changes nothing. */
export class BackupError extends Error {
  override name = 'BackupError';
}

const sha256 = z.string().regex(/^[0-9a-f]{64}$/);
const count = z.number().int().nonnegative();
// A media file's place under the media folder: plain relative segments only, never `..`, never an absolute path; the
// one dot-folder is the sweep's `.orphaned`.
const mediaPath = z.string().regex(/^(?:\.orphaned\/)?(?:[A-Za-z0-9_-][A-Za-z0-9._-]*\/)*[A-Za-z0-9_-][A-Za-z0-9._-]*$/);

export const manifestSchema = z.object({
  format: z.literal(BACKUP_FORMAT),
  version: z.literal(BACKUP_VERSION),
  createdAt: z.iso.datetime(),
  /** The last migration the database had run, and all of them, oldest first: a restore migrates to exactly this. */
  migration: z.string().min(1),
  migrations: z.array(z.string().min(1)).min(1),
  /** In load order (parents first), each as `data/{name}.copy`: PostgreSQL's COPY text format, one row a line. */
  tables: z.array(z.object({ name: z.string().regex(/^[a-z_][a-z0-9_]*$/), columns: z.array(z.string().min(1)).min(1), rows: count, bytes: count, sha256 })),
  sequences: z.array(z.object({ name: z.string().min(1), value: z.string().regex(/^-?\d+$/), called: z.boolean() })),
  /** Each as `media/{path}`. */
  media: z.object({ files: count, bytes: count, list: z.array(z.object({ path: mediaPath, bytes: count, sha256 })) }),
  /**
   * Two-factor secrets are sealed with AUTH_SECRET (lib/auth/two-factor.ts), which the file does not hold: a restore
   * under another secret keeps the accounts but not their authenticators. The fingerprint lets a restore tell so.
   */
  twoFactor: z.object({ users: count, authSecretFingerprint: z.string().nullable() }),
});

export type Manifest = z.infer<typeof manifestSchema>;

/**
 * Which AUTH_SECRET this is, without it: an HMAC keyed by the secret. It lets no one learn or test the secret any
 * better than the sealed two-factor secrets in the same file already do (AES-GCM refuses a wrong key as surely).
 */
export function authSecretFingerprint(secret: string | undefined): string | null {
  if (!secret) return null;
  return createHmac('sha256', secret).update('newsroom backup: the AUTH_SECRET that sealed the two-factor secrets').digest('hex').slice(0, 16);
}

export function parseManifest(text: string): Manifest {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    throw new BackupError('its manifest is not JSON: the file is damaged or not a newsroom backup');
  }
  const format = (json as { format?: unknown; version?: unknown } | null);
  if (format?.format === BACKUP_FORMAT && format.version !== BACKUP_VERSION) {
    throw new BackupError(`it is a backup of format version ${String(format.version)}; this version of the site reads version ${BACKUP_VERSION}`);
  }
  const parsed = manifestSchema.safeParse(json);
  if (!parsed.success) throw new BackupError(`its manifest is not a newsroom backup's (${parsed.error.issues.map((i) => `${i.path.join('.') || 'manifest'}: ${i.message}`).slice(0, 3).join('; ')})`);
  const { media } = parsed.data;
  if (media.files !== media.list.length || media.bytes !== media.list.reduce((sum, file) => sum + file.bytes, 0)) {
    throw new BackupError('its manifest does not add up: the media count or size disagrees with its list of files');
  }
  if (parsed.data.migrations.at(-1) !== parsed.data.migration) throw new BackupError('its manifest does not add up: its last migration is not the one it names');
  return parsed.data;
}
