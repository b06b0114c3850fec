'use client';

import { useTranslations } from 'next-intl';
import { useEffect, useId, useRef, useState } from 'react';

/**
 * A file input in the admin's language: the browser's own control says "Choose File" / "No file chosen" in the
 * browser's language, so it is visually hidden (still focusable, still the form's field, still validated) and a label
 * styled as a button opens it, with the chosen file's name beside it.
 */
export function FileField({ label, name, accept, required, describedBy }: { label: string; name: string; accept: string; required?: boolean; describedBy?: string }) {
  const t = useTranslations('Admin.widgets');
  const id = useId();
  const input = useRef<HTMLInputElement>(null);
  const [chosen, setChosen] = useState<string | null>(null);
  // The form's own reset (after an upload) empties the input without a change event.
  useEffect(() => {
    const form = input.current?.form;
    if (!form) return;
    const reset = () => setChosen(null);
    form.addEventListener('reset', reset);
    return () => form.removeEventListener('reset', reset);
  }, []);
  return (
    <div>
      <label htmlFor={id} className="block">
        {label}
      </label>
      <div className="mt-1 flex flex-wrap items-center gap-2">
        <input
          ref={input}
          id={id}
          name={name}
          type="file"
          accept={accept}
          required={required}
          onChange={(event) => setChosen(event.currentTarget.files?.[0]?.name ?? null)}
          aria-describedby={[`${id}-chosen`, describedBy].filter(Boolean).join(' ')}
          className="peer sr-only"
        />
        <label
          htmlFor={id}
          className="cursor-pointer rounded border border-neutral-400 bg-white px-3 py-1.5 text-sm font-medium hover:bg-neutral-100 peer-focus-visible:outline-2 peer-focus-visible:outline-offset-2 peer-focus-visible:outline-neutral-900"
        >
          {t('chooseFile')}
        </label>
        <span id={`${id}-chosen`} className="min-w-0 break-all text-sm text-neutral-700">
          {chosen ?? t('noFile')}
        </span>
      </div>
    </div>
  );
}
