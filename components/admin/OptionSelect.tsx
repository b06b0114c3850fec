import type { ReactNode } from 'react';
import type { Option } from '@/lib/editorial/shared/options';
import { inputClass } from './styles';

/**
 * A labelled select of categories, authors, tags, languages or statuses; `anyLabel` adds an empty "any" choice (for
 * filters); `children` follow the select inside its label (a field's error).
 */
export function OptionSelect({
  label,
  name,
  options,
  defaultValue,
  anyLabel,
  multiple,
  size,
  className,
  children,
}: {
  label: string;
  name: string;
  options: Option[];
  defaultValue?: string | number | string[];
  anyLabel?: string;
  multiple?: boolean;
  size?: number;
  className?: string;
  children?: ReactNode;
}) {
  return (
    <label className={className}>
      {label}
      <select name={name} defaultValue={defaultValue} multiple={multiple} size={size} className={inputClass}>
        {anyLabel === undefined ? null : <option value="">{anyLabel}</option>}
        {options.map((o) => (
          <option key={o.id} value={o.id}>
            {o.name}
          </option>
        ))}
      </select>
      {children}
    </label>
  );
}
