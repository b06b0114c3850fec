'use client';

import { useTranslations } from 'next-intl';
import { useRef } from 'react';
import { uploadImageAction } from '@/lib/editorial/actions';
import { FieldError, FormStatus } from './FormMessages';
import { FileField } from './FileField';
import { buttonClass } from './styles';
import { useStaffForm } from './useStaffForm';

export function UploadForm() {
  const t = useTranslations('Admin.media');
  const formRef = useRef<HTMLFormElement>(null);
  const { state, onSubmit, pending, errors } = useStaffForm(uploadImageAction, () => formRef.current?.reset());
  return (
    <form ref={formRef} onSubmit={onSubmit} className="space-y-3 rounded border border-neutral-200 bg-white p-4">
      <FormStatus errors={errors} saved={Boolean(state?.ok)} savedText={t('uploaded')} />
      <FileField label={t('file')} name="file" accept="image/png,image/jpeg,image/gif,image/webp" required />
      <FieldError errors={errors} field="file" />
      <button type="submit" disabled={pending} className={buttonClass}>
        {t('upload')}
      </button>
    </form>
  );
}
