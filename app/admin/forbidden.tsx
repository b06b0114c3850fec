import { RefusalPage } from '@/components/admin/RefusalPage';

/** A page the staff member's role may not see (requireStaff → forbidden()), with a 403. */
export default function AdminForbidden() {
  return <RefusalPage kind="forbidden" />;
}
