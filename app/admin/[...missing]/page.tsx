import { notFound } from 'next/navigation';
import { requireStaff } from '@/lib/auth/staff';

/**
 * Any other path under /admin: signed out, the sign-in page (nothing is told about what exists); signed in, the
 * admin's own 404 (app/admin/not-found.tsx) instead of the readers' one.
 */
export default async function UnknownAdminPage(): Promise<never> {
  await requireStaff('author');
  notFound();
}
