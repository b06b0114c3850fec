'use client';

import { useTranslations } from 'next-intl';
import type { ActionErrors } from '@/lib/editorial/shared/result';

/**
 * The message for one field, in the editor's language; linked to the field by its id for screen readers. Given the
 * field's limit, a "too long" names it.
 */
export function FieldError({ errors, field, id, max }: { errors: ActionErrors; field: string; id?: string; max?: number }) {
  const t = useTranslations('Admin.errors');
  const key = errors[field];
  if (!key) return null;
  return (
    <p id={id} className="mt-1 text-sm text-red-700" role="alert">
      {key === 'tooLong' && max !== undefined ? t('tooLongLimit', { max }) : t(key)}
    </p>
  );
}

/** The whole form's outcome: its error, or a short confirmation. */
export function FormStatus({ errors, saved, savedText }: { errors: ActionErrors; saved: boolean; savedText: string }) {
  const t = useTranslations('Admin.errors');
  if (errors.form) {
    return (
      <p className="rounded border border-red-300 bg-red-50 p-3 text-sm text-red-800" role="alert">
        {t(errors.form)}
      </p>
    );
  }
  return saved ? (
    <p className="text-sm text-green-800" role="status">
      {savedText}
    </p>
  ) : null;
}

