'use client';

import { useTranslations } from 'next-intl';
import { useEffect, useRef, useState } from 'react';
import type { ActionErrors } from '@/lib/editorial/shared/result';
import { FieldError } from './FormMessages';
import { inputClass } from './styles';

/**
 * A text field with its limit in sight: a counter against the schema's limit (lib/editorial/shared/limits.ts). A
 * text over it, typed or pasted, is kept whole and marked, with a message naming the limit; the server refuses it
 * with the same limit named, so nothing is cut without the editor seeing it.
 */
export function LimitedField(props: {
  id: string;
  name: string;
  label: string;
  max: number;
  defaultValue: string;
  errors: ActionErrors;
  multiline?: boolean;
  rows?: number;
  required?: boolean;
  className?: string;
  placeholder?: string;
  hint?: string;
  onValue?: (value: string) => void;
}) {
  const t = useTranslations('Admin.editor');
  const [count, setCount] = useState(props.defaultValue.length);
  const ref = useRef<HTMLInputElement & HTMLTextAreaElement>(null);
  useEffect(() => {
    // Text typed before the page's script ran is counted from the start.
    if (ref.current) setCount(ref.current.value.length);
  }, []);
  const over = count > props.max;
  const errorId = `${props.id}-error`;
  const field = {
    id: props.id,
    ref,
    name: props.name,
    defaultValue: props.defaultValue,
    required: props.required,
    placeholder: props.placeholder,
    'aria-invalid': over || Boolean(props.errors[props.name]) || undefined,
    'aria-describedby': `${props.id}-count ${over ? `${props.id}-over ` : ''}${errorId}${props.hint ? ` ${props.id}-hint` : ''}`,
    className: `${inputClass} ${over ? 'border-red-600 ring-1 ring-red-600' : ''} ${props.className ?? ''}`,
    onChange: (event: { target: { value: string } }) => {
      setCount(event.target.value.length);
      props.onValue?.(event.target.value);
    },
  };
  return (
    <div className="min-w-0">
      <div className="flex items-baseline justify-between gap-2">
        <label htmlFor={props.id}>{props.label}</label>
        <span id={`${props.id}-count`} className={`text-xs tabular-nums ${over ? 'font-semibold text-red-700' : 'text-neutral-600'}`}>
          {count}/{props.max}
        </span>
      </div>
      {props.multiline ? <textarea rows={props.rows ?? 3} {...field} /> : <input {...field} />}
      {props.hint ? (
        <span id={`${props.id}-hint`} className="text-xs text-neutral-600">
          {props.hint}
        </span>
      ) : null}
      {over ? <p id={`${props.id}-over`} className="mt-1 text-sm text-red-700">{t('overLimit', { count, max: props.max })}</p> : null}
      <FieldError errors={props.errors} field={props.name} id={errorId} max={props.max} />
    </div>
  );
}
