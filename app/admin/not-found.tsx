import { RefusalPage } from '@/components/admin/RefusalPage';

/** An admin page, article or revision that does not exist (notFound() anywhere under /admin), with a 404. */
export default function AdminNotFound() {
  return <RefusalPage kind="notFound" />;
}
