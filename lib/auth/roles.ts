import type { Role } from '@/lib/db/enums';

// Each role can do everything the roles after it can.
const RANK: Record<Role, number> = { admin: 3, editor: 2, author: 1 };

/** Whether `role` is at least `needed`: an admin may do what an editor may, an editor what an author may. */
export function hasRole(role: Role, needed: Role): boolean {
  return RANK[role] >= RANK[needed];
}
