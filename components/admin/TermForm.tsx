'use client';

import { useTranslations } from 'next-intl';
import { saveTermAction } from '@/lib/editorial/actions';
import { MAX_LENGTH } from '@/lib/editorial/shared/limits';
import type { ActionResult } from '@/lib/editorial/shared/result';
import type { EditableTerm, TermKind } from '@/lib/editorial/shared/term';
import { LANGUAGE_NAMES, locales } from '@/lib/i18n/locales';
import { FieldError, FormStatus } from './FormMessages';
import { buttonClass, inputClass } from './styles';
import { useStaffForm } from './useStaffForm';

type TermAction = (previous: unknown, formData: FormData) => Promise<ActionResult<unknown>>;

/**
 * A category's or tag's name and slug in each language; an empty term (id 0) creates one. `action` is another that
 * takes the same fields (creating a category, lib/editorial/commands/categories.ts).
 */
export function TermForm({ kind, term, label, action = saveTermAction }: { kind: TermKind; term: EditableTerm; label: string; action?: TermAction }) {
  const t = useTranslations('Admin');
  const { state, onSubmit, pending, errors } = useStaffForm(action);
  return (
    <form onSubmit={onSubmit} className="space-y-2 p-3 text-sm" aria-label={label}>
      <input type="hidden" name="kind" value={kind} />
      <input type="hidden" name="id" value={term.id} />
      <input type="hidden" name="version" value={term.version} />
      <FormStatus errors={errors} saved={Boolean(state?.ok)} savedText={t('editor.saved')} />
      <div className="grid gap-2 md:grid-cols-3">
        {locales.map((locale) => (
          <div key={locale} lang={locale}>
            <label className="block">
              {t('taxonomy.name', { language: LANGUAGE_NAMES[locale] })}
              <input
                name={`name_${locale}`}
                defaultValue={term.names[locale].name}
                required={kind === 'category'}
                maxLength={MAX_LENGTH.termName}
                placeholder={kind === 'tag' ? t('taxonomy.pendingName') : undefined}
                className={inputClass}
              />
            </label>
            <FieldError errors={errors} field={`name_${locale}`} />
            <label className="block">
              {t('taxonomy.slug', { language: LANGUAGE_NAMES[locale] })}
              <input name={`slug_${locale}`} defaultValue={term.names[locale].slug} maxLength={MAX_LENGTH.termSlug} className={`${inputClass} font-mono`} />
            </label>
            <FieldError errors={errors} field={`slug_${locale}`} />
          </div>
        ))}
      </div>
      <button type="submit" disabled={pending} className={buttonClass}>
        {t('taxonomy.save')}
      </button>
    </form>
  );
}
