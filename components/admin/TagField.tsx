'use client';

import { useTranslations } from 'next-intl';
import { useEffect, useId, useRef, useState, type KeyboardEvent, type MouseEvent } from 'react';
import { createTagAction } from '@/lib/editorial/actions';
import type { ActionErrors } from '@/lib/editorial/shared/result';
import type { TypedTag } from '@/lib/editorial/shared/typed-tag';
import type { Locale } from '@/lib/i18n/locales';
import { FieldError } from './FormMessages';
import { inputClass } from './styles';

/** As many tags as a story may have (the story's schema, lib/editorial/plumbing/schemas.ts). */
const MAX_TAGS = 30;
/** A pause in typing this long asks the server; answers are kept for the few last texts typed. */
const DEBOUNCE_MS = 150;
const REMEMBERED = 30;

type Choice = { kind: 'tag'; tag: TypedTag } | { kind: 'create'; name: string };

/**
 * A story's tags, typed: suggestions from every language as the editor types (app/api/admin/tags), picked by mouse
 * or keyboard, and a tag not found made on the spot in the story's language, its other names pending. The chosen tags
 * go with the story's one form as `tagIds`, in their order; nothing is linked until the story is saved.
 */
export function TagField(props: { locale: Locale; tags: TypedTag[]; errors: ActionErrors; onChange?: () => void }) {
  const t = useTranslations('Admin.tags');
  const label = useTranslations('Admin.editor')('tags');
  const id = useId();
  const [chosen, setChosen] = useState(props.tags);
  const [text, setText] = useState('');
  const [found, setFound] = useState<{ for: string; tags: TypedTag[] } | null>(null);
  const [active, setActive] = useState(0);
  const [open, setOpen] = useState(false);
  const [problem, setProblem] = useState<ActionErrors>({});
  const [creating, setCreating] = useState(false);
  const input = useRef<HTMLInputElement>(null);
  const answers = useRef(new Map<string, TypedTag[]>());
  const onChange = useRef(props.onChange);
  useEffect(() => {
    onChange.current = props.onChange;
  });

  const typed = text.trim();
  useEffect(() => {
    if (!typed) return;
    const known = answers.current.get(typed);
    if (known) {
      setFound({ for: typed, tags: known });
      return;
    }
    const abort = new AbortController();
    const timer = setTimeout(async () => {
      try {
        const response = await fetch(`/api/admin/tags?${new URLSearchParams({ locale: props.locale, q: typed })}`, { signal: abort.signal });
        if (!response.ok) throw new Error(String(response.status));
        const { tags } = (await response.json()) as { tags: TypedTag[] };
        if (answers.current.size >= REMEMBERED) answers.current.delete(answers.current.keys().next().value!);
        answers.current.set(typed, tags);
        setFound({ for: typed, tags });
        setProblem({});
      } catch {
        if (!abort.signal.aborted) setProblem({ tags: 'notLoaded' });
      }
    }, DEBOUNCE_MS);
    return () => {
      abort.abort();
      clearTimeout(timer);
    };
  }, [typed, props.locale]);

  const suggestions = found && found.for === typed ? found.tags.filter((tag) => !chosen.some((c) => c.id === tag.id)) : [];
  const exact = [...chosen, ...suggestions].some((tag) => tag.exact || tag.name.toLocaleLowerCase(props.locale) === typed.toLocaleLowerCase(props.locale));
  const choices: Choice[] = [
    ...suggestions.map((tag) => ({ kind: 'tag' as const, tag })),
    ...(typed && found?.for === typed && !exact ? [{ kind: 'create' as const, name: typed }] : []),
  ];
  const shown = open && typed !== '' && choices.length > 0;
  const full = chosen.length >= MAX_TAGS;
  const optionId = (index: number) => `${id}-option-${index}`;

  const update = (next: TypedTag[]) => {
    setChosen(next);
    // The hidden fields change with the next render; the form reads them after it.
    setTimeout(() => onChange.current?.());
  };
  const add = (tag: TypedTag) => {
    if (!chosen.some((c) => c.id === tag.id) && !full) update([...chosen, { id: tag.id, name: tag.name, pending: tag.pending }]);
    setText('');
    setActive(0);
    setProblem({});
    input.current?.focus();
  };
  const pick = async (choice: Choice | undefined) => {
    if (!choice) return;
    if (choice.kind === 'tag') return add(choice.tag);
    setCreating(true);
    try {
      const data = new FormData();
      data.set('locale', props.locale);
      data.set('name', choice.name);
      const result = await createTagAction(null, data);
      if (result.ok) add(result.data);
      else setProblem({ tags: result.errors.name ?? result.errors.tagName ?? result.errors.form ?? 'invalid' });
    } catch {
      setProblem({ tags: 'notSent' });
    } finally {
      setCreating(false);
    }
  };
  const remove = (tag: TypedTag) => {
    update(chosen.filter((c) => c.id !== tag.id));
    input.current?.focus();
  };

  const onOptionClick = (event: MouseEvent<HTMLLIElement>) => void pick(choices[Number(event.currentTarget.dataset.index)]);

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      setOpen(true);
      if (choices.length) setActive((current) => (current + (event.key === 'ArrowDown' ? 1 : choices.length - 1)) % choices.length);
    } else if (event.key === 'Enter' || event.key === ',') {
      // Enter picks here; it never sends the story's form.
      if (event.key === 'Enter' || typed) event.preventDefault();
      if (shown) void pick(choices[Math.min(active, choices.length - 1)]);
    } else if (event.key === 'Escape' && shown) {
      event.preventDefault();
      setOpen(false);
    } else if (event.key === 'Backspace' && text === '' && chosen.length > 0) {
      remove(chosen[chosen.length - 1]!);
    }
  };

  const pendingHere = chosen.some((tag) => tag.pending.includes(props.locale));
  return (
    <div className="block">
      <label htmlFor={`${id}-input`}>{label}</label>
      {chosen.length > 0 ? (
        <ul aria-label={t('chosen')} className="mt-1 flex flex-wrap gap-1.5">
          {chosen.map((tag) => {
            const here = !tag.pending.includes(props.locale);
            return (
              <li
                key={tag.id}
                className={`inline-flex max-w-full items-center gap-1 rounded-full border py-0.5 pl-2.5 pr-1 text-sm ${here ? 'border-neutral-300 bg-neutral-100' : 'border-dashed border-amber-500 bg-amber-50'}`}
              >
                <span className="min-w-0 break-words">
                  {tag.name}
                  {here ? null : <span aria-hidden="true">*</span>}
                  {here ? null : <span className="sr-only"> ({t('pendingHere')})</span>}
                </span>
                <button
                  type="button"
                  onClick={() => remove(tag)}
                  aria-label={t('remove', { name: tag.name })}
                  className="grid size-6 shrink-0 place-items-center rounded-full text-neutral-600 hover:bg-neutral-300 hover:text-neutral-900"
                >
                  <span aria-hidden="true">×</span>
                </button>
                <input type="hidden" name="tagIds" value={tag.id} />
              </li>
            );
          })}
        </ul>
      ) : null}
      <div className="relative">
        <input
          ref={input}
          id={`${id}-input`}
          role="combobox"
          aria-autocomplete="list"
          aria-expanded={shown}
          aria-controls={`${id}-list`}
          aria-activedescendant={shown ? optionId(Math.min(active, choices.length - 1)) : undefined}
          aria-describedby={`${id}-hint${pendingHere ? ` ${id}-pending` : ''}`}
          aria-busy={creating || undefined}
          autoComplete="off"
          disabled={full}
          value={text}
          maxLength={200}
          placeholder={full ? t('full', { max: MAX_TAGS }) : t('placeholder')}
          onChange={(event) => {
            setText(event.target.value);
            setActive(0);
            setOpen(true);
          }}
          onKeyDown={onKeyDown}
          onBlur={() => setOpen(false)}
          onFocus={() => setOpen(true)}
          className={inputClass}
        />
        <ul
          id={`${id}-list`}
          role="listbox"
          aria-label={t('suggestions')}
          hidden={!shown}
          className="absolute inset-x-0 z-20 mt-1 max-h-72 overflow-auto rounded border border-neutral-300 bg-white py-1 shadow-lg"
        >
          {shown
            ? choices.map((choice, index) => (
                <li
                  key={choice.kind === 'tag' ? choice.tag.id : 'create'}
                  id={optionId(index)}
                  role="option"
                  aria-selected={index === Math.min(active, choices.length - 1)}
                  // Keeps the focus in the field, so picking does not close the list first.
                  onMouseDown={(event) => event.preventDefault()}
                  data-index={index}
                  onClick={onOptionClick}
                  onMouseEnter={() => setActive(index)}
                  className="cursor-pointer px-2.5 py-1.5 aria-selected:bg-sky-100"
                >
                  {choice.kind === 'tag' ? (
                    <>
                      {choice.tag.name}
                      {choice.tag.pending.length ? <span className="ml-2 text-xs text-neutral-600">{t('pending', { languages: choice.tag.pending.map((l) => l.toUpperCase()).join(', ') })}</span> : null}
                    </>
                  ) : (
                    <span className="font-medium">{t('create', { name: choice.name })}</span>
                  )}
                </li>
              ))
            : null}
        </ul>
      </div>
      <p id={`${id}-hint`} className="mt-1 text-xs text-neutral-600">
        {t('hint')}
      </p>
      {pendingHere ? (
        <p id={`${id}-pending`} className="mt-1 text-xs text-amber-800">
          {t('pendingNote')}
        </p>
      ) : null}
      <p className="sr-only" aria-live="polite">
        {shown ? t('count', { count: suggestions.length }) : ''}
      </p>
      <FieldError errors={{ ...props.errors, ...problem }} field="tags" />
      <FieldError errors={props.errors} field="tagIds" />
    </div>
  );
}
