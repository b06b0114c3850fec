'use client';

import { useTranslations } from 'next-intl';
import { deleteMediaAction } from '@/lib/editorial/actions';
import { FormStatus } from './FormMessages';
import { useStaffForm } from './useStaffForm';

/** Deleting an image no article uses; the server refuses one in use, whatever this form shows. */
export function MediaDeleteForm({ id, label }: { id: number; label: string }) {
  const t = useTranslations('Admin.library');
  const { onSubmit, pending, errors } = useStaffForm(deleteMediaAction);
  return (
    <form onSubmit={onSubmit} aria-label={label} className="mt-2">
      <input type="hidden" name="id" value={id} />
      <FormStatus errors={errors} saved={false} savedText="" />
      <button type="submit" disabled={pending} className="rounded border border-red-300 px-2 py-1 text-red-800 hover:bg-red-50 disabled:opacity-50">
        {t('delete')}
      </button>
    </form>
  );
}
