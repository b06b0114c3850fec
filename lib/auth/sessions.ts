import { randomBytes } from 'node:crypto';
import { sql, type Kysely } from 'kysely';
import type { Database, Role } from '@/lib/db/schema';

/** A session ends after this long without a request… */
export const IDLE_HOURS = 2;
/** …and this long after signing in, whatever happens. */
export const ABSOLUTE_HOURS = 12;

/** What the signed token carries: who, which session, and the user's session version at sign-in. */
export interface SessionClaims {
  uid: number;
  sid: string;
  sv: number;
}

export interface Staff {
  id: number;
  name: string;
  email: string;
  role: Role;
  sessionId: string;
  /** Whether the account signs in with a second factor (lib/auth/two-factor). */
  twoFactor: boolean;
}

export async function createStaffSession(db: Kysely<Database>, userId: number): Promise<string> {
  const id = randomBytes(24).toString('base64url');
  await db.insertInto('staff_sessions').values({ id, user_id: userId }).execute();
  return id;
}

/**
 * The staff member behind a token, checked against the database on every request: the session must exist, be used
 * within the idle limit and younger than the absolute one, the user active and their session version unchanged
 * (deactivating a user or changing a password bumps it). Marks the session as used. Null when any check fails.
 */
export async function resumeStaffSession(db: Kysely<Database>, claims: SessionClaims): Promise<Staff | null> {
  const row = await db
    .updateTable('staff_sessions as s')
    .from('users as u')
    .set({ last_seen_at: sql`now()` })
    .whereRef('u.id', '=', 's.user_id')
    .where('s.id', '=', claims.sid)
    .where('s.user_id', '=', claims.uid)
    .where('u.active', '=', true)
    .where('u.session_version', '=', claims.sv)
    .where('s.last_seen_at', '>', sql<Date>`now() - make_interval(hours => ${IDLE_HOURS})`)
    .where('s.created_at', '>', sql<Date>`now() - make_interval(hours => ${ABSOLUTE_HOURS})`)
    .returning(['u.id', 'u.name', 'u.email', 'u.role', 'u.totp_enabled_at'])
    .executeTakeFirst();
  if (!row) return null;
  const { totp_enabled_at: enabledAt, ...staff } = row;
  return { ...staff, sessionId: claims.sid, twoFactor: enabledAt !== null };
}

export async function endStaffSession(db: Kysely<Database>, sessionId: string): Promise<void> {
  await db.deleteFrom('staff_sessions').where('id', '=', sessionId).execute();
}

/** Ends every session of a user: their tokens carry the old version and their session rows are gone. */
export async function endAllSessionsOf(db: Kysely<Database>, userId: number): Promise<void> {
  await db.updateTable('users').set((eb) => ({ session_version: eb('session_version', '+', 1) })).where('id', '=', userId).execute();
  await db.deleteFrom('staff_sessions').where('user_id', '=', userId).execute();
}

export function claimsFrom(value: unknown): SessionClaims | null {
  if (typeof value !== 'object' || value === null) return null;
  const { uid, sid, sv } = value as Record<string, unknown>;
  if (typeof uid !== 'number' || typeof sid !== 'string' || typeof sv !== 'number') return null;
  return { uid, sid, sv };
}
