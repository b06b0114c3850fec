'use client';

import { useTranslations } from 'next-intl';
import { saveSettingsAction } from '@/lib/editorial/actions';
import { SETTING_FIELDS, SETTING_KEYS, type SettingGroup, type SettingKey } from '@/lib/content/settings-fields';
import { isLocale, LANGUAGE_NAMES, type Locale } from '@/lib/i18n/locales';
import { FieldError, FormStatus } from './FormMessages';
import { buttonClass, inputClass } from './styles';
import { useStaffForm } from './useStaffForm';

const GROUPS: SettingGroup[] = ['youtube', 'about', 'policy', 'contacts', 'social'];

/** `about_ru` → the label `about` and the language `ru`; a setting without a language keeps its own name. */
function splitKey(key: SettingKey): { label: string; language: Locale | null } {
  const suffix = key.slice(key.lastIndexOf('_') + 1);
  return isLocale(suffix) ? { label: key.slice(0, key.lastIndexOf('_')), language: suffix } : { label: key, language: null };
}

export function SettingsForm({ values, versions }: { values: Record<SettingKey, string>; versions: Record<SettingKey, number> }) {
  const t = useTranslations('Admin.settings');
  const { state, onSubmit, pending, errors } = useStaffForm(saveSettingsAction);
  return (
    <form onSubmit={onSubmit} className="max-w-2xl space-y-6 rounded border border-neutral-200 bg-white p-4">
      <FormStatus errors={errors} saved={Boolean(state?.ok)} savedText={t('saved')} />
      {GROUPS.map((group) => (
        <fieldset key={group} className="space-y-4">
          <legend className="text-lg font-semibold">{t(`groups.${group}`)}</legend>
          {group === 'social' ? <p className="text-sm text-neutral-700">{t('socialHint')}</p> : null}
          {SETTING_KEYS.filter((key) => SETTING_FIELDS[key].group === group).map((key) => {
            const field: { input: string; max: number; optional?: boolean } = SETTING_FIELDS[key];
            const { label, language } = splitKey(key);
            const errorId = `${key}-error`;
            const common = {
              name: key,
              defaultValue: values[key],
              required: !field.optional,
              maxLength: field.max,
              lang: language ?? undefined,
              'aria-describedby': errors[key] ? errorId : undefined,
              className: inputClass,
            };
            return (
              <label key={key} className="block">
                {t(label)}
                {language ? ` — ${LANGUAGE_NAMES[language]}` : null}
                {field.input === 'textarea' ? <textarea {...common} rows={4} /> : <input {...common} type={field.input} />}
                <input type="hidden" name={`version_${key}`} value={versions[key]} />
                <FieldError errors={errors} field={key} id={errorId} />
              </label>
            );
          })}
        </fieldset>
      ))}
      <button type="submit" disabled={pending} className={buttonClass}>
        {t('save')}
      </button>
    </form>
  );
}
