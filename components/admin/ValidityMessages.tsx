'use client';

import { useTranslations } from 'next-intl';
import { useEffect } from 'react';

type Field = HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement;

/**
 * The browser's own form messages ("Please fill out this field") are in the browser's language. Mounted once in the
 * admin's layout, this gives every admin form's fields their messages in the admin's language instead: when a field
 * is found invalid on submit, its message is set from the Admin.validity texts, and cleared as soon as it is edited so
 * that the browser checks it afresh. The server checks every field again with messages of its own.
 */
export function ValidityMessages() {
  const t = useTranslations('Admin.validity');
  useEffect(() => {
    const message = (field: Field): string => {
      const v = field.validity;
      if (v.valueMissing) {
        if (field instanceof HTMLInputElement && field.type === 'file') return t('chooseFile');
        if (field instanceof HTMLSelectElement || (field instanceof HTMLInputElement && (field.type === 'radio' || field.type === 'checkbox'))) return t('choose');
        return t('required');
      }
      if (v.typeMismatch) return field.type === 'email' ? t('email') : field.type === 'url' ? t('url') : t('invalid');
      if (v.tooShort && 'minLength' in field) return t('tooShort', { min: field.minLength });
      if (v.tooLong && 'maxLength' in field) return t('tooLong', { max: field.maxLength });
      // A pattern's own explanation is the field's title (the date fields: "Date, day.month.year").
      if (v.patternMismatch) return field.title ? t('pattern', { format: field.title }) : t('invalid');
      return t('invalid');
    };
    const onInvalid = (event: Event) => {
      const field = event.target;
      if (!(field instanceof HTMLInputElement || field instanceof HTMLSelectElement || field instanceof HTMLTextAreaElement)) return;
      // A message another script set is left alone.
      if (field.validity.customError && field.dataset.adminMessage === undefined) return;
      const text = message(field);
      field.setCustomValidity(text);
      field.dataset.adminMessage = text;
    };
    const onEdit = (event: Event) => {
      const field = event.target;
      if (!(field instanceof HTMLInputElement || field instanceof HTMLSelectElement || field instanceof HTMLTextAreaElement)) return;
      if (field.dataset.adminMessage === undefined) return;
      field.setCustomValidity('');
      delete field.dataset.adminMessage;
    };
    // A submit button's click comes before the browser checks the form: messages of ours from an earlier try are
    // taken off, so that a field whose value changed without an edit event is checked afresh.
    const onClick = (event: Event) => {
      const button = event.target instanceof Element ? event.target.closest('button, input[type="submit"]') : null;
      if (!(button instanceof HTMLButtonElement || button instanceof HTMLInputElement) || button.type !== 'submit' || !button.form) return;
      for (const element of Array.from(button.form.elements)) {
        if (!(element instanceof HTMLElement) || element.dataset.adminMessage === undefined) continue;
        (element as Field).setCustomValidity('');
        delete element.dataset.adminMessage;
      }
    };
    // `invalid` does not bubble: caught on its way down instead.
    document.addEventListener('click', onClick, true);
    document.addEventListener('invalid', onInvalid, true);
    document.addEventListener('input', onEdit, true);
    document.addEventListener('change', onEdit, true);
    return () => {
      document.removeEventListener('click', onClick, true);
      document.removeEventListener('invalid', onInvalid, true);
      document.removeEventListener('input', onEdit, true);
      document.removeEventListener('change', onEdit, true);
    };
  }, [t]);
  return null;
}
