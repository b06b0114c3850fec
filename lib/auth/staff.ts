import 'server-only';
import { forbidden, redirect } from 'next/navigation';
import { cache } from 'react';
import type { Role } from '@/lib/db/schema';
import { auth } from './auth';
import { getDb } from '@/lib/db/client';
import { checkedStaff } from './checked-staff';
import { hasRole } from './roles';
import type { Staff } from './sessions';
import { twoFactorRequiredForAdmins } from './two-factor';

export const SIGN_IN_PATH = '/admin/sign-in';

export const SECURITY_PATH = '/admin/security';

/** The staff member whose session this request carries, checked against the database once per request. */
export const signedInStaff = cache(async (): Promise<Staff | null> => {
  const session = await auth();
  if (!session?.claims) return null;
  const { uid, sid, sv } = session.claims;
  return checkedStaff(uid, sid, sv);
});

/** Whether this staff member may do nothing but set up two-factor sign-in: an admin without it, where it is required. */
export const mustEnrol = cache(async (staff: Staff): Promise<boolean> => {
  if (staff.role !== 'admin' || staff.twoFactor) return false;
  return (await twoFactorRequiredForAdmins(getDb())).required;
});

/**
 * The signed-in staff member who may work in the newsroom; null when signed out, expired, or an admin who must first
 * set up two-factor sign-in. Every page, action and route handler goes through this (or requireStaff), so none can
 * let such an admin past the enrolment.
 */
export const currentStaff = cache(async (): Promise<Staff | null> => {
  const staff = await signedInStaff();
  return staff && !(await mustEnrol(staff)) ? staff : null;
});

/**
 * Every admin page calls this first. Signed out → the sign-in page; an admin who must enrol → the security page;
 * signed in without the role → 403, the admin's own "not allowed" page (app/admin/forbidden.tsx), in the admin's
 * language with the way back. Which pages exist is no secret to staff: the docs list them.
 */
export async function requireStaff(role: Role = 'author'): Promise<Staff> {
  const staff = await currentStaff();
  if (!staff) redirect((await signedInStaff()) ? SECURITY_PATH : SIGN_IN_PATH);
  if (!hasRole(staff.role, role)) forbidden();
  return staff;
}
