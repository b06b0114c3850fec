'use client';

import { useTranslations } from 'next-intl';
import { DATE_PATTERN, TIME_PATTERN } from '@/lib/editorial/shared/baku-time';
import type { ActionErrors } from '@/lib/editorial/shared/result';
import { FieldError } from './FormMessages';
import { inputClass } from './styles';

/**
 * A date and a time on Baku's clock, as the newsroom writes them whatever the browser's locale: `dd.mm.yyyy` and
 * 24-hour `hh:mm`, in text fields, since `datetime-local` and `date` show the browser's own (mm/dd/yyyy, 12-hour).
 * Sends `{name}Date` and `{name}Time`; the server reads them with parseBakuDateTime (lib/editorial/shared/baku-time).
 * Without `time`, a date alone (`{name}Date`). The server's message for the pair is `errors[name]`; `idPrefix` keeps
 * its id unique when a page has several such forms.
 */
export function BakuDateTimeField({
  name,
  legend,
  defaultValue,
  required,
  time = true,
  errors,
  className,
  idPrefix = '',
}: {
  name: string;
  idPrefix?: string;
  legend: string;
  defaultValue?: { date: string; time?: string };
  required?: boolean;
  time?: boolean;
  errors?: ActionErrors;
  className?: string;
}) {
  const t = useTranslations('Admin.dateTime');
  const errorId = `${idPrefix}${name}-error`;
  return (
    <fieldset className={className}>
      <legend>{legend}</legend>
      <div className="flex gap-2">
        <label className="block">
          <span className="sr-only">{t('date')}</span>
          <input
            name={`${name}Date`}
            defaultValue={defaultValue?.date}
            required={required}
            inputMode="numeric"
            autoComplete="off"
            pattern={DATE_PATTERN}
            placeholder={t('datePlaceholder')}
            title={t('date')}
            aria-describedby={errors ? errorId : undefined}
            className={`${inputClass} w-32 shrink-0 tabular-nums`}
          />
        </label>
        {time ? (
          <label className="block">
            <span className="sr-only">{t('time')}</span>
            <input
              name={`${name}Time`}
              defaultValue={defaultValue?.time}
              required={required}
              inputMode="numeric"
              autoComplete="off"
              pattern={TIME_PATTERN}
              placeholder={t('timePlaceholder')}
              title={t('time')}
              aria-describedby={errors ? errorId : undefined}
              className={`${inputClass} w-20 shrink-0 tabular-nums`}
            />
          </label>
        ) : null}
      </div>
      {errors ? <FieldError errors={errors} field={name} id={errorId} /> : null}
    </fieldset>
  );
}
