import 'server-only';
import { z } from 'zod';
import type { Staff } from '@/lib/auth/sessions';
import { getDb } from '@/lib/db/client';
import { storeImage } from '@/lib/media/store';
import { audit } from '@/lib/audit/write';
import { fail, type ActionResult } from '@/lib/editorial/shared/result';

export const uploadSchema = z.object({ file: z.instanceof(File, { message: 'required' }).refine((file) => file.size > 0, 'required') });

/** An image for the media library, cleaned and stored with its variants (lib/media/store); a file over the limit is refused unread. */
export async function uploadImage(staff: Staff, input: z.output<typeof uploadSchema>): Promise<ActionResult<{ id: number }>> {
  const stored = await storeImage(input.file, staff.id);
  if (!stored.ok) return fail({ file: stored.error });
  await audit(getDb(), staff.id, { action: 'upload', entity: 'media', entityId: stored.id });
  return { ok: true, data: { id: stored.id } };
}
