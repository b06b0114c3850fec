'use client';

import { useTranslations } from 'next-intl';
import { saveRatesAction } from '@/lib/editorial/actions';
import type { EditableRate } from '@/lib/editorial/commands/rates';
import { FieldError, FormStatus } from './FormMessages';
import { buttonClass, inputClass } from './styles';
import { useStaffForm } from './useStaffForm';

const NOMINALS = [1, 10, 100, 1000];

/** One day's rates of the ticker's currencies, typed by hand; each row carries the version it was loaded at. */
export function RatesForm({ date, rates }: { date: string; rates: EditableRate[] }) {
  const t = useTranslations('Admin.rates');
  const { state, onSubmit, pending, errors } = useStaffForm(saveRatesAction);
  return (
    <form onSubmit={onSubmit} className="space-y-4 rounded border border-neutral-200 bg-white p-4">
      <FormStatus errors={errors} saved={Boolean(state?.ok)} savedText={t('saved')} />
      <input type="hidden" name="date" value={date} />
      <FieldError errors={errors} field="date" />
      <table className="w-full text-sm">
        <thead>
          <tr className="text-left">
            <th className="p-1">{t('currency')}</th>
            <th className="p-1">{t('nominal')}</th>
            <th className="p-1">{t('value')}</th>
            <th className="p-1">{t('source')}</th>
          </tr>
        </thead>
        <tbody>
          {rates.map((rate) => (
            <tr key={rate.code} className="align-top">
              <th scope="row" className="p-1 text-left font-mono">
                {rate.code}
              </th>
              <td className="p-1">
                <select name={`nominal_${rate.code}`} defaultValue={rate.nominal} aria-label={`${t('nominal')} ${rate.code}`} className={inputClass}>
                  {NOMINALS.map((n) => (
                    <option key={n} value={n}>
                      {n}
                    </option>
                  ))}
                </select>
              </td>
              <td className="p-1">
                <input
                  name={`value_${rate.code}`}
                  defaultValue={rate.value}
                  inputMode="decimal"
                  aria-label={`${t('value')} ${rate.code}`}
                  className={inputClass}
                />
                <input type="hidden" name={`version_${rate.code}`} value={rate.version} />
                <FieldError errors={errors} field={`value_${rate.code}`} />
              </td>
              <td className="p-1 text-neutral-600">{rate.source || '—'}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <p className="text-xs text-neutral-600">{t('emptyHint')}</p>
      <button type="submit" disabled={pending} className={buttonClass}>
        {t('save')}
      </button>
    </form>
  );
}
