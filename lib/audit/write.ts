import 'server-only';
import type { Kysely } from 'kysely';
import type { Database } from '@/lib/db/schema';
import type { AuditAction } from './actions';

export interface AuditEntry {
  action: AuditAction;
  entity: 'article' | 'user' | 'settings' | 'category' | 'tag' | 'media' | 'rates' | 'breaking';
  /** Null for a failed sign-in with an email no account has. */
  entityId: number | null;
  locale?: string;
  details?: Record<string, unknown>;
}

/** Who did what (null: the scheduler), to which article or user and locale; in the same transaction as the change. */
export async function audit(trx: Kysely<Database>, userId: number | null, entry: AuditEntry): Promise<void> {
  await trx
    .insertInto('audit_log')
    .values({
      user_id: userId,
      action: entry.action,
      entity: entry.entity,
      entity_id: entry.entityId === null ? null : String(entry.entityId),
      locale: entry.locale ?? null,
      details: JSON.stringify(entry.details ?? {}),
    })
    .execute();
}
