'use client';

import { useTranslations } from 'next-intl';
import { restoreRevisionAction } from '@/lib/editorial/actions';
import type { Locale } from '@/lib/i18n/locales';
import { FormStatus } from './FormMessages';
import { useStaffForm } from './useStaffForm';

/** Puts one version back; its button names the version by its time and author, so no two buttons read alike. */
export function RestoreButton(props: { articleId: number; locale: Locale; version: number; revisionId: string; label: string }) {
  const t = useTranslations('Admin.revisions');
  const { state, onSubmit, pending, errors } = useStaffForm(restoreRevisionAction);
  return (
    <form onSubmit={onSubmit} className="mt-1 space-y-1">
      <input type="hidden" name="articleId" value={props.articleId} />
      <input type="hidden" name="locale" value={props.locale} />
      <input type="hidden" name="version" value={props.version} />
      <input type="hidden" name="revisionId" value={props.revisionId} />
      <FormStatus errors={errors} saved={Boolean(state?.ok)} savedText={t('restored')} />
      <button type="submit" disabled={pending} className="rounded border border-neutral-400 bg-white px-2 py-1 text-left text-xs font-medium hover:bg-neutral-100 disabled:opacity-50">
        {props.label}
      </button>
    </form>
  );
}
