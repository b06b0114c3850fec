'use client';

import { useTranslations } from 'next-intl';
import { replaceMediaAction } from '@/lib/editorial/actions';
import { FileField } from './FileField';
import { FieldError, FormStatus } from './FormMessages';
import { useStaffForm } from './useStaffForm';

/** A new picture for an image, under the same id: its covers and body images change with it. */
export function MediaReplaceForm({ id, label }: { id: number; label: string }) {
  const t = useTranslations('Admin.library');
  const { state, onSubmit, pending, errors } = useStaffForm(replaceMediaAction);
  return (
    <form onSubmit={onSubmit} aria-label={label} className="mt-2 space-y-1">
      <input type="hidden" name="id" value={id} />
      <FormStatus errors={errors} saved={Boolean(state?.ok)} savedText={t('replaced')} />
      <FileField label={t('replace')} name="file" accept="image/png,image/jpeg,image/gif,image/webp" required />
      <FieldError errors={errors} field="file" />
      <button type="submit" disabled={pending} className="rounded border border-neutral-300 px-2 py-1 hover:bg-neutral-100 disabled:opacity-50">
        {t('replaceButton')}
      </button>
    </form>
  );
}
