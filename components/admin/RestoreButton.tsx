'use client';

import { useTranslations } from 'next-intl';
import { restoreRevisionAction } from '@/lib/editorial/actions';
import type { Locale } from '@/lib/i18n/locales';
import { FormStatus } from './FormMessages';
import { buttonClass } from './styles';
import { useStaffForm } from './useStaffForm';

export function RestoreButton(props: { articleId: number; locale: Locale; version: number; revisionId: string }) {
  const t = useTranslations('Admin.revisions');
  const { state, onSubmit, pending, errors } = useStaffForm(restoreRevisionAction);
  return (
    <form onSubmit={onSubmit} className="space-y-2">
      <input type="hidden" name="articleId" value={props.articleId} />
      <input type="hidden" name="locale" value={props.locale} />
      <input type="hidden" name="version" value={props.version} />
      <input type="hidden" name="revisionId" value={props.revisionId} />
      <FormStatus errors={errors} saved={Boolean(state?.ok)} savedText={t('restored')} />
      <button type="submit" disabled={pending} className={buttonClass}>
        {t('restore')}
      </button>
    </form>
  );
}
