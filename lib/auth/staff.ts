import 'server-only';
import { notFound, redirect } from 'next/navigation';
import { cache } from 'react';
import type { Role } from '@/lib/db/schema';
import { auth } from './auth';
import { checkedStaff } from './checked-staff';
import { hasRole } from './roles';
import type { Staff } from './sessions';

export const SIGN_IN_PATH = '/admin/sign-in';

/** The signed-in staff member, checked against the database once per request; null when signed out or expired. */
export const currentStaff = cache(async (): Promise<Staff | null> => {
  const session = await auth();
  if (!session?.claims) return null;
  const { uid, sid, sv } = session.claims;
  return checkedStaff(uid, sid, sv);
});

/**
 * Every admin page calls this first. Signed out → the sign-in page; signed in without the role → 404, so the page
 * does not even admit it exists.
 */
export async function requireStaff(role: Role = 'author'): Promise<Staff> {
  const staff = await currentStaff();
  if (!staff) redirect(SIGN_IN_PATH);
  if (!hasRole(staff.role, role)) notFound();
  return staff;
}
