'use client';

import { useTranslations } from 'next-intl';
import { saveSettingsAction } from '@/lib/editorial/actions';
import { FieldError, FormStatus } from './FormMessages';
import { buttonClass, inputClass } from './styles';
import { useStaffForm } from './useStaffForm';

type Key = 'youtube_channel_url' | 'youtube_channel_name';

export function SettingsForm({ values, versions }: { values: Record<Key, string>; versions: Record<Key, number> }) {
  const t = useTranslations('Admin.settings');
  const { state, onSubmit, pending, errors } = useStaffForm(saveSettingsAction);
  return (
    <form onSubmit={onSubmit} className="max-w-xl space-y-4 rounded border border-neutral-200 bg-white p-4">
      <FormStatus errors={errors} saved={Boolean(state?.ok)} savedText={t('saved')} />
      {(['youtube_channel_url', 'youtube_channel_name'] as const).map((key) => (
        <label key={key} className="block">
          {t(key)}
          <input name={key} defaultValue={values[key]} type={key.endsWith('url') ? 'url' : 'text'} required className={inputClass} />
          <input type="hidden" name={`version_${key}`} value={versions[key]} />
          <FieldError errors={errors} field={key} />
        </label>
      ))}
      <button type="submit" disabled={pending} className={buttonClass}>
        {t('save')}
      </button>
    </form>
  );
}
