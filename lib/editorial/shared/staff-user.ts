import type { Role } from '@/lib/db/schema';

/** A user as the users admin shows them (never their password hash). */
export interface StaffUser {
  id: number;
  email: string;
  name: string;
  role: Role;
  active: boolean;
  /** Whether they sign in with a second factor. */
  twoFactor: boolean;
}
